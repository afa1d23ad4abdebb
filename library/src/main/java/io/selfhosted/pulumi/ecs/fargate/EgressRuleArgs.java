package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * Outbound traffic a service's tasks may send to a CIDR block.
 */
public final class EgressRuleArgs extends ResourceArgs {

    @Import(name = "port", required = true)
    private Output<Integer> port;

    @Import(name = "cidr", required = true)
    private Output<String> cidr;

    @Import(name = "description", required = true)
    private Output<String> description;

    private EgressRuleArgs() {
    }

    private EgressRuleArgs(EgressRuleArgs $) {
        this.port = $.port;
        this.cidr = $.cidr;
        this.description = $.description;
    }

    /**
     * The TCP port. Required.
     */
    public Output<Integer> port() {
        return port;
    }

    /**
     * The destination IPv4 CIDR block. Required.
     */
    public Output<String> cidr() {
        return cidr;
    }

    /**
     * Why the traffic is needed. Required.
     */
    public Output<String> description() {
        return description;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(EgressRuleArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link EgressRuleArgs}. */
    public static final class Builder {
        private final EgressRuleArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new EgressRuleArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(EgressRuleArgs defaults) {
            $ = new EgressRuleArgs(defaults);
        }

        /** @see EgressRuleArgs#port() */
        public Builder port(Output<Integer> port) {
            $.port = port;
            return this;
        }

        /** @see EgressRuleArgs#port() */
        public Builder port(int port) {
            return port(Output.of(port));
        }

        /** @see EgressRuleArgs#cidr() */
        public Builder cidr(Output<String> cidr) {
            $.cidr = cidr;
            return this;
        }

        /** @see EgressRuleArgs#cidr() */
        public Builder cidr(String cidr) {
            return cidr(Output.of(cidr));
        }

        /** @see EgressRuleArgs#description() */
        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        /** @see EgressRuleArgs#description() */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * An immutable {@link EgressRuleArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public EgressRuleArgs build() {
            return new EgressRuleArgs($);
        }
    }
}
