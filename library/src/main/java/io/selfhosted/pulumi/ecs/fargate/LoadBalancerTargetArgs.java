package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * Where a load balancer sends a service's traffic: its target group and the load balancer's
 * security group, the only source admitted to the container port. The front door hands one to each
 * service.
 */
public final class LoadBalancerTargetArgs extends ResourceArgs {

    @Import(name = "targetGroupArn", required = true)
    private Output<String> targetGroupArn;

    @Import(name = "securityGroupId", required = true)
    private Output<String> securityGroupId;

    private LoadBalancerTargetArgs() {
    }

    private LoadBalancerTargetArgs(LoadBalancerTargetArgs $) {
        this.targetGroupArn = $.targetGroupArn;
        this.securityGroupId = $.securityGroupId;
    }

    /**
     * The target group (ARN) the tasks register with. Required.
     */
    public Output<String> targetGroupArn() {
        return targetGroupArn;
    }

    /**
     * The load balancer's security group. Required.
     */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(LoadBalancerTargetArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link LoadBalancerTargetArgs}. */
    public static final class Builder {
        private final LoadBalancerTargetArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new LoadBalancerTargetArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(LoadBalancerTargetArgs defaults) {
            $ = new LoadBalancerTargetArgs(defaults);
        }

        /** @see LoadBalancerTargetArgs#targetGroupArn() */
        public Builder targetGroupArn(Output<String> targetGroupArn) {
            $.targetGroupArn = targetGroupArn;
            return this;
        }

        /** @see LoadBalancerTargetArgs#targetGroupArn() */
        public Builder targetGroupArn(String targetGroupArn) {
            return targetGroupArn(Output.of(targetGroupArn));
        }

        /** @see LoadBalancerTargetArgs#securityGroupId() */
        public Builder securityGroupId(Output<String> securityGroupId) {
            $.securityGroupId = securityGroupId;
            return this;
        }

        /** @see LoadBalancerTargetArgs#securityGroupId() */
        public Builder securityGroupId(String securityGroupId) {
            return securityGroupId(Output.of(securityGroupId));
        }

        /**
         * An immutable {@link LoadBalancerTargetArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public LoadBalancerTargetArgs build() {
            return new LoadBalancerTargetArgs($);
        }
    }
}
