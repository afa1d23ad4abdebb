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
 * Choices for the Aurora MySQL cluster.
 */
public final class DatabaseArgs extends ResourceArgs {

    @Import(name = "instanceClass")
    private @Nullable Output<String> instanceClass;

    @Import(name = "engineVersion")
    private @Nullable Output<String> engineVersion;

    @Import(name = "readerCount")
    private @Nullable Output<Integer> readerCount;

    @Import(name = "backupRetentionDays")
    private @Nullable Output<Integer> backupRetentionDays;

    @Import(name = "preferredBackupWindow")
    private @Nullable Output<String> preferredBackupWindow;

    @Import(name = "preferredMaintenanceWindow")
    private @Nullable Output<String> preferredMaintenanceWindow;

    @Import(name = "databaseName")
    private @Nullable Output<String> databaseName;

    @Import(name = "deletionProtection")
    private @Nullable Output<Boolean> deletionProtection;

    @Import(name = "caCertificate")
    private @Nullable Output<String> caCertificate;

    @Import(name = "requireSecureTransport")
    private @Nullable Output<Boolean> requireSecureTransport;

    @Import(name = "performanceInsights")
    private @Nullable Output<Boolean> performanceInsights;

    @Import(name = "extendedSupport")
    private @Nullable Output<Boolean> extendedSupport;

    @Import(name = "logExports")
    private @Nullable Output<List<String>> logExports;

    private DatabaseArgs() {
    }

    private DatabaseArgs(DatabaseArgs $) {
        this.instanceClass = $.instanceClass;
        this.engineVersion = $.engineVersion;
        this.readerCount = $.readerCount;
        this.backupRetentionDays = $.backupRetentionDays;
        this.preferredBackupWindow = $.preferredBackupWindow;
        this.preferredMaintenanceWindow = $.preferredMaintenanceWindow;
        this.databaseName = $.databaseName;
        this.deletionProtection = $.deletionProtection;
        this.caCertificate = $.caCertificate;
        this.requireSecureTransport = $.requireSecureTransport;
        this.performanceInsights = $.performanceInsights;
        this.extendedSupport = $.extendedSupport;
        this.logExports = $.logExports;
    }

    /**
     * The instance class of the writer and the readers.
     * <p>Default: {@value DatabaseDefaults#INSTANCE_CLASS}.
     */
    public Output<String> instanceClass() {
        return instanceClass == null ? Output.of(DatabaseDefaults.INSTANCE_CLASS) : instanceClass;
    }

    /**
     * The Aurora MySQL 3 (MySQL 8.0) version used when the cluster is created. The default is in
     * the 3.10 long-term-support line. AWS applies minor upgrades in the maintenance window; the
     * version is not rolled back by later runs.
     * <p>Default: {@value DatabaseDefaults#ENGINE_VERSION}.
     */
    public Output<String> engineVersion() {
        return engineVersion == null ? Output.of(DatabaseDefaults.ENGINE_VERSION) : engineVersion;
    }

    /**
     * Readers besides the writer, placed in other availability zones (0-15). One reader gives a
     * failover target.
     * <p>Default: {@value DatabaseDefaults#READER_COUNT}.
     */
    public Output<Integer> readerCount() {
        return readerCount == null ? Output.of(DatabaseDefaults.READER_COUNT) : readerCount;
    }

    /**
     * Days automated backups are kept (1-35).
     * <p>Default: {@value DatabaseDefaults#BACKUP_RETENTION_DAYS}.
     */
    public Output<Integer> backupRetentionDays() {
        return backupRetentionDays == null ? Output.of(DatabaseDefaults.BACKUP_RETENTION_DAYS) : backupRetentionDays;
    }

    /**
     * The daily UTC window for automated backups, {@code hh24:mi-hh24:mi}.
     * <p>Default: {@value DatabaseDefaults#PREFERRED_BACKUP_WINDOW}.
     */
    public Output<String> preferredBackupWindow() {
        return preferredBackupWindow == null ? Output.of(DatabaseDefaults.PREFERRED_BACKUP_WINDOW) : preferredBackupWindow;
    }

    /**
     * The weekly UTC window for maintenance, {@code ddd:hh24:mi-ddd:hh24:mi}.
     * <p>Default: {@value DatabaseDefaults#PREFERRED_MAINTENANCE_WINDOW}.
     */
    public Output<String> preferredMaintenanceWindow() {
        return preferredMaintenanceWindow == null ? Output.of(DatabaseDefaults.PREFERRED_MAINTENANCE_WINDOW) : preferredMaintenanceWindow;
    }

    /**
     * The name of the database the service uses.
     * <p>Default: {@value DatabaseDefaults#DATABASE_NAME}.
     */
    public Output<String> databaseName() {
        return databaseName == null ? Output.of(DatabaseDefaults.DATABASE_NAME) : databaseName;
    }

    /**
     * Whether RDS refuses to delete the cluster.
     * <p>Default: {@value DatabaseDefaults#DELETION_PROTECTION}.
     */
    public Output<Boolean> deletionProtection() {
        return deletionProtection == null ? Output.of(DatabaseDefaults.DELETION_PROTECTION) : deletionProtection;
    }

    /**
     * The CA bundle (PEM) the API verifies the database's TLS certificate with: the RDS bundle of
     * the region ({@code https://truststore.pds.rds.amazonaws.com/<region>/<region>-bundle.pem}).
     * When set, the API connects over TLS 1.2 or newer.
     * <p>Default: none (no TLS).
     */
    public Optional<Output<String>> caCertificate() {
        return Optional.ofNullable(caCertificate);
    }

    /**
     * Whether the database refuses connections without TLS ({@code require_secure_transport}). The
     * API uses TLS only when it is given the CA bundle ({@link #caCertificate()}); turning this on
     * without it would lock the service out, and validation refuses that.
     * <p>Default: {@value DatabaseDefaults#REQUIRE_SECURE_TRANSPORT}.
     */
    public Output<Boolean> requireSecureTransport() {
        return requireSecureTransport == null ? Output.of(DatabaseDefaults.REQUIRE_SECURE_TRANSPORT) : requireSecureTransport;
    }

    /**
     * Whether Performance Insights is on for every instance (encrypted with the service key).
     * <p>Default: {@value DatabaseDefaults#PERFORMANCE_INSIGHTS}.
     */
    public Output<Boolean> performanceInsights() {
        return performanceInsights == null ? Output.of(DatabaseDefaults.PERFORMANCE_INSIGHTS) : performanceInsights;
    }

    /**
     * Whether RDS may enrol the cluster in paid RDS Extended Support when standard support of its
     * major version ends; when false, AWS upgrades the cluster instead.
     * <p>Default: {@value DatabaseDefaults#EXTENDED_SUPPORT}.
     */
    public Output<Boolean> extendedSupport() {
        return extendedSupport == null ? Output.of(DatabaseDefaults.EXTENDED_SUPPORT) : extendedSupport;
    }

    /**
     * The database logs exported to CloudWatch Logs ({@code audit}, {@code error}, {@code general},
     * {@code slowquery}, {@code iam-db-auth-error}, {@code instance}).
     * <p>Default: {@code audit}, {@code error}, {@code slowquery}.
     */
    public Output<List<String>> logExports() {
        return logExports == null ? Output.of(DatabaseDefaults.LOG_EXPORTS) : logExports;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> DatabaseValidation.check(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(DatabaseArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link DatabaseArgs}. */
    public static final class Builder {
        private final DatabaseArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new DatabaseArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(DatabaseArgs defaults) {
            $ = new DatabaseArgs(defaults);
        }

        /** @see DatabaseArgs#instanceClass() */
        public Builder instanceClass(@Nullable Output<String> instanceClass) {
            $.instanceClass = instanceClass;
            return this;
        }

        /** @see DatabaseArgs#instanceClass() */
        public Builder instanceClass(String instanceClass) {
            return instanceClass(Output.of(instanceClass));
        }

        /** @see DatabaseArgs#engineVersion() */
        public Builder engineVersion(@Nullable Output<String> engineVersion) {
            $.engineVersion = engineVersion;
            return this;
        }

        /** @see DatabaseArgs#engineVersion() */
        public Builder engineVersion(String engineVersion) {
            return engineVersion(Output.of(engineVersion));
        }

        /** @see DatabaseArgs#readerCount() */
        public Builder readerCount(@Nullable Output<Integer> readerCount) {
            $.readerCount = readerCount;
            return this;
        }

        /** @see DatabaseArgs#readerCount() */
        public Builder readerCount(int readerCount) {
            return readerCount(Output.of(readerCount));
        }

        /** @see DatabaseArgs#backupRetentionDays() */
        public Builder backupRetentionDays(@Nullable Output<Integer> backupRetentionDays) {
            $.backupRetentionDays = backupRetentionDays;
            return this;
        }

        /** @see DatabaseArgs#backupRetentionDays() */
        public Builder backupRetentionDays(int backupRetentionDays) {
            return backupRetentionDays(Output.of(backupRetentionDays));
        }

        /** @see DatabaseArgs#preferredBackupWindow() */
        public Builder preferredBackupWindow(@Nullable Output<String> preferredBackupWindow) {
            $.preferredBackupWindow = preferredBackupWindow;
            return this;
        }

        /** @see DatabaseArgs#preferredBackupWindow() */
        public Builder preferredBackupWindow(String preferredBackupWindow) {
            return preferredBackupWindow(Output.of(preferredBackupWindow));
        }

        /** @see DatabaseArgs#preferredMaintenanceWindow() */
        public Builder preferredMaintenanceWindow(@Nullable Output<String> preferredMaintenanceWindow) {
            $.preferredMaintenanceWindow = preferredMaintenanceWindow;
            return this;
        }

        /** @see DatabaseArgs#preferredMaintenanceWindow() */
        public Builder preferredMaintenanceWindow(String preferredMaintenanceWindow) {
            return preferredMaintenanceWindow(Output.of(preferredMaintenanceWindow));
        }

        /** @see DatabaseArgs#databaseName() */
        public Builder databaseName(@Nullable Output<String> databaseName) {
            $.databaseName = databaseName;
            return this;
        }

        /** @see DatabaseArgs#databaseName() */
        public Builder databaseName(String databaseName) {
            return databaseName(Output.of(databaseName));
        }

        /** @see DatabaseArgs#deletionProtection() */
        public Builder deletionProtection(@Nullable Output<Boolean> deletionProtection) {
            $.deletionProtection = deletionProtection;
            return this;
        }

        /** @see DatabaseArgs#deletionProtection() */
        public Builder deletionProtection(boolean deletionProtection) {
            return deletionProtection(Output.of(deletionProtection));
        }

        /** @see DatabaseArgs#caCertificate() */
        public Builder caCertificate(@Nullable Output<String> caCertificate) {
            $.caCertificate = caCertificate;
            return this;
        }

        /** @see DatabaseArgs#caCertificate() */
        public Builder caCertificate(String caCertificate) {
            return caCertificate(Output.of(caCertificate));
        }

        /** @see DatabaseArgs#requireSecureTransport() */
        public Builder requireSecureTransport(@Nullable Output<Boolean> requireSecureTransport) {
            $.requireSecureTransport = requireSecureTransport;
            return this;
        }

        /** @see DatabaseArgs#requireSecureTransport() */
        public Builder requireSecureTransport(boolean requireSecureTransport) {
            return requireSecureTransport(Output.of(requireSecureTransport));
        }

        /** @see DatabaseArgs#performanceInsights() */
        public Builder performanceInsights(@Nullable Output<Boolean> performanceInsights) {
            $.performanceInsights = performanceInsights;
            return this;
        }

        /** @see DatabaseArgs#performanceInsights() */
        public Builder performanceInsights(boolean performanceInsights) {
            return performanceInsights(Output.of(performanceInsights));
        }

        /** @see DatabaseArgs#extendedSupport() */
        public Builder extendedSupport(@Nullable Output<Boolean> extendedSupport) {
            $.extendedSupport = extendedSupport;
            return this;
        }

        /** @see DatabaseArgs#extendedSupport() */
        public Builder extendedSupport(boolean extendedSupport) {
            return extendedSupport(Output.of(extendedSupport));
        }

        /** @see DatabaseArgs#logExports() */
        public Builder logExports(@Nullable Output<List<String>> logExports) {
            $.logExports = logExports;
            return this;
        }

        /** @see DatabaseArgs#logExports() */
        public Builder logExports(List<String> logExports) {
            return logExports(Output.of(List.copyOf(logExports)));
        }

        /** @see DatabaseArgs#logExports() */
        public Builder logExports(String... logExports) {
            return logExports(List.of(logExports));
        }

        /**
         * An immutable {@link DatabaseArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public DatabaseArgs build() {
            return new DatabaseArgs($);
        }
    }
}
