package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * A plain environment variable of a container. Never put a credential here: use {@link
 * ContainerSecretArgs}.
 */
public final class EnvironmentVariableArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "value", required = true)
    private Output<String> value;

    private EnvironmentVariableArgs() {
    }

    private EnvironmentVariableArgs(EnvironmentVariableArgs $) {
        this.name = $.name;
        this.value = $.value;
    }

    /**
     * The variable name. Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The variable value. Required.
     */
    public Output<String> value() {
        return value;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(EnvironmentVariableArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link EnvironmentVariableArgs}. */
    public static final class Builder {
        private final EnvironmentVariableArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new EnvironmentVariableArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(EnvironmentVariableArgs defaults) {
            $ = new EnvironmentVariableArgs(defaults);
        }

        /** @see EnvironmentVariableArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see EnvironmentVariableArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see EnvironmentVariableArgs#value() */
        public Builder value(Output<String> value) {
            $.value = value;
            return this;
        }

        /** @see EnvironmentVariableArgs#value() */
        public Builder value(String value) {
            return value(Output.of(value));
        }

        /**
         * An immutable {@link EnvironmentVariableArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public EnvironmentVariableArgs build() {
            return new EnvironmentVariableArgs($);
        }
    }
}
