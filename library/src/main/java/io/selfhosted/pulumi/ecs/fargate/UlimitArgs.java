package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * A Linux resource limit of a container.
 */
public final class UlimitArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "softLimit", required = true)
    private Output<Integer> softLimit;

    @Import(name = "hardLimit", required = true)
    private Output<Integer> hardLimit;

    private UlimitArgs() {
    }

    private UlimitArgs(UlimitArgs $) {
        this.name = $.name;
        this.softLimit = $.softLimit;
        this.hardLimit = $.hardLimit;
    }

    /**
     * The limit, e.g. {@code nofile}. Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The soft limit. Required.
     */
    public Output<Integer> softLimit() {
        return softLimit;
    }

    /**
     * The hard limit. Required.
     */
    public Output<Integer> hardLimit() {
        return hardLimit;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(UlimitArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link UlimitArgs}. */
    public static final class Builder {
        private final UlimitArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new UlimitArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(UlimitArgs defaults) {
            $ = new UlimitArgs(defaults);
        }

        /** @see UlimitArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see UlimitArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see UlimitArgs#softLimit() */
        public Builder softLimit(Output<Integer> softLimit) {
            $.softLimit = softLimit;
            return this;
        }

        /** @see UlimitArgs#softLimit() */
        public Builder softLimit(int softLimit) {
            return softLimit(Output.of(softLimit));
        }

        /** @see UlimitArgs#hardLimit() */
        public Builder hardLimit(Output<Integer> hardLimit) {
            $.hardLimit = hardLimit;
            return this;
        }

        /** @see UlimitArgs#hardLimit() */
        public Builder hardLimit(int hardLimit) {
            return hardLimit(Output.of(hardLimit));
        }

        /**
         * An immutable {@link UlimitArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public UlimitArgs build() {
            return new UlimitArgs($);
        }
    }
}
