package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * A container that must reach a state before another container starts.
 */
public final class ContainerDependencyArgs extends ResourceArgs {

    @Import(name = "containerName", required = true)
    private Output<String> containerName;

    @Import(name = "condition", required = true)
    private Output<String> condition;

    private ContainerDependencyArgs() {
    }

    private ContainerDependencyArgs(ContainerDependencyArgs $) {
        this.containerName = $.containerName;
        this.condition = $.condition;
    }

    /**
     * The container depended on. Required.
     */
    public Output<String> containerName() {
        return containerName;
    }

    /**
     * {@code START}, {@code COMPLETE}, {@code SUCCESS} (exited 0) or {@code HEALTHY}. Required.
     */
    public Output<String> condition() {
        return condition;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ContainerDependencyArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ContainerDependencyArgs}. */
    public static final class Builder {
        private final ContainerDependencyArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ContainerDependencyArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ContainerDependencyArgs defaults) {
            $ = new ContainerDependencyArgs(defaults);
        }

        /** @see ContainerDependencyArgs#containerName() */
        public Builder containerName(Output<String> containerName) {
            $.containerName = containerName;
            return this;
        }

        /** @see ContainerDependencyArgs#containerName() */
        public Builder containerName(String containerName) {
            return containerName(Output.of(containerName));
        }

        /** @see ContainerDependencyArgs#condition() */
        public Builder condition(Output<String> condition) {
            $.condition = condition;
            return this;
        }

        /** @see ContainerDependencyArgs#condition() */
        public Builder condition(String condition) {
            return condition(Output.of(condition));
        }

        /**
         * An immutable {@link ContainerDependencyArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ContainerDependencyArgs build() {
            return new ContainerDependencyArgs($);
        }
    }
}
