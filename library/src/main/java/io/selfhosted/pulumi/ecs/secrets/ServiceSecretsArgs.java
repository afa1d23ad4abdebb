package io.selfhosted.pulumi.ecs.secrets;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceSecrets}: the sensitive values the containers receive through ECS
 * {@code secrets}. Every value is kept as a Pulumi secret.
 */
public final class ServiceSecretsArgs extends ResourceArgs {

    /** Default of {@link #databaseUsername()}. */
    public static final String DEFAULT_DATABASE_USERNAME = "pulumi_admin";

    /** Default of {@link #recoveryWindowDays()}. */
    public static final int DEFAULT_RECOVERY_WINDOW_DAYS = 30;

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "licenseKey", required = true)
    private Output<String> licenseKey;

    @Import(name = "databaseUsername")
    private @Nullable Output<String> databaseUsername;

    @Import(name = "smtpPassword")
    private @Nullable Output<String> smtpPassword;

    @Import(name = "samlCertificatePrivateKey")
    private @Nullable Output<String> samlCertificatePrivateKey;

    @Import(name = "recaptchaSecretKey")
    private @Nullable Output<String> recaptchaSecretKey;

    @Import(name = "agGridLicenseKey")
    private @Nullable Output<String> agGridLicenseKey;

    @Import(name = "recoveryWindowDays")
    private @Nullable Output<Integer> recoveryWindowDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceSecretsArgs() {
    }

    private ServiceSecretsArgs(ServiceSecretsArgs $) {
        this.kmsKeyArn = $.kmsKeyArn;
        this.licenseKey = $.licenseKey;
        this.databaseUsername = $.databaseUsername;
        this.smtpPassword = $.smtpPassword;
        this.samlCertificatePrivateKey = $.samlCertificatePrivateKey;
        this.recaptchaSecretKey = $.recaptchaSecretKey;
        this.agGridLicenseKey = $.agGridLicenseKey;
        this.recoveryWindowDays = $.recoveryWindowDays;
        this.tags = $.tags;
    }

    /**
     * The KMS key (ARN) that encrypts every secret. Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * The Pulumi Service license key. Required.
     */
    public Output<String> licenseKey() {
        return licenseKey;
    }

    /**
     * The user name of the generated database credentials.
     * <p>Default: {@value #DEFAULT_DATABASE_USERNAME}.
     */
    public Output<String> databaseUsername() {
        return databaseUsername == null ? Output.of(DEFAULT_DATABASE_USERNAME) : databaseUsername;
    }

    /**
     * The SMTP password, when email is configured.
     */
    public Optional<Output<String>> smtpPassword() {
        return Optional.ofNullable(smtpPassword);
    }

    /**
     * The private key (PEM) of the SAML signing certificate, when SAML SSO is configured.
     */
    public Optional<Output<String>> samlCertificatePrivateKey() {
        return Optional.ofNullable(samlCertificatePrivateKey);
    }

    /**
     * The Cloudflare Turnstile (reCAPTCHA) secret key, when bot protection is configured.
     */
    public Optional<Output<String>> recaptchaSecretKey() {
        return Optional.ofNullable(recaptchaSecretKey);
    }

    /**
     * The AG Grid license key the Console may use.
     */
    public Optional<Output<String>> agGridLicenseKey() {
        return Optional.ofNullable(agGridLicenseKey);
    }

    /**
     * Days a deleted secret can still be restored (7-30).
     * <p>Default: {@value #DEFAULT_RECOVERY_WINDOW_DAYS}.
     */
    public Output<Integer> recoveryWindowDays() {
        return recoveryWindowDays == null ? Output.of(DEFAULT_RECOVERY_WINDOW_DAYS) : recoveryWindowDays;
    }

    /**
     * Tags for every resource.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ServiceSecretsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceSecretsArgs}. */
    public static final class Builder {
        private final ServiceSecretsArgs $;

        public Builder() {
            $ = new ServiceSecretsArgs();
        }

        public Builder(ServiceSecretsArgs defaults) {
            $ = new ServiceSecretsArgs(defaults);
        }

        /** @see ServiceSecretsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ServiceSecretsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /** @see ServiceSecretsArgs#licenseKey() */
        public Builder licenseKey(Output<String> licenseKey) {
            $.licenseKey = licenseKey == null ? null : licenseKey.asSecret();
            return this;
        }

        /** @see ServiceSecretsArgs#licenseKey() */
        public Builder licenseKey(String licenseKey) {
            return licenseKey(Output.ofSecret(licenseKey));
        }

        /** @see ServiceSecretsArgs#databaseUsername() */
        public Builder databaseUsername(@Nullable Output<String> databaseUsername) {
            $.databaseUsername = databaseUsername;
            return this;
        }

        /** @see ServiceSecretsArgs#databaseUsername() */
        public Builder databaseUsername(String databaseUsername) {
            return databaseUsername(Output.of(databaseUsername));
        }

        /** @see ServiceSecretsArgs#smtpPassword() */
        public Builder smtpPassword(@Nullable Output<String> smtpPassword) {
            $.smtpPassword = smtpPassword == null ? null : smtpPassword.asSecret();
            return this;
        }

        /** @see ServiceSecretsArgs#smtpPassword() */
        public Builder smtpPassword(String smtpPassword) {
            return smtpPassword(Output.ofSecret(smtpPassword));
        }

        /** @see ServiceSecretsArgs#samlCertificatePrivateKey() */
        public Builder samlCertificatePrivateKey(@Nullable Output<String> samlCertificatePrivateKey) {
            $.samlCertificatePrivateKey = samlCertificatePrivateKey == null ? null : samlCertificatePrivateKey.asSecret();
            return this;
        }

        /** @see ServiceSecretsArgs#samlCertificatePrivateKey() */
        public Builder samlCertificatePrivateKey(String samlCertificatePrivateKey) {
            return samlCertificatePrivateKey(Output.ofSecret(samlCertificatePrivateKey));
        }

        /** @see ServiceSecretsArgs#recaptchaSecretKey() */
        public Builder recaptchaSecretKey(@Nullable Output<String> recaptchaSecretKey) {
            $.recaptchaSecretKey = recaptchaSecretKey == null ? null : recaptchaSecretKey.asSecret();
            return this;
        }

        /** @see ServiceSecretsArgs#recaptchaSecretKey() */
        public Builder recaptchaSecretKey(String recaptchaSecretKey) {
            return recaptchaSecretKey(Output.ofSecret(recaptchaSecretKey));
        }

        /** @see ServiceSecretsArgs#agGridLicenseKey() */
        public Builder agGridLicenseKey(@Nullable Output<String> agGridLicenseKey) {
            $.agGridLicenseKey = agGridLicenseKey == null ? null : agGridLicenseKey.asSecret();
            return this;
        }

        /** @see ServiceSecretsArgs#agGridLicenseKey() */
        public Builder agGridLicenseKey(String agGridLicenseKey) {
            return agGridLicenseKey(Output.ofSecret(agGridLicenseKey));
        }

        /** @see ServiceSecretsArgs#recoveryWindowDays() */
        public Builder recoveryWindowDays(@Nullable Output<Integer> recoveryWindowDays) {
            $.recoveryWindowDays = recoveryWindowDays;
            return this;
        }

        /** @see ServiceSecretsArgs#recoveryWindowDays() */
        public Builder recoveryWindowDays(int recoveryWindowDays) {
            return recoveryWindowDays(Output.of(recoveryWindowDays));
        }

        /** @see ServiceSecretsArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ServiceSecretsArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /** Checks required properties and returns an immutable {@link ServiceSecretsArgs}. */
        public ServiceSecretsArgs build() {
            if ($.kmsKeyArn == null) {
                throw new MissingRequiredPropertyException("ServiceSecretsArgs", "kmsKeyArn");
            }
            if ($.licenseKey == null) {
                throw new MissingRequiredPropertyException("ServiceSecretsArgs", "licenseKey");
            }
            return new ServiceSecretsArgs($);
        }
    }
}
