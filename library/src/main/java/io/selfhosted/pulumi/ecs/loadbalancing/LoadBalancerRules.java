package io.selfhosted.pulumi.ecs.loadbalancing;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Rules;

/**
 * Validation of {@link LoadBalancerSettings}, shared by {@link ServiceLoadBalancer} and the top
 * component.
 */
public final class LoadBalancerRules {
    private LoadBalancerRules() {
    }

    /** Records every problem of {@code settings} under the property path {@code path}. */
    public static void check(Problems problems, String path, LoadBalancerSettings settings) {
        KnownValue.of(settings.ingressCidrs()).ifPresent(cidrs -> {
            problems.check(!cidrs.isEmpty(), path + ".ingressCidrs",
                    "is empty, so nobody could reach the service; list the networks allowed, or 0.0.0.0/0 for everyone");
            for (int i = 0; i < cidrs.size(); i++) {
                Rules.ipv4Cidr(problems, path + ".ingressCidrs[" + i + "]", cidrs.get(i));
            }
        });
        KnownValue.of(settings.sslPolicy()).ifPresent(policy -> problems.check(policy.startsWith("ELBSecurityPolicy-TLS13-"),
                path + ".sslPolicy", "'" + policy + "' is not a TLS 1.3 security policy; use one named ELBSecurityPolicy-TLS13-*, e.g. "
                        + LoadBalancerSettings.DEFAULT_SSL_POLICY));
        settings.accessLogsBucket().flatMap(KnownValue::of).ifPresent(bucket -> problems.check(
                bucket.matches("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"), path + ".accessLogsBucket",
                "'" + bucket + "' is not an S3 bucket name; use 3-63 lowercase letters, digits, dots or hyphens"));
    }
}
