package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link OneShotTask}: one container run to completion on Fargate, once per task
 * definition revision, during {@code pulumi up}.
 */
public final class OneShotTaskArgs extends ResourceArgs {

    @Import(name = "placement", required = true)
    private PlacementArgs placement;

    @Import(name = "container", required = true)
    private ContainerArgs container;

    @Import(name = "cpu")
    private @Nullable Output<Integer> cpu;

    @Import(name = "memory")
    private @Nullable Output<Integer> memory;

    @Import(name = "egressRules")
    private @Nullable List<EgressRuleArgs> egressRules;

    @Import(name = "peerSecurityGroups")
    private @Nullable List<SecurityGroupAccessArgs> peerSecurityGroups;

    @Import(name = "secretsKmsKeyArn")
    private @Nullable Output<String> secretsKmsKeyArn;

    @Import(name = "triggers")
    private @Nullable Output<List<String>> triggers;

    @Import(name = "timeoutMinutes")
    private @Nullable Output<Integer> timeoutMinutes;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private OneShotTaskArgs() {
    }

    private OneShotTaskArgs(OneShotTaskArgs $) {
        this.placement = $.placement;
        this.container = $.container;
        this.cpu = $.cpu;
        this.memory = $.memory;
        this.egressRules = $.egressRules;
        this.peerSecurityGroups = $.peerSecurityGroups;
        this.secretsKmsKeyArn = $.secretsKmsKeyArn;
        this.triggers = $.triggers;
        this.timeoutMinutes = $.timeoutMinutes;
        this.logRetentionDays = $.logRetentionDays;
        this.tags = $.tags;
    }

    /**
     * The cluster, region, VPC and subnets the task runs in. Required.
     */
    public PlacementArgs placement() {
        return placement;
    }

    /**
     * The task's one container; the run succeeds when it exits 0. Required.
     */
    public ContainerArgs container() {
        return container;
    }

    /**
     * Task CPU units (a valid Fargate pair with {@link #memory()}).
     * <p>Default: {@value FargateDefaults#ONE_SHOT_CPU}.
     */
    public Output<Integer> cpu() {
        return cpu == null ? Output.of(FargateDefaults.ONE_SHOT_CPU) : cpu;
    }

    /**
     * Task memory in MiB.
     * <p>Default: {@value FargateDefaults#ONE_SHOT_MEMORY}.
     */
    public Output<Integer> memory() {
        return memory == null ? Output.of(FargateDefaults.ONE_SHOT_MEMORY) : memory;
    }

    /**
     * Outbound traffic the task may send besides the links to peers.
     */
    public List<EgressRuleArgs> egressRules() {
        return egressRules == null ? List.of() : egressRules;
    }

    /**
     * Security groups the task may reach on one port each; the rule pairs exist before the task
     * runs.
     */
    public List<SecurityGroupAccessArgs> peerSecurityGroups() {
        return peerSecurityGroups == null ? List.of() : peerSecurityGroups;
    }

    /**
     * The KMS key (ARN) that encrypts the container's secrets.
     * <p>Default: none.
     */
    public Optional<Output<String>> secretsKmsKeyArn() {
        return Optional.ofNullable(secretsKmsKeyArn);
    }

    /**
     * Values whose change runs the task again, besides its task definition (which changes with the
     * container's image, environment and secrets).
     * <p>Default: none.
     */
    public Optional<Output<List<String>>> triggers() {
        return Optional.ofNullable(triggers);
    }

    /**
     * Minutes one {@code pulumi up} waits for the run (1-15, the limit of the Lambda function that
     * waits). A run that takes longer goes on; {@code pulumi up} fails saying so, and the next one
     * waits for the same run.
     * <p>Default: {@value FargateDefaults#ONE_SHOT_TIMEOUT_MINUTES}.
     */
    public Output<Integer> timeoutMinutes() {
        return timeoutMinutes == null ? Output.of(FargateDefaults.ONE_SHOT_TIMEOUT_MINUTES) : timeoutMinutes;
    }

    /**
     * Days CloudWatch Logs keeps the task's and the runner's logs.
     * <p>Default: {@value FargateDefaults#LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(FargateDefaults.LOG_RETENTION_DAYS) : logRetentionDays;
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
    public static Builder builder(OneShotTaskArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link OneShotTaskArgs}. */
    public static final class Builder {
        private final OneShotTaskArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new OneShotTaskArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(OneShotTaskArgs defaults) {
            $ = new OneShotTaskArgs(defaults);
        }

        /** @see OneShotTaskArgs#placement() */
        public Builder placement(PlacementArgs placement) {
            $.placement = placement;
            return this;
        }

        /** @see OneShotTaskArgs#container() */
        public Builder container(ContainerArgs container) {
            $.container = container;
            return this;
        }

        /** @see OneShotTaskArgs#cpu() */
        public Builder cpu(@Nullable Output<Integer> cpu) {
            $.cpu = cpu;
            return this;
        }

        /** @see OneShotTaskArgs#cpu() */
        public Builder cpu(int cpu) {
            return cpu(Output.of(cpu));
        }

        /** @see OneShotTaskArgs#memory() */
        public Builder memory(@Nullable Output<Integer> memory) {
            $.memory = memory;
            return this;
        }

        /** @see OneShotTaskArgs#memory() */
        public Builder memory(int memory) {
            return memory(Output.of(memory));
        }

        /** @see OneShotTaskArgs#egressRules() */
        public Builder egressRules(List<EgressRuleArgs> egressRules) {
            $.egressRules = List.copyOf(egressRules);
            return this;
        }

        /** @see OneShotTaskArgs#egressRules() */
        public Builder egressRules(EgressRuleArgs... egressRules) {
            return egressRules(List.of(egressRules));
        }

        /** @see OneShotTaskArgs#peerSecurityGroups() */
        public Builder peerSecurityGroups(List<SecurityGroupAccessArgs> peerSecurityGroups) {
            $.peerSecurityGroups = List.copyOf(peerSecurityGroups);
            return this;
        }

        /** @see OneShotTaskArgs#peerSecurityGroups() */
        public Builder peerSecurityGroups(SecurityGroupAccessArgs... peerSecurityGroups) {
            return peerSecurityGroups(List.of(peerSecurityGroups));
        }

        /** @see OneShotTaskArgs#secretsKmsKeyArn() */
        public Builder secretsKmsKeyArn(@Nullable Output<String> secretsKmsKeyArn) {
            $.secretsKmsKeyArn = secretsKmsKeyArn;
            return this;
        }

        /** @see OneShotTaskArgs#secretsKmsKeyArn() */
        public Builder secretsKmsKeyArn(String secretsKmsKeyArn) {
            return secretsKmsKeyArn(Output.of(secretsKmsKeyArn));
        }

        /** @see OneShotTaskArgs#triggers() */
        public Builder triggers(@Nullable Output<List<String>> triggers) {
            $.triggers = triggers;
            return this;
        }

        /** @see OneShotTaskArgs#triggers() */
        public Builder triggers(List<String> triggers) {
            return triggers(Output.of(List.copyOf(triggers)));
        }

        /** @see OneShotTaskArgs#triggers() */
        public Builder triggers(String... triggers) {
            return triggers(List.of(triggers));
        }

        /** @see OneShotTaskArgs#timeoutMinutes() */
        public Builder timeoutMinutes(@Nullable Output<Integer> timeoutMinutes) {
            $.timeoutMinutes = timeoutMinutes;
            return this;
        }

        /** @see OneShotTaskArgs#timeoutMinutes() */
        public Builder timeoutMinutes(int timeoutMinutes) {
            return timeoutMinutes(Output.of(timeoutMinutes));
        }

        /** @see OneShotTaskArgs#logRetentionDays() */
        public Builder logRetentionDays(@Nullable Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see OneShotTaskArgs#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            return logRetentionDays(Output.of(logRetentionDays));
        }

        /** @see OneShotTaskArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see OneShotTaskArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link OneShotTaskArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public OneShotTaskArgs build() {
            return new OneShotTaskArgs($);
        }
    }
}
