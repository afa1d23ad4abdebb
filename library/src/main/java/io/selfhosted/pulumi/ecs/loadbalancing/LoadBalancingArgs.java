package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Choices for the front door of the API and the Console: network load balancers terminating TLS.
 */
public final class LoadBalancingArgs extends ResourceArgs {

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

    private LoadBalancingArgs() {
    }

    private LoadBalancingArgs(LoadBalancingArgs $) {
        this.internal = $.internal;
        this.ingressCidrs = $.ingressCidrs;
        this.deletionProtection = $.deletionProtection;
        this.sslPolicy = $.sslPolicy;
        this.accessLogsBucket = $.accessLogsBucket;
    }

    /**
     * Whether the front door is internal (private subnets, reachable only from the VPC and
     * connected networks, names in the private hosted zone) instead of internet-facing (public
     * subnets).
     * <p>Default: {@value LoadBalancingDefaults#INTERNAL}.
     */
    public Output<Boolean> internal() {
        return internal == null ? Output.of(LoadBalancingDefaults.INTERNAL) : internal;
    }

    /**
     * The IPv4 CIDR blocks allowed to reach port 443.
     * <p>Default: {@code 0.0.0.0/0}.
     */
    public Output<List<String>> ingressCidrs() {
        return ingressCidrs == null ? Output.of(LoadBalancingDefaults.INGRESS_CIDRS) : ingressCidrs;
    }

    /**
     * Whether AWS refuses to delete the load balancers.
     * <p>Default: {@value LoadBalancingDefaults#DELETION_PROTECTION}.
     */
    public Output<Boolean> deletionProtection() {
        return deletionProtection == null ? Output.of(LoadBalancingDefaults.DELETION_PROTECTION) : deletionProtection;
    }

    /**
     * The TLS listeners' security policy. The default, AWS's recommendation for new listeners,
     * negotiates TLS 1.3 or 1.2 with restricted ciphers and post-quantum key exchange.
     * <p>Default: {@value LoadBalancingDefaults#SSL_POLICY}.
     */
    public Output<String> sslPolicy() {
        return sslPolicy == null ? Output.of(LoadBalancingDefaults.SSL_POLICY) : sslPolicy;
    }

    /**
     * An S3 bucket for load balancer access logs; its policy must admit the ELB log delivery.
     * <p>Default: no access logs.
     */
    public Optional<Output<String>> accessLogsBucket() {
        return Optional.ofNullable(accessLogsBucket);
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> LoadBalancingValidation.check(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(LoadBalancingArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link LoadBalancingArgs}. */
    public static final class Builder {
        private final LoadBalancingArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new LoadBalancingArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(LoadBalancingArgs defaults) {
            $ = new LoadBalancingArgs(defaults);
        }

        /** @see LoadBalancingArgs#internal() */
        public Builder internal(@Nullable Output<Boolean> internal) {
            $.internal = internal;
            return this;
        }

        /** @see LoadBalancingArgs#internal() */
        public Builder internal(boolean internal) {
            return internal(Output.of(internal));
        }

        /** @see LoadBalancingArgs#ingressCidrs() */
        public Builder ingressCidrs(@Nullable Output<List<String>> ingressCidrs) {
            $.ingressCidrs = ingressCidrs;
            return this;
        }

        /** @see LoadBalancingArgs#ingressCidrs() */
        public Builder ingressCidrs(List<String> ingressCidrs) {
            return ingressCidrs(Output.of(List.copyOf(ingressCidrs)));
        }

        /** @see LoadBalancingArgs#ingressCidrs() */
        public Builder ingressCidrs(String... ingressCidrs) {
            return ingressCidrs(List.of(ingressCidrs));
        }

        /** @see LoadBalancingArgs#deletionProtection() */
        public Builder deletionProtection(@Nullable Output<Boolean> deletionProtection) {
            $.deletionProtection = deletionProtection;
            return this;
        }

        /** @see LoadBalancingArgs#deletionProtection() */
        public Builder deletionProtection(boolean deletionProtection) {
            return deletionProtection(Output.of(deletionProtection));
        }

        /** @see LoadBalancingArgs#sslPolicy() */
        public Builder sslPolicy(@Nullable Output<String> sslPolicy) {
            $.sslPolicy = sslPolicy;
            return this;
        }

        /** @see LoadBalancingArgs#sslPolicy() */
        public Builder sslPolicy(String sslPolicy) {
            return sslPolicy(Output.of(sslPolicy));
        }

        /** @see LoadBalancingArgs#accessLogsBucket() */
        public Builder accessLogsBucket(@Nullable Output<String> accessLogsBucket) {
            $.accessLogsBucket = accessLogsBucket;
            return this;
        }

        /** @see LoadBalancingArgs#accessLogsBucket() */
        public Builder accessLogsBucket(String accessLogsBucket) {
            return accessLogsBucket(Output.of(accessLogsBucket));
        }

        /**
         * An immutable {@link LoadBalancingArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public LoadBalancingArgs build() {
            return new LoadBalancingArgs($);
        }
    }
}
