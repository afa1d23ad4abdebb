package io.selfhosted.pulumi.ecs.secrets;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * One sensitive value to keep in a Secrets Manager secret of its own, encrypted with the service
 * key.
 */
public final class SecretValueArgs extends ResourceArgs {

    @Import(name = "key", required = true)
    private Output<String> key;

    @Import(name = "description", required = true)
    private Output<String> description;

    @Import(name = "value", required = true)
    private Output<String> value;

    private SecretValueArgs() {
    }

    private SecretValueArgs(SecretValueArgs $) {
        this.key = $.key;
        this.description = $.description;
        this.value = $.value;
    }

    /**
     * A short name of lowercase letters, digits and hyphens, e.g. {@code smtp-password}; it names
     * the secret's resources and looks up its ARN. Required.
     */
    public Output<String> key() {
        return key;
    }

    /**
     * What the value is, shown in Secrets Manager. Required.
     */
    public Output<String> description() {
        return description;
    }

    /**
     * The value; kept as a Pulumi secret. Required.
     */
    public Output<String> value() {
        return value;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SecretValueArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SecretValueArgs}. */
    public static final class Builder {
        private final SecretValueArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SecretValueArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SecretValueArgs defaults) {
            $ = new SecretValueArgs(defaults);
        }

        /** @see SecretValueArgs#key() */
        public Builder key(Output<String> key) {
            $.key = key;
            return this;
        }

        /** @see SecretValueArgs#key() */
        public Builder key(String key) {
            return key(Output.of(key));
        }

        /** @see SecretValueArgs#description() */
        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        /** @see SecretValueArgs#description() */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /** @see SecretValueArgs#value() */
        public Builder value(Output<String> value) {
            $.value = value == null ? null : value.asSecret();
            return this;
        }

        /** @see SecretValueArgs#value() */
        public Builder value(String value) {
            return value(Output.ofSecret(value));
        }

        /**
         * An immutable {@link SecretValueArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SecretValueArgs build() {
            return new SecretValueArgs($);
        }
    }
}
