package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The size and scaling of one service's tasks: CPU and memory (a valid Fargate pair), the task
 * count at creation and the autoscaling bounds and targets. Each service states its own defaults
 * for what is left unset ({@code ApiDefaults}, {@code ConsoleDefaults}).
 */
public final class TaskSizingArgs extends ResourceArgs {

    @Import(name = "cpu")
    private @Nullable Output<Integer> cpu;

    @Import(name = "memory")
    private @Nullable Output<Integer> memory;

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

    private TaskSizingArgs() {
    }

    private TaskSizingArgs(TaskSizingArgs $) {
        this.cpu = $.cpu;
        this.memory = $.memory;
        this.desiredCount = $.desiredCount;
        this.minCount = $.minCount;
        this.maxCount = $.maxCount;
        this.cpuTargetPercent = $.cpuTargetPercent;
        this.memoryTargetPercent = $.memoryTargetPercent;
    }

    /**
     * Task CPU units (256, 512, 1024, 2048, 4096, 8192 or 16384), a valid Fargate pair with {@link
     * #memory()}.
     */
    public Optional<Output<Integer>> cpu() {
        return Optional.ofNullable(cpu);
    }

    /**
     * Task memory in MiB.
     */
    public Optional<Output<Integer>> memory() {
        return Optional.ofNullable(memory);
    }

    /**
     * Tasks started when the service is created; afterwards autoscaling owns the count and later
     * runs do not reset it. Within {@link #minCount()}..{@link #maxCount()}.
     */
    public Optional<Output<Integer>> desiredCount() {
        return Optional.ofNullable(desiredCount);
    }

    /**
     * The fewest tasks autoscaling keeps (at least 1; 2 or more spreads them over zones).
     */
    public Optional<Output<Integer>> minCount() {
        return Optional.ofNullable(minCount);
    }

    /**
     * The most tasks autoscaling starts.
     */
    public Optional<Output<Integer>> maxCount() {
        return Optional.ofNullable(maxCount);
    }

    /**
     * Average CPU utilisation autoscaling aims at (10-90).
     */
    public Optional<Output<Integer>> cpuTargetPercent() {
        return Optional.ofNullable(cpuTargetPercent);
    }

    /**
     * Average memory utilisation autoscaling aims at (10-90).
     */
    public Optional<Output<Integer>> memoryTargetPercent() {
        return Optional.ofNullable(memoryTargetPercent);
    }

    /** Whether every value is set. */
    public boolean isComplete() {
        return cpu != null && memory != null && desiredCount != null && minCount != null && maxCount != null
                && cpuTargetPercent != null && memoryTargetPercent != null;
    }

    /**
     * These values, each one that is unset taken from {@code defaults}; this instance itself when
     * nothing is unset. An unset desired count is the default moved into the autoscaling bounds
     * that are set, so that it never contradicts a minimum or maximum the user chose.
     */
    public TaskSizingArgs withDefaults(TaskSizingArgs defaults) {
        if (isComplete()) {
            return this;
        }
        var merged = new TaskSizingArgs(this);
        merged.cpu = cpu == null ? defaults.cpu : cpu;
        merged.memory = memory == null ? defaults.memory : memory;
        merged.minCount = minCount == null ? defaults.minCount : minCount;
        merged.maxCount = maxCount == null ? defaults.maxCount : maxCount;
        merged.desiredCount = desiredCount != null || defaults.desiredCount == null ? (desiredCount == null ? defaults.desiredCount : desiredCount)
                : Output.tuple(defaults.desiredCount, orDefault(merged.minCount), orDefault(merged.maxCount))
                        .applyValue(t -> Math.max(t.t2 == null ? t.t1 : t.t2, Math.min(t.t1, t.t3 == null ? t.t1 : t.t3)));
        merged.cpuTargetPercent = cpuTargetPercent == null ? defaults.cpuTargetPercent : cpuTargetPercent;
        merged.memoryTargetPercent = memoryTargetPercent == null ? defaults.memoryTargetPercent : memoryTargetPercent;
        return merged;
    }

    private static Output<Integer> orDefault(@Nullable Output<Integer> value) {
        return value == null ? Output.ofNullable(null) : value;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> FargateValidation.sizing(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(TaskSizingArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link TaskSizingArgs}. */
    public static final class Builder {
        private final TaskSizingArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new TaskSizingArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(TaskSizingArgs defaults) {
            $ = new TaskSizingArgs(defaults);
        }

        /** @see TaskSizingArgs#cpu() */
        public Builder cpu(@Nullable Output<Integer> cpu) {
            $.cpu = cpu;
            return this;
        }

        /** @see TaskSizingArgs#cpu() */
        public Builder cpu(int cpu) {
            return cpu(Output.of(cpu));
        }

        /** @see TaskSizingArgs#memory() */
        public Builder memory(@Nullable Output<Integer> memory) {
            $.memory = memory;
            return this;
        }

        /** @see TaskSizingArgs#memory() */
        public Builder memory(int memory) {
            return memory(Output.of(memory));
        }

        /** @see TaskSizingArgs#desiredCount() */
        public Builder desiredCount(@Nullable Output<Integer> desiredCount) {
            $.desiredCount = desiredCount;
            return this;
        }

        /** @see TaskSizingArgs#desiredCount() */
        public Builder desiredCount(int desiredCount) {
            return desiredCount(Output.of(desiredCount));
        }

        /** @see TaskSizingArgs#minCount() */
        public Builder minCount(@Nullable Output<Integer> minCount) {
            $.minCount = minCount;
            return this;
        }

        /** @see TaskSizingArgs#minCount() */
        public Builder minCount(int minCount) {
            return minCount(Output.of(minCount));
        }

        /** @see TaskSizingArgs#maxCount() */
        public Builder maxCount(@Nullable Output<Integer> maxCount) {
            $.maxCount = maxCount;
            return this;
        }

        /** @see TaskSizingArgs#maxCount() */
        public Builder maxCount(int maxCount) {
            return maxCount(Output.of(maxCount));
        }

        /** @see TaskSizingArgs#cpuTargetPercent() */
        public Builder cpuTargetPercent(@Nullable Output<Integer> cpuTargetPercent) {
            $.cpuTargetPercent = cpuTargetPercent;
            return this;
        }

        /** @see TaskSizingArgs#cpuTargetPercent() */
        public Builder cpuTargetPercent(int cpuTargetPercent) {
            return cpuTargetPercent(Output.of(cpuTargetPercent));
        }

        /** @see TaskSizingArgs#memoryTargetPercent() */
        public Builder memoryTargetPercent(@Nullable Output<Integer> memoryTargetPercent) {
            $.memoryTargetPercent = memoryTargetPercent;
            return this;
        }

        /** @see TaskSizingArgs#memoryTargetPercent() */
        public Builder memoryTargetPercent(int memoryTargetPercent) {
            return memoryTargetPercent(Output.of(memoryTargetPercent));
        }

        /**
         * An immutable {@link TaskSizingArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public TaskSizingArgs build() {
            return new TaskSizingArgs($);
        }
    }
}
