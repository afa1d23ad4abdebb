package io.selfhosted.pulumi.ecs.monitoring;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One ECS service watched by {@link ServiceAlarms}: its deployments, its running tasks and its load
 * balancer's view of them.
 */
public final class MonitoredServiceArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "serviceArn", required = true)
    private Output<String> serviceArn;

    @Import(name = "serviceName", required = true)
    private Output<String> serviceName;

    @Import(name = "minRunningTasks", required = true)
    private Output<Integer> minRunningTasks;

    @Import(name = "targetGroupArnSuffix")
    private @Nullable Output<String> targetGroupArnSuffix;

    @Import(name = "loadBalancerArnSuffix")
    private @Nullable Output<String> loadBalancerArnSuffix;

    private MonitoredServiceArgs() {
    }

    private MonitoredServiceArgs(MonitoredServiceArgs $) {
        this.name = $.name;
        this.serviceArn = $.serviceArn;
        this.serviceName = $.serviceName;
        this.minRunningTasks = $.minRunningTasks;
        this.targetGroupArnSuffix = $.targetGroupArnSuffix;
        this.loadBalancerArnSuffix = $.loadBalancerArnSuffix;
    }

    /**
     * A short name, e.g. {@code api}; it names the service's alarms. Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The ECS service (ARN); its failed deployments are reported. Required.
     */
    public Output<String> serviceArn() {
        return serviceArn;
    }

    /**
     * The ECS service's name (the alarms' dimension). Required.
     */
    public Output<String> serviceName() {
        return serviceName;
    }

    /**
     * Tasks below which the service counts as degraded: autoscaling's minimum. Required.
     */
    public Output<Integer> minRunningTasks() {
        return minRunningTasks;
    }

    /**
     * The service's target group ({@code targetgroup/...}, the alarms' dimension).
     * <p>Default: no target health alarm.
     */
    public Optional<Output<String>> targetGroupArnSuffix() {
        return Optional.ofNullable(targetGroupArnSuffix);
    }

    /**
     * The target group's load balancer ({@code net/...} or {@code app/...}).
     * <p>Default: no target health alarm.
     */
    public Optional<Output<String>> loadBalancerArnSuffix() {
        return Optional.ofNullable(loadBalancerArnSuffix);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(MonitoredServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link MonitoredServiceArgs}. */
    public static final class Builder {
        private final MonitoredServiceArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new MonitoredServiceArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(MonitoredServiceArgs defaults) {
            $ = new MonitoredServiceArgs(defaults);
        }

        /** @see MonitoredServiceArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see MonitoredServiceArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see MonitoredServiceArgs#serviceArn() */
        public Builder serviceArn(Output<String> serviceArn) {
            $.serviceArn = serviceArn;
            return this;
        }

        /** @see MonitoredServiceArgs#serviceArn() */
        public Builder serviceArn(String serviceArn) {
            return serviceArn(Output.of(serviceArn));
        }

        /** @see MonitoredServiceArgs#serviceName() */
        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        /** @see MonitoredServiceArgs#serviceName() */
        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        /** @see MonitoredServiceArgs#minRunningTasks() */
        public Builder minRunningTasks(Output<Integer> minRunningTasks) {
            $.minRunningTasks = minRunningTasks;
            return this;
        }

        /** @see MonitoredServiceArgs#minRunningTasks() */
        public Builder minRunningTasks(int minRunningTasks) {
            return minRunningTasks(Output.of(minRunningTasks));
        }

        /** @see MonitoredServiceArgs#targetGroupArnSuffix() */
        public Builder targetGroupArnSuffix(@Nullable Output<String> targetGroupArnSuffix) {
            $.targetGroupArnSuffix = targetGroupArnSuffix;
            return this;
        }

        /** @see MonitoredServiceArgs#targetGroupArnSuffix() */
        public Builder targetGroupArnSuffix(String targetGroupArnSuffix) {
            return targetGroupArnSuffix(Output.of(targetGroupArnSuffix));
        }

        /** @see MonitoredServiceArgs#loadBalancerArnSuffix() */
        public Builder loadBalancerArnSuffix(@Nullable Output<String> loadBalancerArnSuffix) {
            $.loadBalancerArnSuffix = loadBalancerArnSuffix;
            return this;
        }

        /** @see MonitoredServiceArgs#loadBalancerArnSuffix() */
        public Builder loadBalancerArnSuffix(String loadBalancerArnSuffix) {
            return loadBalancerArnSuffix(Output.of(loadBalancerArnSuffix));
        }

        /**
         * An immutable {@link MonitoredServiceArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public MonitoredServiceArgs build() {
            return new MonitoredServiceArgs($);
        }
    }
}
