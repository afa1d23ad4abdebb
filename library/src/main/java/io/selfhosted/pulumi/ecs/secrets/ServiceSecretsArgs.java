package io.selfhosted.pulumi.ecs.secrets;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
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

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "licenseKey", required = true)
    private Output<String> licenseKey;

    @Import(name = "databaseUsername")
    private @Nullable Output<String> databaseUsername;

    @Import(name = "databasePassword")
    private @Nullable Output<String> databasePassword;

    @Import(name = "storeDatabaseCredentials")
    private @Nullable Output<Boolean> storeDatabaseCredentials;

    @Import(name = "searchMasterUserName")
    private @Nullable Output<String> searchMasterUserName;

    @Import(name = "values")
    private @Nullable List<SecretValueArgs> values;

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
        this.databasePassword = $.databasePassword;
        this.storeDatabaseCredentials = $.storeDatabaseCredentials;
        this.searchMasterUserName = $.searchMasterUserName;
        this.values = $.values;
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
     * The user name of the database credentials.
     * <p>Default: {@value SecretsDefaults#DATABASE_USERNAME}.
     */
    public Output<String> databaseUsername() {
        return databaseUsername == null ? Output.of(SecretsDefaults.DATABASE_USERNAME) : databaseUsername;
    }

    /**
     * The password of an existing database's user. When set, the credentials secret holds it with
     * {@link #databaseUsername()}; otherwise a password is generated once and kept.
     * <p>Default: none (generated).
     */
    public Optional<Output<String>> databasePassword() {
        return Optional.ofNullable(databasePassword);
    }

    /**
     * Whether to keep database credentials at all: off when the credentials already live in a
     * secret of their own.
     * <p>Default: {@value SecretsDefaults#STORE_DATABASE_CREDENTIALS}.
     */
    public Output<Boolean> storeDatabaseCredentials() {
        return storeDatabaseCredentials == null ? Output.of(SecretsDefaults.STORE_DATABASE_CREDENTIALS) : storeDatabaseCredentials;
    }

    /**
     * The master user of a search domain: when set, credentials are generated for it, once, into a
     * secret of their own (JSON {@code {"username","password"}}, the password with the upper and
     * lower case letters, digits and special characters OpenSearch asks for). Turning search off
     * leaves the secret in AWS (retained) and out of the stack.
     * <p>Default: none (no search credentials).
     */
    public Optional<Output<String>> searchMasterUserName() {
        return Optional.ofNullable(searchMasterUserName);
    }

    /**
     * Further values, one secret each (the SMTP password, the SAML private key ...).
     * <p>Default: none.
     */
    public List<SecretValueArgs> values() {
        return values == null ? List.of() : values;
    }

    /**
     * Days a deleted secret can still be restored (7-30).
     * <p>Default: {@value SecretsDefaults#RECOVERY_WINDOW_DAYS}.
     */
    public Output<Integer> recoveryWindowDays() {
        return recoveryWindowDays == null ? Output.of(SecretsDefaults.RECOVERY_WINDOW_DAYS) : recoveryWindowDays;
    }

    /**
     * Tags for every resource, besides the fixed tags naming the stack and component.
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

        /** An empty builder. */
        public Builder() {
            $ = new ServiceSecretsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
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

        /** @see ServiceSecretsArgs#databasePassword() */
        public Builder databasePassword(@Nullable Output<String> databasePassword) {
            $.databasePassword = databasePassword == null ? null : databasePassword.asSecret();
            return this;
        }

        /** @see ServiceSecretsArgs#databasePassword() */
        public Builder databasePassword(String databasePassword) {
            return databasePassword(Output.ofSecret(databasePassword));
        }

        /** @see ServiceSecretsArgs#storeDatabaseCredentials() */
        public Builder storeDatabaseCredentials(@Nullable Output<Boolean> storeDatabaseCredentials) {
            $.storeDatabaseCredentials = storeDatabaseCredentials;
            return this;
        }

        /** @see ServiceSecretsArgs#storeDatabaseCredentials() */
        public Builder storeDatabaseCredentials(boolean storeDatabaseCredentials) {
            return storeDatabaseCredentials(Output.of(storeDatabaseCredentials));
        }

        /** @see ServiceSecretsArgs#searchMasterUserName() */
        public Builder searchMasterUserName(@Nullable Output<String> searchMasterUserName) {
            $.searchMasterUserName = searchMasterUserName;
            return this;
        }

        /** @see ServiceSecretsArgs#searchMasterUserName() */
        public Builder searchMasterUserName(String searchMasterUserName) {
            return searchMasterUserName(Output.of(searchMasterUserName));
        }

        /** @see ServiceSecretsArgs#values() */
        public Builder values(List<SecretValueArgs> values) {
            $.values = List.copyOf(values);
            return this;
        }

        /** @see ServiceSecretsArgs#values() */
        public Builder values(SecretValueArgs... values) {
            return values(List.of(values));
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

        /**
         * An immutable {@link ServiceSecretsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceSecretsArgs build() {
            return new ServiceSecretsArgs($);
        }
    }
}
