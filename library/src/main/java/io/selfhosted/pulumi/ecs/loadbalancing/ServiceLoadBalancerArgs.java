package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceLoadBalancer}: one network load balancer terminating TLS on 443 and
 * forwarding to one ECS service's tasks.
 */
public final class ServiceLoadBalancerArgs extends ResourceArgs {

    /** Default of {@link #deregistrationDelaySeconds()}. */
    public static final int DEFAULT_DEREGISTRATION_DELAY_SECONDS = 60;

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnetIds", required = true)
    private Output<List<String>> subnetIds;

    @Import(name = "certificateArn", required = true)
    private Output<String> certificateArn;

    @Import(name = "targetPort", required = true)
    private Output<Integer> targetPort;

    @Import(name = "healthCheckPath", required = true)
    private Output<String> healthCheckPath;

    @Import(name = "deregistrationDelaySeconds")
    private @Nullable Output<Integer> deregistrationDelaySeconds;

    @Import(name = "settings")
    private @Nullable LoadBalancerSettings settings;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceLoadBalancerArgs() {
    }

    private ServiceLoadBalancerArgs(ServiceLoadBalancerArgs $) {
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
        this.certificateArn = $.certificateArn;
        this.targetPort = $.targetPort;
        this.healthCheckPath = $.healthCheckPath;
        this.deregistrationDelaySeconds = $.deregistrationDelaySeconds;
        this.settings = $.settings;
        this.tags = $.tags;
    }

    /**
     * The VPC of the load balancer and its target group. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The subnets of the load balancer: public subnets, or private ones for an internal load balancer. Required.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /**
     * The ACM certificate (ARN) served on port 443. Required.
     */
    public Output<String> certificateArn() {
        return certificateArn;
    }

    /**
     * The container port traffic is forwarded to. Required.
     */
    public Output<Integer> targetPort() {
        return targetPort;
    }

    /**
     * The HTTP path the target group checks, e.g. {@code /api/status}. Required.
     */
    public Output<String> healthCheckPath() {
        return healthCheckPath;
    }

    /**
     * Seconds a draining target keeps serving open connections.
     * <p>Default: {@value #DEFAULT_DEREGISTRATION_DELAY_SECONDS}.
     */
    public Output<Integer> deregistrationDelaySeconds() {
        return deregistrationDelaySeconds == null ? Output.of(DEFAULT_DEREGISTRATION_DELAY_SECONDS) : deregistrationDelaySeconds;
    }

    /**
     * Load balancer choices.
     * <p>Default: {@code LoadBalancerSettings} defaults.
     */
    public LoadBalancerSettings settings() {
        return settings == null ? LoadBalancerSettings.builder().build() : settings;
    }

    /**
     * Tags for every resource.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ServiceLoadBalancerArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceLoadBalancerArgs}. */
    public static final class Builder {
        private final ServiceLoadBalancerArgs $;

        public Builder() {
            $ = new ServiceLoadBalancerArgs();
        }

        public Builder(ServiceLoadBalancerArgs defaults) {
            $ = new ServiceLoadBalancerArgs(defaults);
        }

        /** @see ServiceLoadBalancerArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see ServiceLoadBalancerArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see ServiceLoadBalancerArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see ServiceLoadBalancerArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(List.copyOf(subnetIds)));
        }

        /** @see ServiceLoadBalancerArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
        }

        /** @see ServiceLoadBalancerArgs#certificateArn() */
        public Builder certificateArn(Output<String> certificateArn) {
            $.certificateArn = certificateArn;
            return this;
        }

        /** @see ServiceLoadBalancerArgs#certificateArn() */
        public Builder certificateArn(String certificateArn) {
            return certificateArn(Output.of(certificateArn));
        }

        /** @see ServiceLoadBalancerArgs#targetPort() */
        public Builder targetPort(Output<Integer> targetPort) {
            $.targetPort = targetPort;
            return this;
        }

        /** @see ServiceLoadBalancerArgs#targetPort() */
        public Builder targetPort(int targetPort) {
            return targetPort(Output.of(targetPort));
        }

        /** @see ServiceLoadBalancerArgs#healthCheckPath() */
        public Builder healthCheckPath(Output<String> healthCheckPath) {
            $.healthCheckPath = healthCheckPath;
            return this;
        }

        /** @see ServiceLoadBalancerArgs#healthCheckPath() */
        public Builder healthCheckPath(String healthCheckPath) {
            return healthCheckPath(Output.of(healthCheckPath));
        }

        /** @see ServiceLoadBalancerArgs#deregistrationDelaySeconds() */
        public Builder deregistrationDelaySeconds(@Nullable Output<Integer> deregistrationDelaySeconds) {
            $.deregistrationDelaySeconds = deregistrationDelaySeconds;
            return this;
        }

        /** @see ServiceLoadBalancerArgs#deregistrationDelaySeconds() */
        public Builder deregistrationDelaySeconds(int deregistrationDelaySeconds) {
            return deregistrationDelaySeconds(Output.of(deregistrationDelaySeconds));
        }

        /** @see ServiceLoadBalancerArgs#settings() */
        public Builder settings(@Nullable LoadBalancerSettings settings) {
            $.settings = settings;
            return this;
        }

        /** @see ServiceLoadBalancerArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ServiceLoadBalancerArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /** Checks required properties and returns an immutable {@link ServiceLoadBalancerArgs}. */
        public ServiceLoadBalancerArgs build() {
            if ($.vpcId == null) {
                throw new MissingRequiredPropertyException("ServiceLoadBalancerArgs", "vpcId");
            }
            if ($.subnetIds == null) {
                throw new MissingRequiredPropertyException("ServiceLoadBalancerArgs", "subnetIds");
            }
            if ($.certificateArn == null) {
                throw new MissingRequiredPropertyException("ServiceLoadBalancerArgs", "certificateArn");
            }
            if ($.targetPort == null) {
                throw new MissingRequiredPropertyException("ServiceLoadBalancerArgs", "targetPort");
            }
            if ($.healthCheckPath == null) {
                throw new MissingRequiredPropertyException("ServiceLoadBalancerArgs", "healthCheckPath");
            }
            return new ServiceLoadBalancerArgs($);
        }
    }
}
