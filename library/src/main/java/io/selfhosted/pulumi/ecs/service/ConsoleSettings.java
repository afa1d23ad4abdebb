package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Choices for the Console service ({@code pulumi/console}).
 */
public final class ConsoleSettings extends ResourceArgs implements TaskSizing {

    /** Default of {@link #taskCpu()}. */
    public static final int DEFAULT_TASK_CPU = 512;

    /** Default of {@link #taskMemory()}. */
    public static final int DEFAULT_TASK_MEMORY = 1024;

    /** Default of {@link #desiredCount()}. */
    public static final int DEFAULT_DESIRED_COUNT = FargateServiceArgs.DEFAULT_DESIRED_COUNT;

    /** Default of {@link #minCount()}. */
    public static final int DEFAULT_MIN_COUNT = FargateServiceArgs.DEFAULT_MIN_COUNT;

    /** Default of {@link #maxCount()}. */
    public static final int DEFAULT_MAX_COUNT = FargateServiceArgs.DEFAULT_MAX_COUNT;

    /** Default of {@link #cpuTargetPercent()}. */
    public static final int DEFAULT_CPU_TARGET_PERCENT = FargateServiceArgs.DEFAULT_CPU_TARGET_PERCENT;

    /** Default of {@link #memoryTargetPercent()}. */
    public static final int DEFAULT_MEMORY_TARGET_PERCENT = FargateServiceArgs.DEFAULT_MEMORY_TARGET_PERCENT;

    /** Default of {@link #hideEmailLogin()}. */
    public static final boolean DEFAULT_HIDE_EMAIL_LOGIN = false;

    /** Default of {@link #hideEmailSignup()}. */
    public static final boolean DEFAULT_HIDE_EMAIL_SIGNUP = false;

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

    @Import(name = "hideEmailLogin")
    private @Nullable Output<Boolean> hideEmailLogin;

    @Import(name = "hideEmailSignup")
    private @Nullable Output<Boolean> hideEmailSignup;

    @Import(name = "agGridLicenseKey")
    private @Nullable Output<String> agGridLicenseKey;

    private ConsoleSettings() {
    }

    private ConsoleSettings(ConsoleSettings $) {
        this.taskCpu = $.taskCpu;
        this.taskMemory = $.taskMemory;
        this.desiredCount = $.desiredCount;
        this.minCount = $.minCount;
        this.maxCount = $.maxCount;
        this.cpuTargetPercent = $.cpuTargetPercent;
        this.memoryTargetPercent = $.memoryTargetPercent;
        this.hideEmailLogin = $.hideEmailLogin;
        this.hideEmailSignup = $.hideEmailSignup;
        this.agGridLicenseKey = $.agGridLicenseKey;
    }

    /**
     * Task CPU units (stack config {@code consoleTaskCpu}).
     * <p>Default: {@value #DEFAULT_TASK_CPU}.
     */
    public Output<Integer> taskCpu() {
        return taskCpu == null ? Output.of(DEFAULT_TASK_CPU) : taskCpu;
    }

    /**
     * Task memory in MiB (stack config {@code consoleTaskMemory}).
     * <p>Default: {@value #DEFAULT_TASK_MEMORY}.
     */
    public Output<Integer> taskMemory() {
        return taskMemory == null ? Output.of(DEFAULT_TASK_MEMORY) : taskMemory;
    }

    /**
     * Tasks started when the service is created (stack config {@code consoleDesiredNumberTasks}).
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
     * {@code PULUMI_HIDE_EMAIL_LOGIN}: hide the email/password login form.
     * <p>Default: {@value #DEFAULT_HIDE_EMAIL_LOGIN}.
     */
    public Output<Boolean> hideEmailLogin() {
        return hideEmailLogin == null ? Output.of(DEFAULT_HIDE_EMAIL_LOGIN) : hideEmailLogin;
    }

    /**
     * {@code PULUMI_HIDE_EMAIL_SIGNUP}: hide the email sign-up form.
     * <p>Default: {@value #DEFAULT_HIDE_EMAIL_SIGNUP}.
     */
    public Output<Boolean> hideEmailSignup() {
        return hideEmailSignup == null ? Output.of(DEFAULT_HIDE_EMAIL_SIGNUP) : hideEmailSignup;
    }

    /**
     * {@code AG_GRID_LICENSE_KEY}, passed as an ECS secret.
     */
    public Optional<Output<String>> agGridLicenseKey() {
        return Optional.ofNullable(agGridLicenseKey);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ConsoleSettings defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ConsoleSettings}. */
    public static final class Builder {
        private final ConsoleSettings $;

        public Builder() {
            $ = new ConsoleSettings();
        }

        public Builder(ConsoleSettings defaults) {
            $ = new ConsoleSettings(defaults);
        }

        /** @see ConsoleSettings#taskCpu() */
        public Builder taskCpu(@Nullable Output<Integer> taskCpu) {
            $.taskCpu = taskCpu;
            return this;
        }

        /** @see ConsoleSettings#taskCpu() */
        public Builder taskCpu(int taskCpu) {
            return taskCpu(Output.of(taskCpu));
        }

        /** @see ConsoleSettings#taskMemory() */
        public Builder taskMemory(@Nullable Output<Integer> taskMemory) {
            $.taskMemory = taskMemory;
            return this;
        }

        /** @see ConsoleSettings#taskMemory() */
        public Builder taskMemory(int taskMemory) {
            return taskMemory(Output.of(taskMemory));
        }

        /** @see ConsoleSettings#desiredCount() */
        public Builder desiredCount(@Nullable Output<Integer> desiredCount) {
            $.desiredCount = desiredCount;
            return this;
        }

        /** @see ConsoleSettings#desiredCount() */
        public Builder desiredCount(int desiredCount) {
            return desiredCount(Output.of(desiredCount));
        }

        /** @see ConsoleSettings#minCount() */
        public Builder minCount(@Nullable Output<Integer> minCount) {
            $.minCount = minCount;
            return this;
        }

        /** @see ConsoleSettings#minCount() */
        public Builder minCount(int minCount) {
            return minCount(Output.of(minCount));
        }

        /** @see ConsoleSettings#maxCount() */
        public Builder maxCount(@Nullable Output<Integer> maxCount) {
            $.maxCount = maxCount;
            return this;
        }

        /** @see ConsoleSettings#maxCount() */
        public Builder maxCount(int maxCount) {
            return maxCount(Output.of(maxCount));
        }

        /** @see ConsoleSettings#cpuTargetPercent() */
        public Builder cpuTargetPercent(@Nullable Output<Integer> cpuTargetPercent) {
            $.cpuTargetPercent = cpuTargetPercent;
            return this;
        }

        /** @see ConsoleSettings#cpuTargetPercent() */
        public Builder cpuTargetPercent(int cpuTargetPercent) {
            return cpuTargetPercent(Output.of(cpuTargetPercent));
        }

        /** @see ConsoleSettings#memoryTargetPercent() */
        public Builder memoryTargetPercent(@Nullable Output<Integer> memoryTargetPercent) {
            $.memoryTargetPercent = memoryTargetPercent;
            return this;
        }

        /** @see ConsoleSettings#memoryTargetPercent() */
        public Builder memoryTargetPercent(int memoryTargetPercent) {
            return memoryTargetPercent(Output.of(memoryTargetPercent));
        }

        /** @see ConsoleSettings#hideEmailLogin() */
        public Builder hideEmailLogin(@Nullable Output<Boolean> hideEmailLogin) {
            $.hideEmailLogin = hideEmailLogin;
            return this;
        }

        /** @see ConsoleSettings#hideEmailLogin() */
        public Builder hideEmailLogin(boolean hideEmailLogin) {
            return hideEmailLogin(Output.of(hideEmailLogin));
        }

        /** @see ConsoleSettings#hideEmailSignup() */
        public Builder hideEmailSignup(@Nullable Output<Boolean> hideEmailSignup) {
            $.hideEmailSignup = hideEmailSignup;
            return this;
        }

        /** @see ConsoleSettings#hideEmailSignup() */
        public Builder hideEmailSignup(boolean hideEmailSignup) {
            return hideEmailSignup(Output.of(hideEmailSignup));
        }

        /** @see ConsoleSettings#agGridLicenseKey() */
        public Builder agGridLicenseKey(@Nullable Output<String> agGridLicenseKey) {
            $.agGridLicenseKey = agGridLicenseKey == null ? null : agGridLicenseKey.asSecret();
            return this;
        }

        /** @see ConsoleSettings#agGridLicenseKey() */
        public Builder agGridLicenseKey(String agGridLicenseKey) {
            return agGridLicenseKey(Output.ofSecret(agGridLicenseKey));
        }

        /** Checks required properties and returns an immutable {@link ConsoleSettings}. */
        public ConsoleSettings build() {
            return new ConsoleSettings($);
        }
    }
}
