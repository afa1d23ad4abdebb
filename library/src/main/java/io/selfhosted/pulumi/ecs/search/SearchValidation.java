package io.selfhosted.pulumi.ecs.search;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.Optional;
import java.util.regex.Pattern;

/** Validation of {@link SearchArgs}, the user's choices for the search domain. */
final class SearchValidation {
    private static final Pattern ENGINE_VERSION = Pattern.compile("^OpenSearch_2\\.\\d{1,2}$");
    private static final Pattern INSTANCE_TYPE = Pattern.compile("^[a-z][a-z0-9]*\\.[a-z0-9]+\\.search$");
    private static final Pattern DOMAIN_NAME = Pattern.compile("^[a-z][a-z0-9-]{2,27}$");
    private static final Pattern MASTER_USER = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,15}$");

    private SearchValidation() {
    }

    /** Records every problem of {@code settings} that needs nothing else, with paths relative to it. */
    static void check(Problems p, SearchArgs settings) {
        KnownValue.of(settings.engineVersion()).ifPresent(v -> p.check(ENGINE_VERSION.matcher(v).matches(), "engineVersion",
                "'" + v + "' is not an OpenSearch 2.x engine version, which Resource Search needs; e.g. " + SearchDefaults.ENGINE_VERSION));
        KnownValue.of(settings.instanceType()).ifPresent(type -> instanceType(p, "instanceType", type));
        settings.dedicatedMasterType().flatMap(KnownValue::of).ifPresent(type -> instanceType(p, "dedicatedMasterType", type));
        settings.instanceCount().flatMap(KnownValue::of).ifPresent(n -> Validators.range(p, "instanceCount", n, 1, 80, " data nodes"));
        settings.availabilityZoneCount().flatMap(KnownValue::of).ifPresent(n -> Validators.range(p, "availabilityZoneCount", n, 1, 3,
                " availability zones"));
        KnownValue.of(settings.dedicatedMasterCount()).ifPresent(n -> p.check(n == 0 || n == 3 || n == 5, "dedicatedMasterCount",
                n + " is not 0, 3 or 5; dedicated masters elect a leader by majority, so use 3 (or 5), or 0 for none"));
        p.check(settings.dedicatedMasterType().isEmpty() || !KnownValue.of(settings.dedicatedMasterCount()).map(n -> n == 0).orElse(false),
                "dedicatedMasterType", "is set while dedicatedMasterCount is 0; set dedicatedMasterCount 3, or remove dedicatedMasterType");
        KnownValue.of(settings.volumeSize()).ifPresent(n -> Validators.range(p, "volumeSize", n, 10, 16384, " GiB"));
        settings.domainName().flatMap(KnownValue::of).ifPresent(name -> p.check(DOMAIN_NAME.matcher(name).matches(), "domainName",
                "'" + name + "' is not an OpenSearch domain name; use 3-28 lowercase letters, digits or hyphens, starting with a letter"));
        KnownValue.of(settings.masterUserName()).ifPresent(user -> p.check(MASTER_USER.matcher(user).matches(), "masterUserName",
                "'" + user + "' is not a master user name; use 1-16 letters, digits, '.', '_' or '-', starting with a letter"));
    }

    private static void instanceType(Problems p, String path, String type) {
        if (p.check(INSTANCE_TYPE.matcher(type).matches(), path, "'" + type + "' is not an OpenSearch instance type; e.g. "
                + SearchDefaults.INSTANCE_TYPE + " (the family, the size and .search)")) {
            p.check(!type.startsWith("t2."), path, "'" + type + "' cannot encrypt data at rest, which fine-grained access control"
                    + " needs; use a current type such as " + SearchDefaults.INSTANCE_TYPE + " (or t3.medium.search for a trial)");
        }
    }

    /** The zones and data nodes against the private subnets, one subnet per zone. */
    static void placement(Problems p, SearchArgs settings, int privateSubnets) {
        Optional<Integer> givenZones = settings.availabilityZoneCount().flatMap(KnownValue::of).filter(n -> n >= 1 && n <= 3);
        int zones = givenZones.orElse(SearchDefaults.availabilityZoneCount(privateSubnets));
        givenZones.ifPresent(n -> p.check(n <= privateSubnets, "availabilityZoneCount", n + " availability zones need " + n
                + " private subnets, one in each zone, and the install has " + privateSubnets + "; add private subnets, or set "
                + "availabilityZoneCount " + privateSubnets));
        settings.instanceCount().flatMap(KnownValue::of).filter(n -> n >= 1 && n <= 80).ifPresent(n -> {
            if (p.check(n >= zones, "instanceCount", n + " data nodes cannot spread over " + zones + " availability zones (at least one"
                    + " each); set instanceCount " + SearchDefaults.instanceCount(zones) + ", or fewer zones with availabilityZoneCount")) {
                p.check(zones != 2 || n % 2 == 0, "instanceCount", n + " data nodes over 2 availability zones: AWS requires an even"
                        + " number there; set instanceCount " + (n + 1) + " (or 3 zones with availabilityZoneCount 3)");
            }
        });
    }
}
