package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;

/**
 * The certificate the service signs SAML requests with. Both values are needed together; the
 * Console then offers SAML SSO.
 */
public final class SamlArgs extends ResourceArgs {

    @Import(name = "certificatePublicKey", required = true)
    private Output<String> certificatePublicKey;

    @Import(name = "certificatePrivateKey", required = true)
    private Output<String> certificatePrivateKey;

    private SamlArgs() {
    }

    private SamlArgs(SamlArgs $) {
        this.certificatePublicKey = $.certificatePublicKey;
        this.certificatePrivateKey = $.certificatePrivateKey;
    }

    /**
     * {@code SAML_CERTIFICATE_PUBLIC_KEY}: the PEM certificate. Required.
     */
    public Output<String> certificatePublicKey() {
        return certificatePublicKey;
    }

    /**
     * {@code SAML_CERTIFICATE_PRIVATE_KEY}: the PEM private key, passed as an ECS secret. Required.
     */
    public Output<String> certificatePrivateKey() {
        return certificatePrivateKey;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> ServiceValidation.saml(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SamlArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SamlArgs}. */
    public static final class Builder {
        private final SamlArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SamlArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SamlArgs defaults) {
            $ = new SamlArgs(defaults);
        }

        /** @see SamlArgs#certificatePublicKey() */
        public Builder certificatePublicKey(Output<String> certificatePublicKey) {
            $.certificatePublicKey = certificatePublicKey;
            return this;
        }

        /** @see SamlArgs#certificatePublicKey() */
        public Builder certificatePublicKey(String certificatePublicKey) {
            return certificatePublicKey(Output.of(certificatePublicKey));
        }

        /** @see SamlArgs#certificatePrivateKey() */
        public Builder certificatePrivateKey(Output<String> certificatePrivateKey) {
            $.certificatePrivateKey = certificatePrivateKey == null ? null : certificatePrivateKey.asSecret();
            return this;
        }

        /** @see SamlArgs#certificatePrivateKey() */
        public Builder certificatePrivateKey(String certificatePrivateKey) {
            return certificatePrivateKey(Output.ofSecret(certificatePrivateKey));
        }

        /**
         * An immutable {@link SamlArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SamlArgs build() {
            return new SamlArgs($);
        }
    }
}
