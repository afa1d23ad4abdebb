package io.selfhosted.pulumi.ecs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * One resource tag. Tags are given as a list of key/value pairs (not a map) so the Args stay
 * servable to every Pulumi language.
 */
public final class TagArgs extends ResourceArgs {

    @Import(name = "key", required = true)
    private Output<String> key;

    @Import(name = "value", required = true)
    private Output<String> value;

    private TagArgs() {
    }

    private TagArgs(TagArgs $) {
        this.key = $.key;
        this.value = $.value;
    }

    /**
     * The tag key, at most 128 characters, not starting with {@code aws:}. Required.
     */
    public Output<String> key() {
        return key;
    }

    /**
     * The tag value, at most 256 characters. Required.
     */
    public Output<String> value() {
        return value;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(TagArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link TagArgs}. */
    public static final class Builder {
        private final TagArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new TagArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(TagArgs defaults) {
            $ = new TagArgs(defaults);
        }

        /** @see TagArgs#key() */
        public Builder key(Output<String> key) {
            $.key = key;
            return this;
        }

        /** @see TagArgs#key() */
        public Builder key(String key) {
            return key(Output.of(key));
        }

        /** @see TagArgs#value() */
        public Builder value(Output<String> value) {
            $.value = value;
            return this;
        }

        /** @see TagArgs#value() */
        public Builder value(String value) {
            return value(Output.of(value));
        }

        /**
         * An immutable {@link TagArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public TagArgs build() {
            return new TagArgs($);
        }
    }
}
