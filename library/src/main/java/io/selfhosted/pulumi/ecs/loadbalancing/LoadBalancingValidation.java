package io.selfhosted.pulumi.ecs.loadbalancing;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

/**
 * Validation of {@link LoadBalancingArgs}, the user's choices for the front door.
 */
final class LoadBalancingValidation {
    private LoadBalancingValidation() {
    }

    /** Records every problem of {@code settings}, with paths relative to it. */
    static void check(Problems problems, LoadBalancingArgs settings) {
        KnownValue.of(settings.type()).ifPresent(type -> problems.check(type.equals(LoadBalancingDefaults.TYPE)
                || type.equals(LoadBalancingDefaults.APPLICATION), "type", "'" + type + "' is not a kind of front door; use "
                + LoadBalancingDefaults.TYPE + " (a network load balancer per name) or " + LoadBalancingDefaults.APPLICATION
                + " (one application load balancer)"));
        KnownValue.of(settings.ingressCidrs()).ifPresent(cidrs -> {
            problems.check(!cidrs.isEmpty(), "ingressCidrs",
                    "is empty, so nobody could reach the service; list the networks allowed, or 0.0.0.0/0 for everyone");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < cidrs.size(); i++) {
                if (Validators.ipv4Cidr(problems, "ingressCidrs[" + i + "]", cidrs.get(i))) {
                    // One rule per block: a repeated block would be a second rule of the same name.
                    problems.check(seen.add(cidrs.get(i)), "ingressCidrs[" + i + "]", "'" + cidrs.get(i)
                            + "' is listed twice; list each network once");
                }
            }
        });
        KnownValue.of(settings.sslPolicy()).ifPresent(policy -> problems.check(TlsPolicies.TLS13.contains(policy),
                "sslPolicy", "'" + policy + "' is not a TLS 1.3 security policy of Elastic Load Balancing; use "
                        + LoadBalancingDefaults.SSL_POLICY + " or another ELBSecurityPolicy-TLS13-* policy AWS offers"
                        + (policy.startsWith("ELBSecurityPolicy-TLS13-") ? " (check the spelling: the dates read 2021-06, 2023-04, 2025-09)" : "")));
        boolean application = KnownValue.of(settings.type()).orElse(LoadBalancingDefaults.TYPE).equals(LoadBalancingDefaults.APPLICATION);
        boolean createWaf = KnownValue.of(settings.waf()).orElse(LoadBalancingDefaults.WAF);
        boolean wafLogging = KnownValue.of(settings.wafLogging()).orElse(LoadBalancingDefaults.WAF_LOGGING);
        if (!application) {
            problems.check(!createWaf, "waf", "is on with {{type}} " + KnownValue.of(settings.type()).orElse(LoadBalancingDefaults.TYPE)
                    + ": AWS WAF protects application load balancers, not network ones; set {{type}} to application, or turn waf off");
            problems.check(settings.webAclArn().isEmpty(), "webAclArn", "is set with {{type}} "
                    + KnownValue.of(settings.type()).orElse(LoadBalancingDefaults.TYPE)
                    + ": AWS WAF protects application load balancers, not network ones; set {{type}} to application, or remove it");
        }
        problems.check(!(createWaf && settings.webAclArn().isPresent()), "webAclArn", "is set while {{waf}} creates a web ACL;"
                + " a load balancer takes one web ACL: give yours or let the install create one, not both");
        problems.check(!wafLogging || createWaf, "wafLogging", "is on without {{waf}}: it logs the web ACL the install creates;"
                + " configure logging of a web ACL of your own where you manage it");
        KnownValue.of(settings.wafRateLimit()).ifPresent(limit ->
                Validators.range(problems, "wafRateLimit", limit, 10, 2_000_000_000, " requests per 5 minutes"));
        // webAclArn's partition, region and kind are checked with the install, which knows the region.
        settings.accessLogsBucket().flatMap(KnownValue::of).ifPresent(bucket -> problems.check(
                bucket.matches("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"), "accessLogsBucket",
                "'" + bucket + "' is not an S3 bucket name; use 3-63 lowercase letters, digits, dots or hyphens"));
    }
}
