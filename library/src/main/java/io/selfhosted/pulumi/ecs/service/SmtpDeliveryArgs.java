package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * How the API sends email: the user's SMTP settings, with the password as the secret that holds it.
 * All four values are needed together.
 */
public final class SmtpDeliveryArgs extends ResourceArgs {

    @Import(name = "server", required = true)
    private Output<String> server;

    @Import(name = "username", required = true)
    private Output<String> username;

    @Import(name = "genericSender", required = true)
    private Output<String> genericSender;

    @Import(name = "passwordSecret", required = true)
    private Output<String> passwordSecret;

    private SmtpDeliveryArgs() {
    }

    private SmtpDeliveryArgs(SmtpDeliveryArgs $) {
        this.server = $.server;
        this.username = $.username;
        this.genericSender = $.genericSender;
        this.passwordSecret = $.passwordSecret;
    }

    /**
     * {@code SMTP_SERVER}: {@code host:port}. Required.
     */
    public Output<String> server() {
        return server;
    }

    /**
     * {@code SMTP_USERNAME}. Required.
     */
    public Output<String> username() {
        return username;
    }

    /**
     * {@code SMTP_GENERIC_SENDER}: the From address. Required.
     */
    public Output<String> genericSender() {
        return genericSender;
    }

    /**
     * The secret holding {@code SMTP_PASSWORD}, as an ECS {@code valueFrom}: its ARN, or one
     * version of it ({@code <ARN>:::<version id>}), which makes a new value restart the tasks.
     * Required.
     */
    public Output<String> passwordSecret() {
        return passwordSecret;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SmtpDeliveryArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SmtpDeliveryArgs}. */
    public static final class Builder {
        private final SmtpDeliveryArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SmtpDeliveryArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SmtpDeliveryArgs defaults) {
            $ = new SmtpDeliveryArgs(defaults);
        }

        /** @see SmtpDeliveryArgs#server() */
        public Builder server(Output<String> server) {
            $.server = server;
            return this;
        }

        /** @see SmtpDeliveryArgs#server() */
        public Builder server(String server) {
            return server(Output.of(server));
        }

        /** @see SmtpDeliveryArgs#username() */
        public Builder username(Output<String> username) {
            $.username = username;
            return this;
        }

        /** @see SmtpDeliveryArgs#username() */
        public Builder username(String username) {
            return username(Output.of(username));
        }

        /** @see SmtpDeliveryArgs#genericSender() */
        public Builder genericSender(Output<String> genericSender) {
            $.genericSender = genericSender;
            return this;
        }

        /** @see SmtpDeliveryArgs#genericSender() */
        public Builder genericSender(String genericSender) {
            return genericSender(Output.of(genericSender));
        }

        /** @see SmtpDeliveryArgs#passwordSecret() */
        public Builder passwordSecret(Output<String> passwordSecret) {
            $.passwordSecret = passwordSecret;
            return this;
        }

        /** @see SmtpDeliveryArgs#passwordSecret() */
        public Builder passwordSecret(String passwordSecret) {
            return passwordSecret(Output.of(passwordSecret));
        }

        /**
         * An immutable {@link SmtpDeliveryArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SmtpDeliveryArgs build() {
            return new SmtpDeliveryArgs($);
        }
    }
}
