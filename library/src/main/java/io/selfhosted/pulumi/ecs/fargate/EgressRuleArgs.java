package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Outbound traffic a service's tasks may send: to a CIDR block, or to a managed prefix list (such as
 * the one of an S3 gateway endpoint). Exactly one of the two.
 */
public final class EgressRuleArgs extends ResourceArgs {

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "port", required = true)
    private Output<Integer> port;

    @Import(name = "cidr")
    private @Nullable Output<String> cidr;

    @Import(name = "prefixListId")
    private @Nullable Output<String> prefixListId;

    @Import(name = "description", required = true)
    private Output<String> description;

    private EgressRuleArgs() {
    }

    private EgressRuleArgs(EgressRuleArgs $) {
        this.name = $.name;
        this.port = $.port;
        this.cidr = $.cidr;
        this.prefixListId = $.prefixListId;
        this.description = $.description;
    }

    /**
     * Names the rule's resource ({@code <task>-egress-<name>}): give one when the destination is known only at
     * deployment (a looked-up CIDR or prefix list), so that the name never depends on when it is known.
     * <p>Default: the port and the destination, e.g. {@code 443-0-0-0-0-0}.
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The TCP port. Required.
     */
    public Output<Integer> port() {
        return port;
    }

    /**
     * The destination IPv4 CIDR block.
     * <p>Default: none; give this or {@link #prefixListId()}.
     */
    public Optional<Output<String>> cidr() {
        return Optional.ofNullable(cidr);
    }

    /**
     * The destination managed prefix list, e.g. {@code pl-63a5400a} (S3's, for its gateway endpoint).
     * <p>Default: none; give this or {@link #cidr()}.
     */
    public Optional<Output<String>> prefixListId() {
        return Optional.ofNullable(prefixListId);
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

        /** @see EgressRuleArgs#name() */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see EgressRuleArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
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
        public Builder cidr(@Nullable Output<String> cidr) {
            $.cidr = cidr;
            return this;
        }

        /** @see EgressRuleArgs#cidr() */
        public Builder cidr(String cidr) {
            return cidr(Output.of(cidr));
        }

        /** @see EgressRuleArgs#prefixListId() */
        public Builder prefixListId(@Nullable Output<String> prefixListId) {
            $.prefixListId = prefixListId;
            return this;
        }

        /** @see EgressRuleArgs#prefixListId() */
        public Builder prefixListId(String prefixListId) {
            return prefixListId(Output.of(prefixListId));
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
