package io.selfhosted.pulumi.ecs.loadbalancing;

import java.util.List;

/**
 * Defaults of the front door ({@link LoadBalancingArgs}, {@link BackendArgs}); kept out of the
 * Args classes, whose declared fields the multi-language schema publishes as inputs.
 */
public final class LoadBalancingDefaults {
    /** Whether the load balancers are internal. */
    public static final boolean INTERNAL = false;
    /** The networks allowed to reach port 443: everyone. */
    public static final List<String> INGRESS_CIDRS = List.of("0.0.0.0/0");
    /** Whether AWS refuses to delete the load balancers. */
    public static final boolean DELETION_PROTECTION = true;
    /** AWS's recommended TLS 1.3 policy for new listeners (TLS 1.3 or 1.2, post-quantum key exchange). */
    public static final String SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";
    /** Seconds a draining target keeps serving open connections. */
    public static final int DEREGISTRATION_DELAY_SECONDS = 60;

    private LoadBalancingDefaults() {
    }
}
