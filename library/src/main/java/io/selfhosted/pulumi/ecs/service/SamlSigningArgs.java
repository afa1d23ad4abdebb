package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

/**
 * How the API signs SAML requests: the certificate, with the private key as the secret that holds
 * it. Both values are needed together.
 */
public final class SamlSigningArgs extends ResourceArgs {

    @Import(name = "certificatePublicKey", required = true)
    private Output<String> certificatePublicKey;

    @Import(name = "privateKeySecretArn", required = true)
    private Output<String> privateKeySecretArn;

    private SamlSigningArgs() {
    }

    private SamlSigningArgs(SamlSigningArgs $) {
        this.certificatePublicKey = $.certificatePublicKey;
        this.privateKeySecretArn = $.privateKeySecretArn;
    }

    /**
     * {@code SAML_CERTIFICATE_PUBLIC_KEY}: the PEM certificate. Required.
     */
    public Output<String> certificatePublicKey() {
        return certificatePublicKey;
    }

    /**
     * The secret (ARN) holding {@code SAML_CERTIFICATE_PRIVATE_KEY}. Required.
     */
    public Output<String> privateKeySecretArn() {
        return privateKeySecretArn;
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

        /** @see SamlSigningArgs#privateKeySecretArn() */
        public Builder privateKeySecretArn(Output<String> privateKeySecretArn) {
            $.privateKeySecretArn = privateKeySecretArn;
            return this;
        }

        /** @see SamlSigningArgs#privateKeySecretArn() */
        public Builder privateKeySecretArn(String privateKeySecretArn) {
            return privateKeySecretArn(Output.of(privateKeySecretArn));
        }

        /** Checks required properties and returns an immutable {@link SamlSigningArgs}. */
        public SamlSigningArgs build() {
            if ($.certificatePublicKey == null) {
                throw new MissingRequiredPropertyException("SamlSigningArgs", "certificatePublicKey");
            }
            if ($.privateKeySecretArn == null) {
                throw new MissingRequiredPropertyException("SamlSigningArgs", "privateKeySecretArn");
            }
            return new SamlSigningArgs($);
        }
    }
}
