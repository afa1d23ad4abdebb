package io.selfhosted.pulumi.ecs.loadbalancing;

import java.util.List;

/**
 * Defaults of the front door ({@link LoadBalancingArgs}, {@link BackendArgs}); kept out of the
 * Args classes, whose declared fields the multi-language schema publishes as inputs.
 */
public final class LoadBalancingDefaults {
    /** A network load balancer per name. */
    public static final String TYPE = "network";
    /** The front door of {@code type} application: one application load balancer. */
    public static final String APPLICATION = "application";
    /**
     * Seconds an application load balancer keeps an idle connection: the fixed TCP idle timeout of
     * a network load balancer, so a long {@code pulumi up} (a large checkpoint upload, a quiet
     * event stream) behaves alike in both modes, well above the ALB's default of 60.
     */
    public static final int APPLICATION_IDLE_TIMEOUT_SECONDS = 350;
    /** How an application load balancer treats requests that could desynchronise it: AWS's recommended mode. */
    public static final String DESYNC_MITIGATION_MODE = "defensive";
    /** Whether a web ACL is created for the application load balancer. */
    public static final boolean WAF = false;
    /**
     * Requests per client IP in 5 minutes above which the created web ACL blocks the IP: high,
     * since one large {@code pulumi up} sends a checkpoint and events per step, and CI runners
     * often share one NAT address.
     */
    public static final int WAF_RATE_LIMIT = 20000;
    /** Whether the created web ACL logs to CloudWatch Logs. */
    public static final boolean WAF_LOGGING = false;
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
