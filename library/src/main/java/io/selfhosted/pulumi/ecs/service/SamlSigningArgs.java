package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * How the API signs SAML requests: the certificate, with the private key as the secret that holds
 * it. Both values are needed together.
 */
public final class SamlSigningArgs extends ResourceArgs {

    @Import(name = "certificatePublicKey", required = true)
    private Output<String> certificatePublicKey;

    @Import(name = "privateKeySecret", required = true)
    private Output<String> privateKeySecret;

    private SamlSigningArgs() {
    }

    private SamlSigningArgs(SamlSigningArgs $) {
        this.certificatePublicKey = $.certificatePublicKey;
        this.privateKeySecret = $.privateKeySecret;
    }

    /**
     * {@code SAML_CERTIFICATE_PUBLIC_KEY}: the PEM certificate. Required.
     */
    public Output<String> certificatePublicKey() {
        return certificatePublicKey;
    }

    /**
     * The secret holding {@code SAML_CERTIFICATE_PRIVATE_KEY}, as an ECS {@code valueFrom}: its
     * ARN, or one version of it ({@code <ARN>:::<version id>}), which makes a new value restart the
     * tasks. Required.
     */
    public Output<String> privateKeySecret() {
        return privateKeySecret;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SamlSigningArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SamlSigningArgs}. */
    public static final class Builder {
        private final SamlSigningArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SamlSigningArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SamlSigningArgs defaults) {
            $ = new SamlSigningArgs(defaults);
        }

        /** @see SamlSigningArgs#certificatePublicKey() */
        public Builder certificatePublicKey(Output<String> certificatePublicKey) {
            $.certificatePublicKey = certificatePublicKey;
            return this;
        }

        /** @see SamlSigningArgs#certificatePublicKey() */
        public Builder certificatePublicKey(String certificatePublicKey) {
            return certificatePublicKey(Output.of(certificatePublicKey));
        }

        /** @see SamlSigningArgs#privateKeySecret() */
        public Builder privateKeySecret(Output<String> privateKeySecret) {
            $.privateKeySecret = privateKeySecret;
            return this;
        }

        /** @see SamlSigningArgs#privateKeySecret() */
        public Builder privateKeySecret(String privateKeySecret) {
            return privateKeySecret(Output.of(privateKeySecret));
        }

        /**
         * An immutable {@link SamlSigningArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SamlSigningArgs build() {
            return new SamlSigningArgs($);
        }
    }
}
