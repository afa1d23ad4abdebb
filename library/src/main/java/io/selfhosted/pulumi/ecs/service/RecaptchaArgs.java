package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;

/**
 * Bot protection of the sign-up and login forms (Cloudflare Turnstile; the variables keep their
 * reCAPTCHA names). Both values are needed together.
 */
public final class RecaptchaArgs extends ResourceArgs {

    @Import(name = "siteKey", required = true)
    private Output<String> siteKey;

    @Import(name = "secretKey", required = true)
    private Output<String> secretKey;

    private RecaptchaArgs() {
    }

    private RecaptchaArgs(RecaptchaArgs $) {
        this.siteKey = $.siteKey;
        this.secretKey = $.secretKey;
    }

    /**
     * {@code RECAPTCHA_SITE_KEY} of the Console. Required.
     */
    public Output<String> siteKey() {
        return siteKey;
    }

    /**
     * {@code RECAPTCHA_SECRET_KEY} of the API, passed as an ECS secret. Required.
     */
    public Output<String> secretKey() {
        return secretKey;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> ServiceValidation.recaptcha(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(RecaptchaArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link RecaptchaArgs}. */
    public static final class Builder {
        private final RecaptchaArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new RecaptchaArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(RecaptchaArgs defaults) {
            $ = new RecaptchaArgs(defaults);
        }

        /** @see RecaptchaArgs#siteKey() */
        public Builder siteKey(Output<String> siteKey) {
            $.siteKey = siteKey;
            return this;
        }

        /** @see RecaptchaArgs#siteKey() */
        public Builder siteKey(String siteKey) {
            return siteKey(Output.of(siteKey));
        }

        /** @see RecaptchaArgs#secretKey() */
        public Builder secretKey(Output<String> secretKey) {
            $.secretKey = secretKey == null ? null : secretKey.asSecret();
            return this;
        }

        /** @see RecaptchaArgs#secretKey() */
        public Builder secretKey(String secretKey) {
            return secretKey(Output.ofSecret(secretKey));
        }

        /**
         * An immutable {@link RecaptchaArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public RecaptchaArgs build() {
            return new RecaptchaArgs($);
        }
    }
}
