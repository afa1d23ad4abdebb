package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * How the API and its migrations reach the database: one group, filled from the database and its
 * credentials secret.
 */
public final class DatabaseConnectionArgs extends ResourceArgs {

    @Import(name = "endpoint", required = true)
    private Output<String> endpoint;

    @Import(name = "port", required = true)
    private Output<Integer> port;

    @Import(name = "databaseName", required = true)
    private Output<String> databaseName;

    @Import(name = "credentialsSecretArn", required = true)
    private Output<String> credentialsSecretArn;

    @Import(name = "securityGroupId", required = true)
    private Output<String> securityGroupId;

    @Import(name = "caCertificate")
    private @Nullable Output<String> caCertificate;

    private DatabaseConnectionArgs() {
    }

    private DatabaseConnectionArgs(DatabaseConnectionArgs $) {
        this.endpoint = $.endpoint;
        this.port = $.port;
        this.databaseName = $.databaseName;
        this.credentialsSecretArn = $.credentialsSecretArn;
        this.securityGroupId = $.securityGroupId;
        this.caCertificate = $.caCertificate;
    }

    /**
     * The writer endpoint's host name. Required.
     */
    public Output<String> endpoint() {
        return endpoint;
    }

    /**
     * The MySQL port. Required.
     */
    public Output<Integer> port() {
        return port;
    }

    /**
     * The database name ({@code PULUMI_DATABASE_NAME}). Required.
     */
    public Output<String> databaseName() {
        return databaseName;
    }

    /**
     * The Secrets Manager secret (ARN) holding the JSON {@code {"username", "password"}} of the
     * database user. Required.
     */
    public Output<String> credentialsSecretArn() {
        return credentialsSecretArn;
    }

    /**
     * The database's security group; the API tasks are admitted to its port. Required.
     */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /**
     * The CA bundle (PEM) of the database's TLS certificate. When set, the API connects over TLS
     * 1.2 or newer and verifies the server ({@code DATABASE_CA_CERTIFICATE}, {@code
     * DATABASE_MIN_TLS_VERSION}).
     * <p>Default: none (no TLS).
     */
    public Optional<Output<String>> caCertificate() {
        return Optional.ofNullable(caCertificate);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(DatabaseConnectionArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link DatabaseConnectionArgs}. */
    public static final class Builder {
        private final DatabaseConnectionArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new DatabaseConnectionArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(DatabaseConnectionArgs defaults) {
            $ = new DatabaseConnectionArgs(defaults);
        }

        /** @see DatabaseConnectionArgs#endpoint() */
        public Builder endpoint(Output<String> endpoint) {
            $.endpoint = endpoint;
            return this;
        }

        /** @see DatabaseConnectionArgs#endpoint() */
        public Builder endpoint(String endpoint) {
            return endpoint(Output.of(endpoint));
        }

        /** @see DatabaseConnectionArgs#port() */
        public Builder port(Output<Integer> port) {
            $.port = port;
            return this;
        }

        /** @see DatabaseConnectionArgs#port() */
        public Builder port(int port) {
            return port(Output.of(port));
        }

        /** @see DatabaseConnectionArgs#databaseName() */
        public Builder databaseName(Output<String> databaseName) {
            $.databaseName = databaseName;
            return this;
        }

        /** @see DatabaseConnectionArgs#databaseName() */
        public Builder databaseName(String databaseName) {
            return databaseName(Output.of(databaseName));
        }

        /** @see DatabaseConnectionArgs#credentialsSecretArn() */
        public Builder credentialsSecretArn(Output<String> credentialsSecretArn) {
            $.credentialsSecretArn = credentialsSecretArn;
            return this;
        }

        /** @see DatabaseConnectionArgs#credentialsSecretArn() */
        public Builder credentialsSecretArn(String credentialsSecretArn) {
            return credentialsSecretArn(Output.of(credentialsSecretArn));
        }

        /** @see DatabaseConnectionArgs#securityGroupId() */
        public Builder securityGroupId(Output<String> securityGroupId) {
            $.securityGroupId = securityGroupId;
            return this;
        }

        /** @see DatabaseConnectionArgs#securityGroupId() */
        public Builder securityGroupId(String securityGroupId) {
            return securityGroupId(Output.of(securityGroupId));
        }

        /** @see DatabaseConnectionArgs#caCertificate() */
        public Builder caCertificate(@Nullable Output<String> caCertificate) {
            $.caCertificate = caCertificate;
            return this;
        }

        /** @see DatabaseConnectionArgs#caCertificate() */
        public Builder caCertificate(String caCertificate) {
            return caCertificate(Output.of(caCertificate));
        }

        /**
         * An immutable {@link DatabaseConnectionArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public DatabaseConnectionArgs build() {
            return new DatabaseConnectionArgs($);
        }
    }
}
