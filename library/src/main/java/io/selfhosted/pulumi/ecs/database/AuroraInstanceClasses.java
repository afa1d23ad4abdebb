package io.selfhosted.pulumi.ecs.database;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The DB instance classes Aurora MySQL version 3 offers for provisioned instances: any other
 * class is refused before anything is created, instead of by RDS half way through a
 * {@code pulumi up}.
 *
 * <p>Source: the Aurora User Guide, "Supported DB engines for DB instance classes"
 * (Concepts.DBInstanceClass.SupportAurora) and the Aurora MySQL 3.08.0 release notes (db.r7i,
 * db.r8g), read 2026-12. db.t3 and db.t4g are offered in medium and large only ("the smallest
 * instance classes that you can use with version 3 are t3.medium and t4g.medium"); there are no
 * db.m classes. The Optimized Reads families (db.r6gd, db.r6id, db.r8gd) and db.r9g are left out
 * until their Aurora MySQL rows are confirmed. AWS adds classes over time: extend this list then.
 */
public final class AuroraInstanceClasses {
    private static final List<String> SEVEN = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge");

    /** Every class, e.g. {@code db.r6g.large}. */
    public static final Set<String> SUPPORTED = build();

    private AuroraInstanceClasses() {
    }

    private static Set<String> build() {
        Set<String> all = new LinkedHashSet<>();
        add(all, "db.t3", List.of("medium", "large"));
        add(all, "db.t4g", List.of("medium", "large"));
        add(all, "db.r5", plus(SEVEN, "24xlarge"));
        add(all, "db.r6g", SEVEN);
        add(all, "db.r6i", plus(SEVEN, "24xlarge", "32xlarge"));
        add(all, "db.r7g", SEVEN);
        add(all, "db.r7i", plus(SEVEN, "24xlarge", "48xlarge"));
        add(all, "db.r8g", plus(SEVEN, "24xlarge", "48xlarge"));
        add(all, "db.x2g", SEVEN);
        all.add("db.serverless");
        return Set.copyOf(all);
    }

    private static List<String> plus(List<String> sizes, String... more) {
        var all = new java.util.ArrayList<>(sizes);
        all.addAll(List.of(more));
        return all;
    }

    private static void add(Set<String> all, String family, List<String> sizes) {
        sizes.forEach(size -> all.add(family + "." + size));
    }

    /** A class of the same family, or the default, to suggest instead of {@code wrong}. */
    static String suggestion(String wrong) {
        int dot = wrong.lastIndexOf('.');
        String family = dot > 0 ? wrong.substring(0, dot) : wrong;
        return SUPPORTED.stream().filter(c -> c.startsWith(family + ".")).sorted().findFirst()
                .orElse(DatabaseDefaults.INSTANCE_CLASS);
    }
}
