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

    @Import(name = "type")
    private @Nullable Output<String> type;

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

    @Import(name = "webAclArn")
    private @Nullable Output<String> webAclArn;

    @Import(name = "waf")
    private @Nullable Output<Boolean> waf;

    @Import(name = "wafRateLimit")
    private @Nullable Output<Integer> wafRateLimit;

    @Import(name = "wafLogging")
    private @Nullable Output<Boolean> wafLogging;

    private LoadBalancingArgs() {
    }

    private LoadBalancingArgs(LoadBalancingArgs $) {
        this.type = $.type;
        this.internal = $.internal;
        this.ingressCidrs = $.ingressCidrs;
        this.deletionProtection = $.deletionProtection;
        this.sslPolicy = $.sslPolicy;
        this.accessLogsBucket = $.accessLogsBucket;
        this.webAclArn = $.webAclArn;
        this.waf = $.waf;
        this.wafRateLimit = $.wafRateLimit;
        this.wafLogging = $.wafLogging;
    }

    /**
     * The kind of front door: {@code network} (a network load balancer per name, terminating TLS)
     * or {@code application} (one application load balancer for both names: HTTPS on 443 with a
     * rule per host name, HTTP on 80 that only redirects to HTTPS, invalid header fields dropped,
     * defensive desync mitigation, an idle timeout of
     * {@value LoadBalancingDefaults#APPLICATION_IDLE_TIMEOUT_SECONDS} seconds).
     * <p>Default: {@value LoadBalancingDefaults#TYPE}.
     */
    public Output<String> type() {
        return type == null ? Output.of(LoadBalancingDefaults.TYPE) : type;
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
     * A WAFv2 web ACL of your own (ARN, regional scope, the install's region) to associate with
     * the application load balancer ({@link #type()} {@code application}); instead of
     * {@link #waf()}.
     * <p>Default: none.
     */
    public Optional<Output<String>> webAclArn() {
        return Optional.ofNullable(webAclArn);
    }

    /**
     * Whether to create a WAFv2 web ACL for the application load balancer: AWS's managed common
     * rule set and known-bad-inputs rule set, and a rate-based rule blocking a client IP above
     * {@link #wafRateLimit()}. The common rule set's rules that inspect request bodies only count
     * (size, cross-site scripting, SSRF, local and remote file inclusion): the API receives stack
     * state, ESC environments and policy packs, large and full of URLs, paths and markup; its rules
     * on the URI, query string, headers and cookies block. The created ACL's logs never hold the
     * {@code Authorization} and {@code Cookie} headers.
     * <p>Default: {@value LoadBalancingDefaults#WAF}.
     */
    public Output<Boolean> waf() {
        return waf == null ? Output.of(LoadBalancingDefaults.WAF) : waf;
    }

    /**
     * Requests per client IP in any 5 minutes above which the created web ACL blocks that IP
     * (10-2000000000).
     * <p>Default: {@value LoadBalancingDefaults#WAF_RATE_LIMIT}.
     */
    public Output<Integer> wafRateLimit() {
        return wafRateLimit == null ? Output.of(LoadBalancingDefaults.WAF_RATE_LIMIT) : wafRateLimit;
    }

    /**
     * Whether the created web ACL logs to a CloudWatch log group ({@code aws-waf-logs-...}, with the
     * install's log retention).
     * <p>Default: {@value LoadBalancingDefaults#WAF_LOGGING}.
     */
    public Output<Boolean> wafLogging() {
        return wafLogging == null ? Output.of(LoadBalancingDefaults.WAF_LOGGING) : wafLogging;
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

        /** @see LoadBalancingArgs#type() */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /** @see LoadBalancingArgs#type() */
        public Builder type(String type) {
            return type(Output.of(type));
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

        /** @see LoadBalancingArgs#webAclArn() */
        public Builder webAclArn(@Nullable Output<String> webAclArn) {
            $.webAclArn = webAclArn;
            return this;
        }

        /** @see LoadBalancingArgs#webAclArn() */
        public Builder webAclArn(String webAclArn) {
            return webAclArn(Output.of(webAclArn));
        }

        /** @see LoadBalancingArgs#waf() */
        public Builder waf(@Nullable Output<Boolean> waf) {
            $.waf = waf;
            return this;
        }

        /** @see LoadBalancingArgs#waf() */
        public Builder waf(boolean waf) {
            return waf(Output.of(waf));
        }

        /** @see LoadBalancingArgs#wafRateLimit() */
        public Builder wafRateLimit(@Nullable Output<Integer> wafRateLimit) {
            $.wafRateLimit = wafRateLimit;
            return this;
        }

        /** @see LoadBalancingArgs#wafRateLimit() */
        public Builder wafRateLimit(int wafRateLimit) {
            return wafRateLimit(Output.of(wafRateLimit));
        }

        /** @see LoadBalancingArgs#wafLogging() */
        public Builder wafLogging(@Nullable Output<Boolean> wafLogging) {
            $.wafLogging = wafLogging;
            return this;
        }

        /** @see LoadBalancingArgs#wafLogging() */
        public Builder wafLogging(boolean wafLogging) {
            return wafLogging(Output.of(wafLogging));
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
