package io.selfhosted.pulumi.ecs.database;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * An Aurora MySQL cluster the install uses instead of creating one, for example the one an official
 * installer created: the API and the migrations connect to it, and its security group admits their
 * tasks.
 */
public final class ExistingDatabaseArgs extends ResourceArgs {

    @Import(name = "endpoint", required = true)
    private Output<String> endpoint;

    @Import(name = "port")
    private @Nullable Output<Integer> port;

    @Import(name = "databaseName")
    private @Nullable Output<String> databaseName;

    @Import(name = "securityGroupId", required = true)
    private Output<String> securityGroupId;

    @Import(name = "username")
    private @Nullable Output<String> username;

    @Import(name = "password")
    private @Nullable Output<String> password;

    @Import(name = "credentialsSecretArn")
    private @Nullable Output<String> credentialsSecretArn;

    @Import(name = "clusterIdentifier")
    private @Nullable Output<String> clusterIdentifier;

    @Import(name = "readerCount")
    private @Nullable Output<Integer> readerCount;

    private ExistingDatabaseArgs() {
    }

    private ExistingDatabaseArgs(ExistingDatabaseArgs $) {
        this.endpoint = $.endpoint;
        this.port = $.port;
        this.databaseName = $.databaseName;
        this.securityGroupId = $.securityGroupId;
        this.username = $.username;
        this.password = $.password;
        this.credentialsSecretArn = $.credentialsSecretArn;
        this.clusterIdentifier = $.clusterIdentifier;
        this.readerCount = $.readerCount;
    }

    /**
     * The cluster (writer) endpoint, e.g. {@code
     * pulumi.cluster-abc123.us-east-1.rds.amazonaws.com}. Required.
     */
    public Output<String> endpoint() {
        return endpoint;
    }

    /**
     * The MySQL port.
     * <p>Default: {@value DatabaseDefaults#PORT}.
     */
    public Output<Integer> port() {
        return port == null ? Output.of(DatabaseDefaults.PORT) : port;
    }

    /**
     * The schema the service uses.
     * <p>Default: {@value DatabaseDefaults#DATABASE_NAME}.
     */
    public Output<String> databaseName() {
        return databaseName == null ? Output.of(DatabaseDefaults.DATABASE_NAME) : databaseName;
    }

    /**
     * The cluster's security group: the install adds rules that admit the API and migrations tasks
     * on the port. Required.
     */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /**
     * The user the service connects as; with {@link #password()}.
     * <p>Default: none.
     */
    public Optional<Output<String>> username() {
        return Optional.ofNullable(username);
    }

    /**
     * That user's password (a secret); it is kept in a Secrets Manager secret of the install.
     * <p>Default: none.
     */
    public Optional<Output<String>> password() {
        return Optional.ofNullable(password);
    }

    /**
     * Instead of {@link #username()} and {@link #password()}: a Secrets Manager secret holding JSON
     * with {@code username} and {@code password}, encrypted with the service key or the account's
     * {@code aws/secretsmanager} key.
     * <p>Default: none.
     */
    public Optional<Output<String>> credentialsSecretArn() {
        return Optional.ofNullable(credentialsSecretArn);
    }

    /**
     * The cluster's identifier, for the database alarms.
     * <p>Default: the first label of {@link #endpoint()}.
     */
    public Optional<Output<String>> clusterIdentifier() {
        return Optional.ofNullable(clusterIdentifier);
    }

    /**
     * The cluster's readers besides the writer, for the replica lag alarm (0 turns it off).
     * <p>Default: {@value DatabaseDefaults#EXISTING_READER_COUNT}.
     */
    public Output<Integer> readerCount() {
        return readerCount == null ? Output.of(DatabaseDefaults.EXISTING_READER_COUNT) : readerCount;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> DatabaseValidation.existing(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ExistingDatabaseArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ExistingDatabaseArgs}. */
    public static final class Builder {
        private final ExistingDatabaseArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ExistingDatabaseArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ExistingDatabaseArgs defaults) {
            $ = new ExistingDatabaseArgs(defaults);
        }

        /** @see ExistingDatabaseArgs#endpoint() */
        public Builder endpoint(Output<String> endpoint) {
            $.endpoint = endpoint;
            return this;
        }

        /** @see ExistingDatabaseArgs#endpoint() */
        public Builder endpoint(String endpoint) {
            return endpoint(Output.of(endpoint));
        }

        /** @see ExistingDatabaseArgs#port() */
        public Builder port(@Nullable Output<Integer> port) {
            $.port = port;
            return this;
        }

        /** @see ExistingDatabaseArgs#port() */
        public Builder port(int port) {
            return port(Output.of(port));
        }

        /** @see ExistingDatabaseArgs#databaseName() */
        public Builder databaseName(@Nullable Output<String> databaseName) {
            $.databaseName = databaseName;
            return this;
        }

        /** @see ExistingDatabaseArgs#databaseName() */
        public Builder databaseName(String databaseName) {
            return databaseName(Output.of(databaseName));
        }

        /** @see ExistingDatabaseArgs#securityGroupId() */
        public Builder securityGroupId(Output<String> securityGroupId) {
            $.securityGroupId = securityGroupId;
            return this;
        }

        /** @see ExistingDatabaseArgs#securityGroupId() */
        public Builder securityGroupId(String securityGroupId) {
            return securityGroupId(Output.of(securityGroupId));
        }

        /** @see ExistingDatabaseArgs#username() */
        public Builder username(@Nullable Output<String> username) {
            $.username = username;
            return this;
        }

        /** @see ExistingDatabaseArgs#username() */
        public Builder username(String username) {
            return username(Output.of(username));
        }

        /** @see ExistingDatabaseArgs#password() */
        public Builder password(@Nullable Output<String> password) {
            $.password = password == null ? null : password.asSecret();
            return this;
        }

        /** @see ExistingDatabaseArgs#password() */
        public Builder password(String password) {
            return password(Output.ofSecret(password));
        }

        /** @see ExistingDatabaseArgs#credentialsSecretArn() */
        public Builder credentialsSecretArn(@Nullable Output<String> credentialsSecretArn) {
            $.credentialsSecretArn = credentialsSecretArn;
            return this;
        }

        /** @see ExistingDatabaseArgs#credentialsSecretArn() */
        public Builder credentialsSecretArn(String credentialsSecretArn) {
            return credentialsSecretArn(Output.of(credentialsSecretArn));
        }

        /** @see ExistingDatabaseArgs#clusterIdentifier() */
        public Builder clusterIdentifier(@Nullable Output<String> clusterIdentifier) {
            $.clusterIdentifier = clusterIdentifier;
            return this;
        }

        /** @see ExistingDatabaseArgs#clusterIdentifier() */
        public Builder clusterIdentifier(String clusterIdentifier) {
            return clusterIdentifier(Output.of(clusterIdentifier));
        }

        /** @see ExistingDatabaseArgs#readerCount() */
        public Builder readerCount(@Nullable Output<Integer> readerCount) {
            $.readerCount = readerCount;
            return this;
        }

        /** @see ExistingDatabaseArgs#readerCount() */
        public Builder readerCount(int readerCount) {
            return readerCount(Output.of(readerCount));
        }

        /**
         * An immutable {@link ExistingDatabaseArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ExistingDatabaseArgs build() {
            return new ExistingDatabaseArgs($);
        }
    }
}
