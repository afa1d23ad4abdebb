package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link FargateService}, the shared building block of the API and the Console: a
 * Fargate service with its task definition, roles, security group, log group and autoscaling.
 */
public final class FargateServiceArgs extends ResourceArgs {

    /** Default of {@link #desiredCount()}. */
    public static final int DEFAULT_DESIRED_COUNT = 2;

    /** Default of {@link #minCount()}. */
    public static final int DEFAULT_MIN_COUNT = 2;

    /** Default of {@link #maxCount()}. */
    public static final int DEFAULT_MAX_COUNT = 4;

    /** Default of {@link #cpuTargetPercent()}. */
    public static final int DEFAULT_CPU_TARGET_PERCENT = 60;

    /** Default of {@link #memoryTargetPercent()}. */
    public static final int DEFAULT_MEMORY_TARGET_PERCENT = 70;

    /** Default of {@link #healthCheckGracePeriodSeconds()}. */
    public static final int DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS = 120;

    /** Default of {@link #logRetentionDays()}. */
    public static final int DEFAULT_LOG_RETENTION_DAYS = 365;

    @Import(name = "clusterArn", required = true)
    private Output<String> clusterArn;

    @Import(name = "clusterName", required = true)
    private Output<String> clusterName;

    @Import(name = "region")
    private @Nullable Output<String> region;

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnetIds", required = true)
    private Output<List<String>> subnetIds;

    @Import(name = "containers")
    private @Nullable List<ContainerArgs> containers;

    @Import(name = "cpu", required = true)
    private Output<Integer> cpu;

    @Import(name = "memory", required = true)
    private Output<Integer> memory;

    @Import(name = "desiredCount")
    private @Nullable Output<Integer> desiredCount;

    @Import(name = "minCount")
    private @Nullable Output<Integer> minCount;

    @Import(name = "maxCount")
    private @Nullable Output<Integer> maxCount;

    @Import(name = "cpuTargetPercent")
    private @Nullable Output<Integer> cpuTargetPercent;

    @Import(name = "memoryTargetPercent")
    private @Nullable Output<Integer> memoryTargetPercent;

    @Import(name = "targetGroupArn")
    private @Nullable Output<String> targetGroupArn;

    @Import(name = "loadBalancedContainerName")
    private @Nullable Output<String> loadBalancedContainerName;

    @Import(name = "loadBalancedContainerPort")
    private @Nullable Output<Integer> loadBalancedContainerPort;

    @Import(name = "loadBalancerSecurityGroupId")
    private @Nullable Output<String> loadBalancerSecurityGroupId;

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

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private FargateServiceArgs() {
    }

    private FargateServiceArgs(FargateServiceArgs $) {
        this.clusterArn = $.clusterArn;
        this.clusterName = $.clusterName;
        this.region = $.region;
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
        this.containers = $.containers;
        this.cpu = $.cpu;
        this.memory = $.memory;
        this.desiredCount = $.desiredCount;
        this.minCount = $.minCount;
        this.maxCount = $.maxCount;
        this.cpuTargetPercent = $.cpuTargetPercent;
        this.memoryTargetPercent = $.memoryTargetPercent;
        this.targetGroupArn = $.targetGroupArn;
        this.loadBalancedContainerName = $.loadBalancedContainerName;
        this.loadBalancedContainerPort = $.loadBalancedContainerPort;
        this.loadBalancerSecurityGroupId = $.loadBalancerSecurityGroupId;
        this.healthCheckGracePeriodSeconds = $.healthCheckGracePeriodSeconds;
        this.egressRules = $.egressRules;
        this.peerSecurityGroups = $.peerSecurityGroups;
        this.secretsKmsKeyArn = $.secretsKmsKeyArn;
        this.taskRolePolicy = $.taskRolePolicy;
        this.logRetentionDays = $.logRetentionDays;
        this.logKmsKeyArn = $.logKmsKeyArn;
        this.tags = $.tags;
    }

    /**
     * The ECS cluster (ARN) the service runs in. Required.
     */
    public Output<String> clusterArn() {
        return clusterArn;
    }

    /**
     * The ECS cluster's name (autoscaling addresses services by cluster and service name). Required.
     */
    public Output<String> clusterName() {
        return clusterName;
    }

    /**
     * The AWS region (for log delivery and KMS conditions). Default: the {@code aws:region} stack
     * config, else the {@code AWS_REGION} environment variable.
     */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The VPC of the tasks' security group. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The private subnets the tasks run in (they get no public IP). Required.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /**
     * The task's containers; at least one.
     */
    public List<ContainerArgs> containers() {
        return containers == null ? List.of() : containers;
    }

    /**
     * Task CPU units (a valid Fargate CPU/memory pair with {@link #memory()}). Required.
     */
    public Output<Integer> cpu() {
        return cpu;
    }

    /**
     * Task memory in MiB. Required.
     */
    public Output<Integer> memory() {
        return memory;
    }

    /**
     * Tasks started when the service is created; afterwards autoscaling owns the count and later
     * runs do not reset it.
     * <p>Default: {@value #DEFAULT_DESIRED_COUNT}.
     */
    public Output<Integer> desiredCount() {
        return desiredCount == null ? Output.of(DEFAULT_DESIRED_COUNT) : desiredCount;
    }

    /**
     * The fewest tasks autoscaling keeps (at least 1; 2 or more spreads them over zones).
     * <p>Default: {@value #DEFAULT_MIN_COUNT}.
     */
    public Output<Integer> minCount() {
        return minCount == null ? Output.of(DEFAULT_MIN_COUNT) : minCount;
    }

    /**
     * The most tasks autoscaling starts.
     * <p>Default: {@value #DEFAULT_MAX_COUNT}.
     */
    public Output<Integer> maxCount() {
        return maxCount == null ? Output.of(DEFAULT_MAX_COUNT) : maxCount;
    }

    /**
     * Average CPU utilisation autoscaling aims at (10-90).
     * <p>Default: {@value #DEFAULT_CPU_TARGET_PERCENT}.
     */
    public Output<Integer> cpuTargetPercent() {
        return cpuTargetPercent == null ? Output.of(DEFAULT_CPU_TARGET_PERCENT) : cpuTargetPercent;
    }

    /**
     * Average memory utilisation autoscaling aims at (10-90).
     * <p>Default: {@value #DEFAULT_MEMORY_TARGET_PERCENT}.
     */
    public Output<Integer> memoryTargetPercent() {
        return memoryTargetPercent == null ? Output.of(DEFAULT_MEMORY_TARGET_PERCENT) : memoryTargetPercent;
    }

    /**
     * The load balancer target group (ARN) the tasks register with.
     */
    public Optional<Output<String>> targetGroupArn() {
        return Optional.ofNullable(targetGroupArn);
    }

    /**
     * The container the target group forwards to; required with {@link #targetGroupArn()}.
     */
    public Optional<Output<String>> loadBalancedContainerName() {
        return Optional.ofNullable(loadBalancedContainerName);
    }

    /**
     * The port the target group forwards to; required with {@link #targetGroupArn()}.
     */
    public Optional<Output<Integer>> loadBalancedContainerPort() {
        return Optional.ofNullable(loadBalancedContainerPort);
    }

    /**
     * The load balancer's security group; the only source admitted to the container port.
     */
    public Optional<Output<String>> loadBalancerSecurityGroupId() {
        return Optional.ofNullable(loadBalancerSecurityGroupId);
    }

    /**
     * Seconds ECS ignores failing load balancer health checks of a new task (it is starting).
     * <p>Default: {@value #DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS}.
     */
    public Output<Integer> healthCheckGracePeriodSeconds() {
        return healthCheckGracePeriodSeconds == null ? Output.of(DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS) : healthCheckGracePeriodSeconds;
    }

    /**
     * Outbound traffic the tasks may send besides the links made by other parts (e.g. to the
     * database). Without any, tasks cannot pull images or call AWS APIs.
     */
    public List<EgressRuleArgs> egressRules() {
        return egressRules == null ? List.of() : egressRules;
    }

    /**
     * Security groups the tasks may reach on one port each (the database, another load balancer).
     * The service creates the egress rule on its group and the ingress rule on the peer's, and starts
     * no task before both exist.
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
     * The task role's IAM policy document (JSON). Without it the tasks get no role at all.
     */
    public Optional<Output<String>> taskRolePolicy() {
        return Optional.ofNullable(taskRolePolicy);
    }

    /**
     * Days CloudWatch Logs keeps the containers' logs (a CloudWatch retention value).
     * <p>Default: {@value #DEFAULT_LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(DEFAULT_LOG_RETENTION_DAYS) : logRetentionDays;
    }

    /**
     * A KMS key (ARN) encrypting the log group; its key policy must admit CloudWatch Logs.
     */
    public Optional<Output<String>> logKmsKeyArn() {
        return Optional.ofNullable(logKmsKeyArn);
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
    public static Builder builder(FargateServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link FargateServiceArgs}. */
    public static final class Builder {
        private final FargateServiceArgs $;

        public Builder() {
            $ = new FargateServiceArgs();
        }

        public Builder(FargateServiceArgs defaults) {
            $ = new FargateServiceArgs(defaults);
        }

        /** @see FargateServiceArgs#clusterArn() */
        public Builder clusterArn(Output<String> clusterArn) {
            $.clusterArn = clusterArn;
            return this;
        }

        /** @see FargateServiceArgs#clusterArn() */
        public Builder clusterArn(String clusterArn) {
            return clusterArn(Output.of(clusterArn));
        }

        /** @see FargateServiceArgs#clusterName() */
        public Builder clusterName(Output<String> clusterName) {
            $.clusterName = clusterName;
            return this;
        }

        /** @see FargateServiceArgs#clusterName() */
        public Builder clusterName(String clusterName) {
            return clusterName(Output.of(clusterName));
        }

        /** @see FargateServiceArgs#region() */
        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        /** @see FargateServiceArgs#region() */
        public Builder region(String region) {
            return region(Output.of(region));
        }

        /** @see FargateServiceArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see FargateServiceArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see FargateServiceArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see FargateServiceArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(List.copyOf(subnetIds)));
        }

        /** @see FargateServiceArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
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

        /** @see FargateServiceArgs#cpu() */
        public Builder cpu(Output<Integer> cpu) {
            $.cpu = cpu;
            return this;
        }

        /** @see FargateServiceArgs#cpu() */
        public Builder cpu(int cpu) {
            return cpu(Output.of(cpu));
        }

        /** @see FargateServiceArgs#memory() */
        public Builder memory(Output<Integer> memory) {
            $.memory = memory;
            return this;
        }

        /** @see FargateServiceArgs#memory() */
        public Builder memory(int memory) {
            return memory(Output.of(memory));
        }

        /** @see FargateServiceArgs#desiredCount() */
        public Builder desiredCount(@Nullable Output<Integer> desiredCount) {
            $.desiredCount = desiredCount;
            return this;
        }

        /** @see FargateServiceArgs#desiredCount() */
        public Builder desiredCount(int desiredCount) {
            return desiredCount(Output.of(desiredCount));
        }

        /** @see FargateServiceArgs#minCount() */
        public Builder minCount(@Nullable Output<Integer> minCount) {
            $.minCount = minCount;
            return this;
        }

        /** @see FargateServiceArgs#minCount() */
        public Builder minCount(int minCount) {
            return minCount(Output.of(minCount));
        }

        /** @see FargateServiceArgs#maxCount() */
        public Builder maxCount(@Nullable Output<Integer> maxCount) {
            $.maxCount = maxCount;
            return this;
        }

        /** @see FargateServiceArgs#maxCount() */
        public Builder maxCount(int maxCount) {
            return maxCount(Output.of(maxCount));
        }

        /** @see FargateServiceArgs#cpuTargetPercent() */
        public Builder cpuTargetPercent(@Nullable Output<Integer> cpuTargetPercent) {
            $.cpuTargetPercent = cpuTargetPercent;
            return this;
        }

        /** @see FargateServiceArgs#cpuTargetPercent() */
        public Builder cpuTargetPercent(int cpuTargetPercent) {
            return cpuTargetPercent(Output.of(cpuTargetPercent));
        }

        /** @see FargateServiceArgs#memoryTargetPercent() */
        public Builder memoryTargetPercent(@Nullable Output<Integer> memoryTargetPercent) {
            $.memoryTargetPercent = memoryTargetPercent;
            return this;
        }

        /** @see FargateServiceArgs#memoryTargetPercent() */
        public Builder memoryTargetPercent(int memoryTargetPercent) {
            return memoryTargetPercent(Output.of(memoryTargetPercent));
        }

        /** @see FargateServiceArgs#targetGroupArn() */
        public Builder targetGroupArn(@Nullable Output<String> targetGroupArn) {
            $.targetGroupArn = targetGroupArn;
            return this;
        }

        /** @see FargateServiceArgs#targetGroupArn() */
        public Builder targetGroupArn(String targetGroupArn) {
            return targetGroupArn(Output.of(targetGroupArn));
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

        /** @see FargateServiceArgs#loadBalancerSecurityGroupId() */
        public Builder loadBalancerSecurityGroupId(@Nullable Output<String> loadBalancerSecurityGroupId) {
            $.loadBalancerSecurityGroupId = loadBalancerSecurityGroupId;
            return this;
        }

        /** @see FargateServiceArgs#loadBalancerSecurityGroupId() */
        public Builder loadBalancerSecurityGroupId(String loadBalancerSecurityGroupId) {
            return loadBalancerSecurityGroupId(Output.of(loadBalancerSecurityGroupId));
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

        /** @see FargateServiceArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see FargateServiceArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /** Checks required properties and returns an immutable {@link FargateServiceArgs}. */
        public FargateServiceArgs build() {
            if ($.clusterArn == null) {
                throw new MissingRequiredPropertyException("FargateServiceArgs", "clusterArn");
            }
            if ($.clusterName == null) {
                throw new MissingRequiredPropertyException("FargateServiceArgs", "clusterName");
            }
            if ($.vpcId == null) {
                throw new MissingRequiredPropertyException("FargateServiceArgs", "vpcId");
            }
            if ($.subnetIds == null) {
                throw new MissingRequiredPropertyException("FargateServiceArgs", "subnetIds");
            }
            if ($.cpu == null) {
                throw new MissingRequiredPropertyException("FargateServiceArgs", "cpu");
            }
            if ($.memory == null) {
                throw new MissingRequiredPropertyException("FargateServiceArgs", "memory");
            }
            return new FargateServiceArgs($);
        }
    }
}
