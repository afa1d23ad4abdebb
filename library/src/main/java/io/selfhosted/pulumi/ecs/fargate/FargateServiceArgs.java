package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link FargateService}, the generic building block of the API and the Console: a
 * Fargate service with its task definition, roles, security group, log group and autoscaling.
 */
public final class FargateServiceArgs extends ResourceArgs {

    @Import(name = "placement", required = true)
    private PlacementArgs placement;

    @Import(name = "containers")
    private @Nullable List<ContainerArgs> containers;

    @Import(name = "sizing", required = true)
    private TaskSizingArgs sizing;

    @Import(name = "target")
    private @Nullable LoadBalancerTargetArgs target;

    @Import(name = "loadBalancedContainerName")
    private @Nullable Output<String> loadBalancedContainerName;

    @Import(name = "loadBalancedContainerPort")
    private @Nullable Output<Integer> loadBalancedContainerPort;

    @Import(name = "healthCheckGracePeriodSeconds")
    private @Nullable Output<Integer> healthCheckGracePeriodSeconds;

    @Import(name = "egressRules")
    private @Nullable List<EgressRuleArgs> egressRules;

    @Import(name = "peerSecurityGroups")
    private @Nullable List<SecurityGroupAccessArgs> peerSecurityGroups;

    @Import(name = "secretsKmsKeyArn")
    private @Nullable Output<String> secretsKmsKeyArn;

    @Import(name = "taskRolePolicy")
    private @Nullable Output<String> taskRolePolicy;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "logKmsKeyArn")
    private @Nullable Output<String> logKmsKeyArn;

    @Import(name = "deploymentGate")
    private @Nullable Output<String> deploymentGate;

    @Import(name = "deploymentTimeoutMinutes")
    private @Nullable Output<Integer> deploymentTimeoutMinutes;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private FargateServiceArgs() {
    }

    private FargateServiceArgs(FargateServiceArgs $) {
        this.placement = $.placement;
        this.containers = $.containers;
        this.sizing = $.sizing;
        this.target = $.target;
        this.loadBalancedContainerName = $.loadBalancedContainerName;
        this.loadBalancedContainerPort = $.loadBalancedContainerPort;
        this.healthCheckGracePeriodSeconds = $.healthCheckGracePeriodSeconds;
        this.egressRules = $.egressRules;
        this.peerSecurityGroups = $.peerSecurityGroups;
        this.secretsKmsKeyArn = $.secretsKmsKeyArn;
        this.taskRolePolicy = $.taskRolePolicy;
        this.logRetentionDays = $.logRetentionDays;
        this.logKmsKeyArn = $.logKmsKeyArn;
        this.deploymentGate = $.deploymentGate;
        this.deploymentTimeoutMinutes = $.deploymentTimeoutMinutes;
        this.tags = $.tags;
    }

    /**
     * The cluster, region, VPC and subnets. Required.
     */
    public PlacementArgs placement() {
        return placement;
    }

    /**
     * The task's containers; at least one.
     */
    public List<ContainerArgs> containers() {
        return containers == null ? List.of() : containers;
    }

    /**
     * Task size and scaling; {@link TaskSizingArgs#cpu()} and {@link TaskSizingArgs#memory()} are
     * required, the rest defaults to {@link FargateDefaults}. Required.
     */
    public TaskSizingArgs sizing() {
        return sizing;
    }

    /**
     * The load balancer target the tasks register with; with {@link #loadBalancedContainerName()}
     * and {@link #loadBalancedContainerPort()}.
     * <p>Default: none (no load balancer).
     */
    public Optional<LoadBalancerTargetArgs> target() {
        return Optional.ofNullable(target);
    }

    /**
     * The container the target group forwards to; required with {@link #target()}.
     */
    public Optional<Output<String>> loadBalancedContainerName() {
        return Optional.ofNullable(loadBalancedContainerName);
    }

    /**
     * The port the target group forwards to; required with {@link #target()}.
     */
    public Optional<Output<Integer>> loadBalancedContainerPort() {
        return Optional.ofNullable(loadBalancedContainerPort);
    }

    /**
     * Seconds ECS ignores failing load balancer health checks of a new task (it is starting).
     * <p>Default: {@value FargateDefaults#HEALTH_CHECK_GRACE_PERIOD_SECONDS}.
     */
    public Output<Integer> healthCheckGracePeriodSeconds() {
        return healthCheckGracePeriodSeconds == null ? Output.of(FargateDefaults.HEALTH_CHECK_GRACE_PERIOD_SECONDS) : healthCheckGracePeriodSeconds;
    }

    /**
     * Outbound traffic the tasks may send besides the links to peers. Without any, tasks cannot
     * pull images or call AWS APIs.
     */
    public List<EgressRuleArgs> egressRules() {
        return egressRules == null ? List.of() : egressRules;
    }

    /**
     * Security groups the tasks may reach on one port each (the database, another load balancer).
     * The service creates the egress rule on its group and the ingress rule on the peer's, and
     * starts no task before both exist.
     */
    public List<SecurityGroupAccessArgs> peerSecurityGroups() {
        return peerSecurityGroups == null ? List.of() : peerSecurityGroups;
    }

    /**
     * The KMS key (ARN) that encrypts the containers' secrets; the execution role may decrypt with
     * it only through Secrets Manager.
     */
    public Optional<Output<String>> secretsKmsKeyArn() {
        return Optional.ofNullable(secretsKmsKeyArn);
    }

    /**
     * The task role's IAM policy document (JSON).
     * <p>Default: none: the tasks get no role at all.
     */
    public Optional<Output<String>> taskRolePolicy() {
        return Optional.ofNullable(taskRolePolicy);
    }

    /**
     * Days CloudWatch Logs keeps the containers' logs (a CloudWatch retention value).
     * <p>Default: {@value FargateDefaults#LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(FargateDefaults.LOG_RETENTION_DAYS) : logRetentionDays;
    }

    /**
     * A KMS key (ARN) encrypting the log group; its key policy must admit CloudWatch Logs.
     * <p>Default: logs encrypted by CloudWatch Logs' own key.
     */
    public Optional<Output<String>> logKmsKeyArn() {
        return Optional.ofNullable(logKmsKeyArn);
    }

    /**
     * An output a deployment of new tasks waits for, such as the result of a database migrations
     * run: the service is created or changed only once it is known, and not at all when it fails.
     * <p>Default: none.
     */
    public Optional<Output<String>> deploymentGate() {
        return Optional.ofNullable(deploymentGate);
    }

    /**
     * Minutes {@code pulumi up} waits for a deployment to reach a steady state before it fails.
     * <p>Default: {@value FargateDefaults#DEPLOYMENT_TIMEOUT_MINUTES}.
     */
    public Output<Integer> deploymentTimeoutMinutes() {
        return deploymentTimeoutMinutes == null ? Output.of(FargateDefaults.DEPLOYMENT_TIMEOUT_MINUTES) : deploymentTimeoutMinutes;
    }

    /**
     * Tags for every resource, besides the fixed tags naming the stack and component.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(FargateServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link FargateServiceArgs}. */
    public static final class Builder {
        private final FargateServiceArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new FargateServiceArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(FargateServiceArgs defaults) {
            $ = new FargateServiceArgs(defaults);
        }

        /** @see FargateServiceArgs#placement() */
        public Builder placement(PlacementArgs placement) {
            $.placement = placement;
            return this;
        }

        /** @see FargateServiceArgs#containers() */
        public Builder containers(List<ContainerArgs> containers) {
            $.containers = List.copyOf(containers);
            return this;
        }

        /** @see FargateServiceArgs#containers() */
        public Builder containers(ContainerArgs... containers) {
            return containers(List.of(containers));
        }

        /** @see FargateServiceArgs#sizing() */
        public Builder sizing(TaskSizingArgs sizing) {
            $.sizing = sizing;
            return this;
        }

        /** @see FargateServiceArgs#target() */
        public Builder target(@Nullable LoadBalancerTargetArgs target) {
            $.target = target;
            return this;
        }

        /** @see FargateServiceArgs#loadBalancedContainerName() */
        public Builder loadBalancedContainerName(@Nullable Output<String> loadBalancedContainerName) {
            $.loadBalancedContainerName = loadBalancedContainerName;
            return this;
        }

        /** @see FargateServiceArgs#loadBalancedContainerName() */
        public Builder loadBalancedContainerName(String loadBalancedContainerName) {
            return loadBalancedContainerName(Output.of(loadBalancedContainerName));
        }

        /** @see FargateServiceArgs#loadBalancedContainerPort() */
        public Builder loadBalancedContainerPort(@Nullable Output<Integer> loadBalancedContainerPort) {
            $.loadBalancedContainerPort = loadBalancedContainerPort;
            return this;
        }

        /** @see FargateServiceArgs#loadBalancedContainerPort() */
        public Builder loadBalancedContainerPort(int loadBalancedContainerPort) {
            return loadBalancedContainerPort(Output.of(loadBalancedContainerPort));
        }

        /** @see FargateServiceArgs#healthCheckGracePeriodSeconds() */
        public Builder healthCheckGracePeriodSeconds(@Nullable Output<Integer> healthCheckGracePeriodSeconds) {
            $.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
            return this;
        }

        /** @see FargateServiceArgs#healthCheckGracePeriodSeconds() */
        public Builder healthCheckGracePeriodSeconds(int healthCheckGracePeriodSeconds) {
            return healthCheckGracePeriodSeconds(Output.of(healthCheckGracePeriodSeconds));
        }

        /** @see FargateServiceArgs#egressRules() */
        public Builder egressRules(List<EgressRuleArgs> egressRules) {
            $.egressRules = List.copyOf(egressRules);
            return this;
        }

        /** @see FargateServiceArgs#egressRules() */
        public Builder egressRules(EgressRuleArgs... egressRules) {
            return egressRules(List.of(egressRules));
        }

        /** @see FargateServiceArgs#peerSecurityGroups() */
        public Builder peerSecurityGroups(List<SecurityGroupAccessArgs> peerSecurityGroups) {
            $.peerSecurityGroups = List.copyOf(peerSecurityGroups);
            return this;
        }

        /** @see FargateServiceArgs#peerSecurityGroups() */
        public Builder peerSecurityGroups(SecurityGroupAccessArgs... peerSecurityGroups) {
            return peerSecurityGroups(List.of(peerSecurityGroups));
        }

        /** @see FargateServiceArgs#secretsKmsKeyArn() */
        public Builder secretsKmsKeyArn(@Nullable Output<String> secretsKmsKeyArn) {
            $.secretsKmsKeyArn = secretsKmsKeyArn;
            return this;
        }

        /** @see FargateServiceArgs#secretsKmsKeyArn() */
        public Builder secretsKmsKeyArn(String secretsKmsKeyArn) {
            return secretsKmsKeyArn(Output.of(secretsKmsKeyArn));
        }

        /** @see FargateServiceArgs#taskRolePolicy() */
        public Builder taskRolePolicy(@Nullable Output<String> taskRolePolicy) {
            $.taskRolePolicy = taskRolePolicy;
            return this;
        }

        /** @see FargateServiceArgs#taskRolePolicy() */
        public Builder taskRolePolicy(String taskRolePolicy) {
            return taskRolePolicy(Output.of(taskRolePolicy));
        }

        /** @see FargateServiceArgs#logRetentionDays() */
        public Builder logRetentionDays(@Nullable Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see FargateServiceArgs#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            return logRetentionDays(Output.of(logRetentionDays));
        }

        /** @see FargateServiceArgs#logKmsKeyArn() */
        public Builder logKmsKeyArn(@Nullable Output<String> logKmsKeyArn) {
            $.logKmsKeyArn = logKmsKeyArn;
            return this;
        }

        /** @see FargateServiceArgs#logKmsKeyArn() */
        public Builder logKmsKeyArn(String logKmsKeyArn) {
            return logKmsKeyArn(Output.of(logKmsKeyArn));
        }

        /** @see FargateServiceArgs#deploymentGate() */
        public Builder deploymentGate(@Nullable Output<String> deploymentGate) {
            $.deploymentGate = deploymentGate;
            return this;
        }

        /** @see FargateServiceArgs#deploymentGate() */
        public Builder deploymentGate(String deploymentGate) {
            return deploymentGate(Output.of(deploymentGate));
        }

        /** @see FargateServiceArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(@Nullable Output<Integer> deploymentTimeoutMinutes) {
            $.deploymentTimeoutMinutes = deploymentTimeoutMinutes;
            return this;
        }

        /** @see FargateServiceArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(int deploymentTimeoutMinutes) {
            return deploymentTimeoutMinutes(Output.of(deploymentTimeoutMinutes));
        }

        /** @see FargateServiceArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see FargateServiceArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link FargateServiceArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public FargateServiceArgs build() {
            // Completed with the building block's defaults; what is still missing is reported by validation.
            $.sizing = $.sizing == null ? null : $.sizing.withDefaults(FargateDefaults.sizing());
            return new FargateServiceArgs($);
        }
    }
}
