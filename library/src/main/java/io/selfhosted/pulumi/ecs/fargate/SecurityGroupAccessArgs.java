package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * Access from a service's tasks to another security group on one TCP port.
 */
public final class SecurityGroupAccessArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "securityGroupId", required = true)
    private Output<String> securityGroupId;

    @Import(name = "port", required = true)
    private Output<Integer> port;

    @Import(name = "description", required = true)
    private Output<String> description;

    private SecurityGroupAccessArgs() {
    }

    private SecurityGroupAccessArgs(SecurityGroupAccessArgs $) {
        this.name = $.name;
        this.securityGroupId = $.securityGroupId;
        this.port = $.port;
        this.description = $.description;
    }

    /**
     * A short name for the rule pair, e.g. {@code database}; it names the rules' resources.
     * Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The security group reached. Required.
     */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /**
     * The TCP port. Required.
     */
    public Output<Integer> port() {
        return port;
    }

    /**
     * Why the traffic is needed (AWS allows letters, digits, spaces and {@code
     * ._-:/()#,@[]+=;{}!$*}). Required.
     */
    public Output<String> description() {
        return description;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SecurityGroupAccessArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SecurityGroupAccessArgs}. */
    public static final class Builder {
        private final SecurityGroupAccessArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SecurityGroupAccessArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SecurityGroupAccessArgs defaults) {
            $ = new SecurityGroupAccessArgs(defaults);
        }

        /** @see SecurityGroupAccessArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see SecurityGroupAccessArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see SecurityGroupAccessArgs#securityGroupId() */
        public Builder securityGroupId(Output<String> securityGroupId) {
            $.securityGroupId = securityGroupId;
            return this;
        }

        /** @see SecurityGroupAccessArgs#securityGroupId() */
        public Builder securityGroupId(String securityGroupId) {
            return securityGroupId(Output.of(securityGroupId));
        }

        /** @see SecurityGroupAccessArgs#port() */
        public Builder port(Output<Integer> port) {
            $.port = port;
            return this;
        }

        /** @see SecurityGroupAccessArgs#port() */
        public Builder port(int port) {
            return port(Output.of(port));
        }

        /** @see SecurityGroupAccessArgs#description() */
        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        /** @see SecurityGroupAccessArgs#description() */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * An immutable {@link SecurityGroupAccessArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SecurityGroupAccessArgs build() {
            return new SecurityGroupAccessArgs($);
        }
    }
}
