package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * A login to a container registry other than ECR, which ECS uses to pull the images.
 */
public final class RegistryCredentialsArgs extends ResourceArgs {

    @Import(name = "username", required = true)
    private Output<String> username;

    @Import(name = "password", required = true)
    private Output<String> password;

    private RegistryCredentialsArgs() {
    }

    private RegistryCredentialsArgs(RegistryCredentialsArgs $) {
        this.username = $.username;
        this.password = $.password;
    }

    /**
     * The user name, e.g. a Docker Hub account. Required.
     */
    public Output<String> username() {
        return username;
    }

    /**
     * The password or, better, an access token with read-only scope (a secret). Required.
     */
    public Output<String> password() {
        return password;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(RegistryCredentialsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link RegistryCredentialsArgs}. */
    public static final class Builder {
        private final RegistryCredentialsArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new RegistryCredentialsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(RegistryCredentialsArgs defaults) {
            $ = new RegistryCredentialsArgs(defaults);
        }

        /** @see RegistryCredentialsArgs#username() */
        public Builder username(Output<String> username) {
            $.username = username;
            return this;
        }

        /** @see RegistryCredentialsArgs#username() */
        public Builder username(String username) {
            return username(Output.of(username));
        }

        /** @see RegistryCredentialsArgs#password() */
        public Builder password(Output<String> password) {
            $.password = password == null ? null : password.asSecret();
            return this;
        }

        /** @see RegistryCredentialsArgs#password() */
        public Builder password(String password) {
            return password(Output.ofSecret(password));
        }

        /**
         * An immutable {@link RegistryCredentialsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public RegistryCredentialsArgs build() {
            return new RegistryCredentialsArgs($);
        }
    }
}
