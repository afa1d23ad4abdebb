package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * An environment variable that ECS reads from Secrets Manager when the task starts, so the value
 * appears neither in the task definition nor in Pulumi state.
 */
public final class ContainerSecretArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "valueFrom", required = true)
    private Output<String> valueFrom;

    private ContainerSecretArgs() {
    }

    private ContainerSecretArgs(ContainerSecretArgs $) {
        this.name = $.name;
        this.valueFrom = $.valueFrom;
    }

    /**
     * The variable name. Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The secret's ARN, optionally followed by {@code :<json-key>::} to pick one key of a JSON
     * secret. Required.
     */
    public Output<String> valueFrom() {
        return valueFrom;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ContainerSecretArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ContainerSecretArgs}. */
    public static final class Builder {
        private final ContainerSecretArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ContainerSecretArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ContainerSecretArgs defaults) {
            $ = new ContainerSecretArgs(defaults);
        }

        /** @see ContainerSecretArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see ContainerSecretArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see ContainerSecretArgs#valueFrom() */
        public Builder valueFrom(Output<String> valueFrom) {
            $.valueFrom = valueFrom;
            return this;
        }

        /** @see ContainerSecretArgs#valueFrom() */
        public Builder valueFrom(String valueFrom) {
            return valueFrom(Output.of(valueFrom));
        }

        /**
         * An immutable {@link ContainerSecretArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ContainerSecretArgs build() {
            return new ContainerSecretArgs($);
        }
    }
}
