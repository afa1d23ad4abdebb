package io.selfhosted.pulumi.ecs.loadbalancing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Elastic Load Balancing security policies a TLS listener of a network load balancer takes
 * that offer TLS 1.3 (the AWS Foundational Security Best Practices ask for it, ELB.17): any other
 * name is refused before anything is created.
 *
 * <p>Source: the Network Load Balancers user guide, "Security policies for your Network Load
 * Balancer" (describe-ssl-policies), read 2026-12: the 2021-06, FIPS 2023-04, post-quantum
 * (PQ) 2025-09 and FIPS-PQ 2025-09 families. In a name, {@code TLS13-1-2} means TLS 1.2 and
 * 1.3, {@code TLS13-1-3} TLS 1.3 only.
 */
public final class TlsPolicies {
    /** Every policy name. */
    public static final Set<String> TLS13 = build();

    private TlsPolicies() {
    }

    private static Set<String> build() {
        Set<String> all = new TreeSet<>();
        for (String v : List.of("1-0", "1-1", "1-2", "1-2-Res", "1-2-Ext1", "1-2-Ext2", "1-3")) {
            all.add("ELBSecurityPolicy-TLS13-" + v + "-2021-06");
        }
        for (String v : List.of("1-0", "1-1", "1-2", "1-2-Res", "1-2-Ext0", "1-2-Ext1", "1-2-Ext2", "1-3")) {
            all.add("ELBSecurityPolicy-TLS13-" + v + "-FIPS-2023-04");
        }
        for (String v : List.of("1-0", "1-2", "1-2-Res", "1-2-Ext1", "1-2-Ext2", "1-3")) {
            all.add("ELBSecurityPolicy-TLS13-" + v + "-PQ-2025-09");
        }
        for (String v : List.of("1-0", "1-2", "1-2-Res", "1-2-Ext0", "1-2-Ext1", "1-2-Ext2", "1-3")) {
            all.add("ELBSecurityPolicy-TLS13-" + v + "-FIPS-PQ-2025-09");
        }
        return java.util.Collections.unmodifiableSet(all);
    }
}
