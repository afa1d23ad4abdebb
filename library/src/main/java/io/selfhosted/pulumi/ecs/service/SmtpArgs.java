package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;

/**
 * Email delivery through an SMTP server. All four values are needed together.
 */
public final class SmtpArgs extends ResourceArgs {

    @Import(name = "server", required = true)
    private Output<String> server;

    @Import(name = "username", required = true)
    private Output<String> username;

    @Import(name = "password", required = true)
    private Output<String> password;

    @Import(name = "genericSender", required = true)
    private Output<String> genericSender;

    private SmtpArgs() {
    }

    private SmtpArgs(SmtpArgs $) {
        this.server = $.server;
        this.username = $.username;
        this.password = $.password;
        this.genericSender = $.genericSender;
    }

    /**
     * {@code SMTP_SERVER}: {@code host:port}, e.g. {@code email-smtp.us-east-1.amazonaws.com:587}.
     * Required.
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
     * {@code SMTP_PASSWORD}, passed as an ECS secret. Required.
     */
    public Output<String> password() {
        return password;
    }

    /**
     * {@code SMTP_GENERIC_SENDER}: the From address, e.g. {@code pulumi@example.com}. Required.
     */
    public Output<String> genericSender() {
        return genericSender;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> ServiceValidation.smtp(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SmtpArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SmtpArgs}. */
    public static final class Builder {
        private final SmtpArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SmtpArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SmtpArgs defaults) {
            $ = new SmtpArgs(defaults);
        }

        /** @see SmtpArgs#server() */
        public Builder server(Output<String> server) {
            $.server = server;
            return this;
        }

        /** @see SmtpArgs#server() */
        public Builder server(String server) {
            return server(Output.of(server));
        }

        /** @see SmtpArgs#username() */
        public Builder username(Output<String> username) {
            $.username = username;
            return this;
        }

        /** @see SmtpArgs#username() */
        public Builder username(String username) {
            return username(Output.of(username));
        }

        /** @see SmtpArgs#password() */
        public Builder password(Output<String> password) {
            $.password = password == null ? null : password.asSecret();
            return this;
        }

        /** @see SmtpArgs#password() */
        public Builder password(String password) {
            return password(Output.ofSecret(password));
        }

        /** @see SmtpArgs#genericSender() */
        public Builder genericSender(Output<String> genericSender) {
            $.genericSender = genericSender;
            return this;
        }

        /** @see SmtpArgs#genericSender() */
        public Builder genericSender(String genericSender) {
            return genericSender(Output.of(genericSender));
        }

        /**
         * An immutable {@link SmtpArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SmtpArgs build() {
            return new SmtpArgs($);
        }
    }
}
