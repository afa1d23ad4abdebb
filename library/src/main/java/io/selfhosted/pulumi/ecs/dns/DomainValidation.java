package io.selfhosted.pulumi.ecs.dns;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validation of {@link DomainArgs}: names that every derived DNS name and certificate accepts.
 * Whether a given certificate is in the deployment's partition and region is the top
 * component's check: it knows the region.
 */
final class DomainValidation {
    private static final Pattern ZONE_ID = Pattern.compile("^Z[A-Z0-9]{1,31}$");

    private DomainValidation() {
    }

    static void check(Problems p, DomainArgs domain) {
        Optional<String> zone = KnownValue.of(domain.zoneName());
        Optional<String> subdomain = domain.subdomain().flatMap(KnownValue::of).filter(s -> !s.isEmpty());
        if (zone.isEmpty()) {
            p.add("zoneName", "must be known when the program runs (it names DNS records); pass a plain value or stack config");
        }
        if (domain.subdomain().isPresent() && domain.subdomain().flatMap(KnownValue::of).isEmpty()) {
            p.add("subdomain", "must be known when the program runs (it names DNS records); pass a plain value or stack config");
        }
        subdomain.ifPresent(s -> Validators.dnsLabel(p, "subdomain", s));
        zone.ifPresent(z -> Validators.domainName(p, "zoneName", z, "api." + subdomain.map(s -> s + ".").orElse("")));
        domain.zoneId().flatMap(KnownValue::of).ifPresent(id -> p.check(ZONE_ID.matcher(id).matches(), "zoneId",
                "'" + id + "' is not a Route53 hosted zone id; expected e.g. Z0123456789ABCDEFGHIJ"));
    }
}
