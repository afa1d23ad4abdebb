package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Choices for the network load balancers in front of the API and the Console.
 */
public final class LoadBalancerSettings extends ResourceArgs {

    /** Default of {@link #internal()}. */
    public static final boolean DEFAULT_INTERNAL = false;

    /** Default of {@link #ingressCidrs()}. */
    public static final List<String> DEFAULT_INGRESS_CIDRS = List.of("0.0.0.0/0");

    /** Default of {@link #deletionProtection()}. */
    public static final boolean DEFAULT_DELETION_PROTECTION = true;

    /** Default of {@link #sslPolicy()}. */
    public static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";

    @Import(name = "internal")
    private @Nullable Output<Boolean> internal;

    @Import(name = "ingressCidrs")
    private @Nullable Output<List<String>> ingressCidrs;

    @Import(name = "deletionProtection")
    private @Nullable Output<Boolean> deletionProtection;

    @Import(name = "sslPolicy")
    private @Nullable Output<String> sslPolicy;

    @Import(name = "accessLogsBucket")
    private @Nullable Output<String> accessLogsBucket;

    private LoadBalancerSettings() {
    }

    private LoadBalancerSettings(LoadBalancerSettings $) {
        this.internal = $.internal;
        this.ingressCidrs = $.ingressCidrs;
        this.deletionProtection = $.deletionProtection;
        this.sslPolicy = $.sslPolicy;
        this.accessLogsBucket = $.accessLogsBucket;
    }

    /**
     * Whether the load balancers are internal (private subnets, reachable only from the VPC and
     * connected networks) instead of internet-facing (public subnets).
     * <p>Default: {@value #DEFAULT_INTERNAL}.
     */
    public Output<Boolean> internal() {
        return internal == null ? Output.of(DEFAULT_INTERNAL) : internal;
    }

    /**
     * The IPv4 CIDR blocks allowed to reach port 443 (stack config {@code whiteListCidrBlocks}).
     * <p>Default: {@code 0.0.0.0/0}.
     */
    public Output<List<String>> ingressCidrs() {
        return ingressCidrs == null ? Output.of(DEFAULT_INGRESS_CIDRS) : ingressCidrs;
    }

    /**
     * Whether AWS refuses to delete the load balancers.
     * <p>Default: {@value #DEFAULT_DELETION_PROTECTION}.
     */
    public Output<Boolean> deletionProtection() {
        return deletionProtection == null ? Output.of(DEFAULT_DELETION_PROTECTION) : deletionProtection;
    }

    /**
     * The TLS listener's security policy. The default, AWS's recommendation for new listeners,
     * negotiates TLS 1.3 or 1.2 with restricted ciphers and post-quantum key exchange.
     * <p>Default: {@value #DEFAULT_SSL_POLICY}.
     */
    public Output<String> sslPolicy() {
        return sslPolicy == null ? Output.of(DEFAULT_SSL_POLICY) : sslPolicy;
    }

    /**
     * An S3 bucket for load balancer access logs; its policy must admit the ELB log delivery.
     */
    public Optional<Output<String>> accessLogsBucket() {
        return Optional.ofNullable(accessLogsBucket);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(LoadBalancerSettings defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link LoadBalancerSettings}. */
    public static final class Builder {
        private final LoadBalancerSettings $;

        public Builder() {
            $ = new LoadBalancerSettings();
        }

        public Builder(LoadBalancerSettings defaults) {
            $ = new LoadBalancerSettings(defaults);
        }

        /** @see LoadBalancerSettings#internal() */
        public Builder internal(@Nullable Output<Boolean> internal) {
            $.internal = internal;
            return this;
        }

        /** @see LoadBalancerSettings#internal() */
        public Builder internal(boolean internal) {
            return internal(Output.of(internal));
        }

        /** @see LoadBalancerSettings#ingressCidrs() */
        public Builder ingressCidrs(@Nullable Output<List<String>> ingressCidrs) {
            $.ingressCidrs = ingressCidrs;
            return this;
        }

        /** @see LoadBalancerSettings#ingressCidrs() */
        public Builder ingressCidrs(List<String> ingressCidrs) {
            return ingressCidrs(Output.of(List.copyOf(ingressCidrs)));
        }

        /** @see LoadBalancerSettings#ingressCidrs() */
        public Builder ingressCidrs(String... ingressCidrs) {
            return ingressCidrs(List.of(ingressCidrs));
        }

        /** @see LoadBalancerSettings#deletionProtection() */
        public Builder deletionProtection(@Nullable Output<Boolean> deletionProtection) {
            $.deletionProtection = deletionProtection;
            return this;
        }

        /** @see LoadBalancerSettings#deletionProtection() */
        public Builder deletionProtection(boolean deletionProtection) {
            return deletionProtection(Output.of(deletionProtection));
        }

        /** @see LoadBalancerSettings#sslPolicy() */
        public Builder sslPolicy(@Nullable Output<String> sslPolicy) {
            $.sslPolicy = sslPolicy;
            return this;
        }

        /** @see LoadBalancerSettings#sslPolicy() */
        public Builder sslPolicy(String sslPolicy) {
            return sslPolicy(Output.of(sslPolicy));
        }

        /** @see LoadBalancerSettings#accessLogsBucket() */
        public Builder accessLogsBucket(@Nullable Output<String> accessLogsBucket) {
            $.accessLogsBucket = accessLogsBucket;
            return this;
        }

        /** @see LoadBalancerSettings#accessLogsBucket() */
        public Builder accessLogsBucket(String accessLogsBucket) {
            return accessLogsBucket(Output.of(accessLogsBucket));
        }

        /** Checks required properties and returns an immutable {@link LoadBalancerSettings}. */
        public LoadBalancerSettings build() {
            return new LoadBalancerSettings($);
        }
    }
}
