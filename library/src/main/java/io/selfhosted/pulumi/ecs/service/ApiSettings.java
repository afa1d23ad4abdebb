package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import javax.annotation.Nullable;

/**
 * Choices for the API service ({@code pulumi/service}).
 */
public final class ApiSettings extends ResourceArgs implements TaskSizing {

    /** Default of {@link #taskCpu()}. */
    public static final int DEFAULT_TASK_CPU = 2048;

    /** Default of {@link #taskMemory()}. */
    public static final int DEFAULT_TASK_MEMORY = 4096;

    /** Default of {@link #desiredCount()}. */
    public static final int DEFAULT_DESIRED_COUNT = FargateServiceArgs.DEFAULT_DESIRED_COUNT;

    /** Default of {@link #minCount()}. */
    public static final int DEFAULT_MIN_COUNT = FargateServiceArgs.DEFAULT_MIN_COUNT;

    /** Default of {@link #maxCount()}. */
    public static final int DEFAULT_MAX_COUNT = 6;

    /** Default of {@link #cpuTargetPercent()}. */
    public static final int DEFAULT_CPU_TARGET_PERCENT = FargateServiceArgs.DEFAULT_CPU_TARGET_PERCENT;

    /** Default of {@link #memoryTargetPercent()}. */
    public static final int DEFAULT_MEMORY_TARGET_PERCENT = FargateServiceArgs.DEFAULT_MEMORY_TARGET_PERCENT;

    /** Default of {@link #healthCheckGracePeriodSeconds()}. */
    public static final int DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS = 300;

    /** Default of {@link #disableEmailLogin()}. */
    public static final boolean DEFAULT_DISABLE_EMAIL_LOGIN = false;

    /** Default of {@link #disableEmailSignup()}. */
    public static final boolean DEFAULT_DISABLE_EMAIL_SIGNUP = false;

    /** Default of {@link #engineEventsSchemaV2()}. */
    public static final boolean DEFAULT_ENGINE_EVENTS_SCHEMA_V2 = true;

    /** Default of {@link #engineEventsLegacyWrite()}. */
    public static final boolean DEFAULT_ENGINE_EVENTS_LEGACY_WRITE = false;

    /** Default of {@link #engineEventsChangeAcknowledged()}. */
    public static final boolean DEFAULT_ENGINE_EVENTS_CHANGE_ACKNOWLEDGED = false;

    @Import(name = "taskCpu")
    private @Nullable Output<Integer> taskCpu;

    @Import(name = "taskMemory")
    private @Nullable Output<Integer> taskMemory;

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

    @Import(name = "healthCheckGracePeriodSeconds")
    private @Nullable Output<Integer> healthCheckGracePeriodSeconds;

    @Import(name = "disableEmailLogin")
    private @Nullable Output<Boolean> disableEmailLogin;

    @Import(name = "disableEmailSignup")
    private @Nullable Output<Boolean> disableEmailSignup;

    @Import(name = "engineEventsSchemaV2")
    private @Nullable Output<Boolean> engineEventsSchemaV2;

    @Import(name = "engineEventsLegacyWrite")
    private @Nullable Output<Boolean> engineEventsLegacyWrite;

    @Import(name = "engineEventsChangeAcknowledged")
    private @Nullable Output<Boolean> engineEventsChangeAcknowledged;

    private ApiSettings() {
    }

    private ApiSettings(ApiSettings $) {
        this.taskCpu = $.taskCpu;
        this.taskMemory = $.taskMemory;
        this.desiredCount = $.desiredCount;
        this.minCount = $.minCount;
        this.maxCount = $.maxCount;
        this.cpuTargetPercent = $.cpuTargetPercent;
        this.memoryTargetPercent = $.memoryTargetPercent;
        this.healthCheckGracePeriodSeconds = $.healthCheckGracePeriodSeconds;
        this.disableEmailLogin = $.disableEmailLogin;
        this.disableEmailSignup = $.disableEmailSignup;
        this.engineEventsSchemaV2 = $.engineEventsSchemaV2;
        this.engineEventsLegacyWrite = $.engineEventsLegacyWrite;
        this.engineEventsChangeAcknowledged = $.engineEventsChangeAcknowledged;
    }

    /**
     * Task CPU units; the service documents 2 vCPU per API task for production (stack config
     * {@code apiTaskCpu}).
     * <p>Default: {@value #DEFAULT_TASK_CPU}.
     */
    public Output<Integer> taskCpu() {
        return taskCpu == null ? Output.of(DEFAULT_TASK_CPU) : taskCpu;
    }

    /**
     * Task memory in MiB; the service documents 4 GB per API task (stack config {@code apiTaskMemory}).
     * <p>Default: {@value #DEFAULT_TASK_MEMORY}.
     */
    public Output<Integer> taskMemory() {
        return taskMemory == null ? Output.of(DEFAULT_TASK_MEMORY) : taskMemory;
    }

    /**
     * Tasks started when the service is created (stack config {@code apiDesiredNumberTasks}).
     * <p>Default: {@value #DEFAULT_DESIRED_COUNT}.
     */
    public Output<Integer> desiredCount() {
        return desiredCount == null ? Output.of(DEFAULT_DESIRED_COUNT) : desiredCount;
    }

    /**
     * The fewest tasks autoscaling keeps.
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
     * Average CPU utilisation autoscaling aims at.
     * <p>Default: {@value #DEFAULT_CPU_TARGET_PERCENT}.
     */
    public Output<Integer> cpuTargetPercent() {
        return cpuTargetPercent == null ? Output.of(DEFAULT_CPU_TARGET_PERCENT) : cpuTargetPercent;
    }

    /**
     * Average memory utilisation autoscaling aims at.
     * <p>Default: {@value #DEFAULT_MEMORY_TARGET_PERCENT}.
     */
    public Output<Integer> memoryTargetPercent() {
        return memoryTargetPercent == null ? Output.of(DEFAULT_MEMORY_TARGET_PERCENT) : memoryTargetPercent;
    }

    /**
     * Seconds a new task may fail health checks while migrations run and the API starts.
     * <p>Default: {@value #DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS}.
     */
    public Output<Integer> healthCheckGracePeriodSeconds() {
        return healthCheckGracePeriodSeconds == null ? Output.of(DEFAULT_HEALTH_CHECK_GRACE_PERIOD_SECONDS) : healthCheckGracePeriodSeconds;
    }

    /**
     * {@code PULUMI_DISABLE_EMAIL_LOGIN}: refuse email/password logins (e.g. SAML only).
     * <p>Default: {@value #DEFAULT_DISABLE_EMAIL_LOGIN}.
     */
    public Output<Boolean> disableEmailLogin() {
        return disableEmailLogin == null ? Output.of(DEFAULT_DISABLE_EMAIL_LOGIN) : disableEmailLogin;
    }

    /**
     * {@code PULUMI_DISABLE_EMAIL_SIGNUP}: refuse new email/password accounts.
     * <p>Default: {@value #DEFAULT_DISABLE_EMAIL_SIGNUP}.
     */
    public Output<Boolean> disableEmailSignup() {
        return disableEmailSignup == null ? Output.of(DEFAULT_DISABLE_EMAIL_SIGNUP) : disableEmailSignup;
    }

    /**
     * {@code PULUMI_ENGINE_EVENTS_SCHEMA_V2}. Changing it on an existing install needs a database
     * migration by Pulumi support: a value other than the default is refused unless
     * {@link #engineEventsChangeAcknowledged()} is set.
     * <p>Default: {@value #DEFAULT_ENGINE_EVENTS_SCHEMA_V2}.
     */
    public Output<Boolean> engineEventsSchemaV2() {
        return engineEventsSchemaV2 == null ? Output.of(DEFAULT_ENGINE_EVENTS_SCHEMA_V2) : engineEventsSchemaV2;
    }

    /**
     * {@code PULUMI_ENGINE_EVENTS_LEGACY_WRITE}. Same caution as {@link #engineEventsSchemaV2()}.
     * <p>Default: {@value #DEFAULT_ENGINE_EVENTS_LEGACY_WRITE}.
     */
    public Output<Boolean> engineEventsLegacyWrite() {
        return engineEventsLegacyWrite == null ? Output.of(DEFAULT_ENGINE_EVENTS_LEGACY_WRITE) : engineEventsLegacyWrite;
    }

    /**
     * Confirms that a non-default engine events setting was agreed with Pulumi support, who run
     * the database migration it needs.
     * <p>Default: {@value #DEFAULT_ENGINE_EVENTS_CHANGE_ACKNOWLEDGED}.
     */
    public Output<Boolean> engineEventsChangeAcknowledged() {
        return engineEventsChangeAcknowledged == null ? Output.of(DEFAULT_ENGINE_EVENTS_CHANGE_ACKNOWLEDGED) : engineEventsChangeAcknowledged;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ApiSettings defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ApiSettings}. */
    public static final class Builder {
        private final ApiSettings $;

        public Builder() {
            $ = new ApiSettings();
        }

        public Builder(ApiSettings defaults) {
            $ = new ApiSettings(defaults);
        }

        /** @see ApiSettings#taskCpu() */
        public Builder taskCpu(@Nullable Output<Integer> taskCpu) {
            $.taskCpu = taskCpu;
            return this;
        }

        /** @see ApiSettings#taskCpu() */
        public Builder taskCpu(int taskCpu) {
            return taskCpu(Output.of(taskCpu));
        }

        /** @see ApiSettings#taskMemory() */
        public Builder taskMemory(@Nullable Output<Integer> taskMemory) {
            $.taskMemory = taskMemory;
            return this;
        }

        /** @see ApiSettings#taskMemory() */
        public Builder taskMemory(int taskMemory) {
            return taskMemory(Output.of(taskMemory));
        }

        /** @see ApiSettings#desiredCount() */
        public Builder desiredCount(@Nullable Output<Integer> desiredCount) {
            $.desiredCount = desiredCount;
            return this;
        }

        /** @see ApiSettings#desiredCount() */
        public Builder desiredCount(int desiredCount) {
            return desiredCount(Output.of(desiredCount));
        }

        /** @see ApiSettings#minCount() */
        public Builder minCount(@Nullable Output<Integer> minCount) {
            $.minCount = minCount;
            return this;
        }

        /** @see ApiSettings#minCount() */
        public Builder minCount(int minCount) {
            return minCount(Output.of(minCount));
        }

        /** @see ApiSettings#maxCount() */
        public Builder maxCount(@Nullable Output<Integer> maxCount) {
            $.maxCount = maxCount;
            return this;
        }

        /** @see ApiSettings#maxCount() */
        public Builder maxCount(int maxCount) {
            return maxCount(Output.of(maxCount));
        }

        /** @see ApiSettings#cpuTargetPercent() */
        public Builder cpuTargetPercent(@Nullable Output<Integer> cpuTargetPercent) {
            $.cpuTargetPercent = cpuTargetPercent;
            return this;
        }

        /** @see ApiSettings#cpuTargetPercent() */
        public Builder cpuTargetPercent(int cpuTargetPercent) {
            return cpuTargetPercent(Output.of(cpuTargetPercent));
        }

        /** @see ApiSettings#memoryTargetPercent() */
        public Builder memoryTargetPercent(@Nullable Output<Integer> memoryTargetPercent) {
            $.memoryTargetPercent = memoryTargetPercent;
            return this;
        }

        /** @see ApiSettings#memoryTargetPercent() */
        public Builder memoryTargetPercent(int memoryTargetPercent) {
            return memoryTargetPercent(Output.of(memoryTargetPercent));
        }

        /** @see ApiSettings#healthCheckGracePeriodSeconds() */
        public Builder healthCheckGracePeriodSeconds(@Nullable Output<Integer> healthCheckGracePeriodSeconds) {
            $.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
            return this;
        }

        /** @see ApiSettings#healthCheckGracePeriodSeconds() */
        public Builder healthCheckGracePeriodSeconds(int healthCheckGracePeriodSeconds) {
            return healthCheckGracePeriodSeconds(Output.of(healthCheckGracePeriodSeconds));
        }

        /** @see ApiSettings#disableEmailLogin() */
        public Builder disableEmailLogin(@Nullable Output<Boolean> disableEmailLogin) {
            $.disableEmailLogin = disableEmailLogin;
            return this;
        }

        /** @see ApiSettings#disableEmailLogin() */
        public Builder disableEmailLogin(boolean disableEmailLogin) {
            return disableEmailLogin(Output.of(disableEmailLogin));
        }

        /** @see ApiSettings#disableEmailSignup() */
        public Builder disableEmailSignup(@Nullable Output<Boolean> disableEmailSignup) {
            $.disableEmailSignup = disableEmailSignup;
            return this;
        }

        /** @see ApiSettings#disableEmailSignup() */
        public Builder disableEmailSignup(boolean disableEmailSignup) {
            return disableEmailSignup(Output.of(disableEmailSignup));
        }

        /** @see ApiSettings#engineEventsSchemaV2() */
        public Builder engineEventsSchemaV2(@Nullable Output<Boolean> engineEventsSchemaV2) {
            $.engineEventsSchemaV2 = engineEventsSchemaV2;
            return this;
        }

        /** @see ApiSettings#engineEventsSchemaV2() */
        public Builder engineEventsSchemaV2(boolean engineEventsSchemaV2) {
            return engineEventsSchemaV2(Output.of(engineEventsSchemaV2));
        }

        /** @see ApiSettings#engineEventsLegacyWrite() */
        public Builder engineEventsLegacyWrite(@Nullable Output<Boolean> engineEventsLegacyWrite) {
            $.engineEventsLegacyWrite = engineEventsLegacyWrite;
            return this;
        }

        /** @see ApiSettings#engineEventsLegacyWrite() */
        public Builder engineEventsLegacyWrite(boolean engineEventsLegacyWrite) {
            return engineEventsLegacyWrite(Output.of(engineEventsLegacyWrite));
        }

        /** @see ApiSettings#engineEventsChangeAcknowledged() */
        public Builder engineEventsChangeAcknowledged(@Nullable Output<Boolean> engineEventsChangeAcknowledged) {
            $.engineEventsChangeAcknowledged = engineEventsChangeAcknowledged;
            return this;
        }

        /** @see ApiSettings#engineEventsChangeAcknowledged() */
        public Builder engineEventsChangeAcknowledged(boolean engineEventsChangeAcknowledged) {
            return engineEventsChangeAcknowledged(Output.of(engineEventsChangeAcknowledged));
        }

        /** Checks required properties and returns an immutable {@link ApiSettings}. */
        public ApiSettings build() {
            return new ApiSettings($);
        }
    }
}
