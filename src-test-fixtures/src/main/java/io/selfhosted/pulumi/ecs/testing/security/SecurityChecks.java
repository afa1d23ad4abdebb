package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Security checks over a recorded plan, in the spirit of cdk-nag: each check has an id, the AWS
 * Foundational Security Best Practices control it maps to (where one exists) and a message naming
 * the resource that fails it. Run them in your own stack's tests:
 *
 * <pre>{@code
 * SecurityChecks.run(plan, new Suppression("EC2-1", "my-sg-rule", "why this is right here")).assertPassed();
 * }</pre>
 */
public final class SecurityChecks {
    private SecurityChecks() {
    }

    /** Every check, in report order. */
    public static List<SecurityCheck> all() {
        return Stream.of(StorageChecks.ALL, DatabaseChecks.ALL, ContainerChecks.ALL, NetworkChecks.ALL, IdentityChecks.ALL, BackupChecks.ALL, WafChecks.ALL, SearchChecks.ALL)
                .flatMap(List::stream).toList();
    }

    /** Runs every check on {@code plan}; findings covered by a suppression are set aside. */
    public static SecurityReport run(Plan plan, Suppression... suppressions) {
        return run(plan, List.of(suppressions));
    }

    /** Runs every check on {@code plan}; findings covered by a suppression are set aside. */
    public static SecurityReport run(Plan plan, List<Suppression> suppressions) {
        List<Finding> open = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        Set<Suppression> used = new HashSet<>();
        for (SecurityCheck check : all()) {
            for (Finding finding : check.apply(plan)) {
                var match = suppressions.stream().filter(s -> s.covers(finding)).findFirst();
                if (match.isPresent()) {
                    suppressed.add(finding);
                    used.add(match.get());
                } else {
                    open.add(finding);
                }
            }
        }
        List<Suppression> unused = suppressions.stream().filter(s -> !used.contains(s)).toList();
        return new SecurityReport(List.copyOf(open), List.copyOf(suppressed), unused);
    }
}
