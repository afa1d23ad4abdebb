package io.selfhosted.pulumi.ecs.database;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Choices for the Aurora MySQL cluster.
 */
public final class DatabaseSettings extends ResourceArgs {

    /** Default of {@link #instanceClass()}. */
    public static final String DEFAULT_INSTANCE_CLASS = "db.r6g.large";

    /** Default of {@link #engineVersion()}. */
    public static final String DEFAULT_ENGINE_VERSION = "8.0.mysql_aurora.3.10.3";

    /** Default of {@link #readerCount()}. */
    public static final int DEFAULT_READER_COUNT = 1;

    /** Default of {@link #backupRetentionDays()}. */
    public static final int DEFAULT_BACKUP_RETENTION_DAYS = 7;

    /** Default of {@link #preferredBackupWindow()}. */
    public static final String DEFAULT_PREFERRED_BACKUP_WINDOW = "03:00-04:00";

    /** Default of {@link #preferredMaintenanceWindow()}. */
    public static final String DEFAULT_PREFERRED_MAINTENANCE_WINDOW = "sun:04:30-sun:05:30";

    /** Default of {@link #databaseName()}. */
    public static final String DEFAULT_DATABASE_NAME = "pulumi";

    /** Default of {@link #deletionProtection()}. */
    public static final boolean DEFAULT_DELETION_PROTECTION = true;

    /** Default of {@link #requireSecureTransport()}. */
    public static final boolean DEFAULT_REQUIRE_SECURE_TRANSPORT = false;

    /** Default of {@link #performanceInsights()}. */
    public static final boolean DEFAULT_PERFORMANCE_INSIGHTS = false;

    /** Default of {@link #logExports()}. */
    public static final List<String> DEFAULT_LOG_EXPORTS = List.of("audit", "error", "slowquery");

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

    @Import(name = "logExports")
    private @Nullable Output<List<String>> logExports;

    private DatabaseSettings() {
    }

    private DatabaseSettings(DatabaseSettings $) {
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
        this.logExports = $.logExports;
    }

    /**
     * The instance class of the writer and the readers (stack config {@code dbInstanceType}).
     * <p>Default: {@value #DEFAULT_INSTANCE_CLASS}.
     */
    public Output<String> instanceClass() {
        return instanceClass == null ? Output.of(DEFAULT_INSTANCE_CLASS) : instanceClass;
    }

    /**
     * The Aurora MySQL 3 (MySQL 8.0) version used when the cluster is created. The default is in
     * the 3.10 long-term-support line. AWS applies minor upgrades in the maintenance window; the
     * version is not rolled back by later runs.
     * <p>Default: {@value #DEFAULT_ENGINE_VERSION}.
     */
    public Output<String> engineVersion() {
        return engineVersion == null ? Output.of(DEFAULT_ENGINE_VERSION) : engineVersion;
    }

    /**
     * Readers besides the writer, placed in other availability zones (0-15; stack config
     * {@code numberDbReplicas}). One reader gives a failover target.
     * <p>Default: {@value #DEFAULT_READER_COUNT}.
     */
    public Output<Integer> readerCount() {
        return readerCount == null ? Output.of(DEFAULT_READER_COUNT) : readerCount;
    }

    /**
     * Days automated backups are kept (1-35).
     * <p>Default: {@value #DEFAULT_BACKUP_RETENTION_DAYS}.
     */
    public Output<Integer> backupRetentionDays() {
        return backupRetentionDays == null ? Output.of(DEFAULT_BACKUP_RETENTION_DAYS) : backupRetentionDays;
    }

    /**
     * The daily UTC window for automated backups, {@code hh24:mi-hh24:mi}.
     * <p>Default: {@value #DEFAULT_PREFERRED_BACKUP_WINDOW}.
     */
    public Output<String> preferredBackupWindow() {
        return preferredBackupWindow == null ? Output.of(DEFAULT_PREFERRED_BACKUP_WINDOW) : preferredBackupWindow;
    }

    /**
     * The weekly UTC window for maintenance, {@code ddd:hh24:mi-ddd:hh24:mi}.
     * <p>Default: {@value #DEFAULT_PREFERRED_MAINTENANCE_WINDOW}.
     */
    public Output<String> preferredMaintenanceWindow() {
        return preferredMaintenanceWindow == null ? Output.of(DEFAULT_PREFERRED_MAINTENANCE_WINDOW) : preferredMaintenanceWindow;
    }

    /**
     * The name of the database the service uses.
     * <p>Default: {@value #DEFAULT_DATABASE_NAME}.
     */
    public Output<String> databaseName() {
        return databaseName == null ? Output.of(DEFAULT_DATABASE_NAME) : databaseName;
    }

    /**
     * Whether RDS refuses to delete the cluster.
     * <p>Default: {@value #DEFAULT_DELETION_PROTECTION}.
     */
    public Output<Boolean> deletionProtection() {
        return deletionProtection == null ? Output.of(DEFAULT_DELETION_PROTECTION) : deletionProtection;
    }

    /**
     * The CA bundle (PEM) the API verifies the database's TLS certificate with: the RDS bundle of
     * the region ({@code https://truststore.pds.rds.amazonaws.com/<region>/<region>-bundle.pem}).
     * When set, the API connects over TLS 1.2 or newer.
     */
    public Optional<Output<String>> caCertificate() {
        return Optional.ofNullable(caCertificate);
    }

    /**
     * Whether the database refuses connections without TLS ({@code require_secure_transport}).
     * The API uses TLS only when it is given the CA bundle ({@link #caCertificate()}); turning this on
     * without it would lock the service out, and validation refuses that.
     * <p>Default: {@value #DEFAULT_REQUIRE_SECURE_TRANSPORT}.
     */
    public Output<Boolean> requireSecureTransport() {
        return requireSecureTransport == null ? Output.of(DEFAULT_REQUIRE_SECURE_TRANSPORT) : requireSecureTransport;
    }

    /**
     * Whether Performance Insights is on for every instance (encrypted with the service key).
     * <p>Default: {@value #DEFAULT_PERFORMANCE_INSIGHTS}.
     */
    public Output<Boolean> performanceInsights() {
        return performanceInsights == null ? Output.of(DEFAULT_PERFORMANCE_INSIGHTS) : performanceInsights;
    }

    /**
     * The database logs exported to CloudWatch Logs ({@code audit}, {@code error}, {@code general},
     * {@code slowquery}, {@code iam-db-auth-error}, {@code instance}).
     * <p>Default: {@code audit}, {@code error}, {@code slowquery}.
     */
    public Output<List<String>> logExports() {
        return logExports == null ? Output.of(DEFAULT_LOG_EXPORTS) : logExports;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(DatabaseSettings defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link DatabaseSettings}. */
    public static final class Builder {
        private final DatabaseSettings $;

        public Builder() {
            $ = new DatabaseSettings();
        }

        public Builder(DatabaseSettings defaults) {
            $ = new DatabaseSettings(defaults);
        }

        /** @see DatabaseSettings#instanceClass() */
        public Builder instanceClass(@Nullable Output<String> instanceClass) {
            $.instanceClass = instanceClass;
            return this;
        }

        /** @see DatabaseSettings#instanceClass() */
        public Builder instanceClass(String instanceClass) {
            return instanceClass(Output.of(instanceClass));
        }

        /** @see DatabaseSettings#engineVersion() */
        public Builder engineVersion(@Nullable Output<String> engineVersion) {
            $.engineVersion = engineVersion;
            return this;
        }

        /** @see DatabaseSettings#engineVersion() */
        public Builder engineVersion(String engineVersion) {
            return engineVersion(Output.of(engineVersion));
        }

        /** @see DatabaseSettings#readerCount() */
        public Builder readerCount(@Nullable Output<Integer> readerCount) {
            $.readerCount = readerCount;
            return this;
        }

        /** @see DatabaseSettings#readerCount() */
        public Builder readerCount(int readerCount) {
            return readerCount(Output.of(readerCount));
        }

        /** @see DatabaseSettings#backupRetentionDays() */
        public Builder backupRetentionDays(@Nullable Output<Integer> backupRetentionDays) {
            $.backupRetentionDays = backupRetentionDays;
            return this;
        }

        /** @see DatabaseSettings#backupRetentionDays() */
        public Builder backupRetentionDays(int backupRetentionDays) {
            return backupRetentionDays(Output.of(backupRetentionDays));
        }

        /** @see DatabaseSettings#preferredBackupWindow() */
        public Builder preferredBackupWindow(@Nullable Output<String> preferredBackupWindow) {
            $.preferredBackupWindow = preferredBackupWindow;
            return this;
        }

        /** @see DatabaseSettings#preferredBackupWindow() */
        public Builder preferredBackupWindow(String preferredBackupWindow) {
            return preferredBackupWindow(Output.of(preferredBackupWindow));
        }

        /** @see DatabaseSettings#preferredMaintenanceWindow() */
        public Builder preferredMaintenanceWindow(@Nullable Output<String> preferredMaintenanceWindow) {
            $.preferredMaintenanceWindow = preferredMaintenanceWindow;
            return this;
        }

        /** @see DatabaseSettings#preferredMaintenanceWindow() */
        public Builder preferredMaintenanceWindow(String preferredMaintenanceWindow) {
            return preferredMaintenanceWindow(Output.of(preferredMaintenanceWindow));
        }

        /** @see DatabaseSettings#databaseName() */
        public Builder databaseName(@Nullable Output<String> databaseName) {
            $.databaseName = databaseName;
            return this;
        }

        /** @see DatabaseSettings#databaseName() */
        public Builder databaseName(String databaseName) {
            return databaseName(Output.of(databaseName));
        }

        /** @see DatabaseSettings#deletionProtection() */
        public Builder deletionProtection(@Nullable Output<Boolean> deletionProtection) {
            $.deletionProtection = deletionProtection;
            return this;
        }

        /** @see DatabaseSettings#deletionProtection() */
        public Builder deletionProtection(boolean deletionProtection) {
            return deletionProtection(Output.of(deletionProtection));
        }

        /** @see DatabaseSettings#caCertificate() */
        public Builder caCertificate(@Nullable Output<String> caCertificate) {
            $.caCertificate = caCertificate;
            return this;
        }

        /** @see DatabaseSettings#caCertificate() */
        public Builder caCertificate(String caCertificate) {
            return caCertificate(Output.of(caCertificate));
        }

        /** @see DatabaseSettings#requireSecureTransport() */
        public Builder requireSecureTransport(@Nullable Output<Boolean> requireSecureTransport) {
            $.requireSecureTransport = requireSecureTransport;
            return this;
        }

        /** @see DatabaseSettings#requireSecureTransport() */
        public Builder requireSecureTransport(boolean requireSecureTransport) {
            return requireSecureTransport(Output.of(requireSecureTransport));
        }

        /** @see DatabaseSettings#performanceInsights() */
        public Builder performanceInsights(@Nullable Output<Boolean> performanceInsights) {
            $.performanceInsights = performanceInsights;
            return this;
        }

        /** @see DatabaseSettings#performanceInsights() */
        public Builder performanceInsights(boolean performanceInsights) {
            return performanceInsights(Output.of(performanceInsights));
        }

        /** @see DatabaseSettings#logExports() */
        public Builder logExports(@Nullable Output<List<String>> logExports) {
            $.logExports = logExports;
            return this;
        }

        /** @see DatabaseSettings#logExports() */
        public Builder logExports(List<String> logExports) {
            return logExports(Output.of(List.copyOf(logExports)));
        }

        /** @see DatabaseSettings#logExports() */
        public Builder logExports(String... logExports) {
            return logExports(List.of(logExports));
        }

        /** Checks required properties and returns an immutable {@link DatabaseSettings}. */
        public DatabaseSettings build() {
            return new DatabaseSettings($);
        }
    }
}
