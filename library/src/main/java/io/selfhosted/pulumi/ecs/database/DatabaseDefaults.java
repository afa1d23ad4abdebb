package io.selfhosted.pulumi.ecs.database;

import java.util.List;

/**
 * Defaults of the Aurora MySQL cluster ({@link DatabaseArgs}); kept out of the Args class, whose
 * declared fields the multi-language schema publishes as inputs.
 */
public final class DatabaseDefaults {
    /** The instance class of the writer and the readers. */
    public static final String INSTANCE_CLASS = "db.r6g.large";
    /** The Aurora MySQL 3 version at creation, in the 3.10 long-term-support line. */
    public static final String ENGINE_VERSION = "8.0.mysql_aurora.3.10.3";
    /** Readers besides the writer: one gives a failover target in another zone. */
    public static final int READER_COUNT = 1;
    /** Days automated backups are kept. */
    public static final int BACKUP_RETENTION_DAYS = 7;
    /** The daily UTC backup window. */
    public static final String PREFERRED_BACKUP_WINDOW = "03:00-04:00";
    /** The weekly UTC maintenance window. */
    public static final String PREFERRED_MAINTENANCE_WINDOW = "sun:04:30-sun:05:30";
    /** Readers assumed of a cluster the install did not create. */
    public static final int EXISTING_READER_COUNT = 0;
    /** The MySQL port. */
    public static final int PORT = 3306;
    /** The name of the service's database. */
    public static final String DATABASE_NAME = "pulumi";
    /** Whether RDS refuses to delete the cluster. */
    public static final boolean DELETION_PROTECTION = true;
    /** Whether the database refuses connections without TLS. */
    public static final boolean REQUIRE_SECURE_TRANSPORT = false;
    /** Whether Performance Insights is on. */
    public static final boolean PERFORMANCE_INSIGHTS = false;
    /** Whether the cluster may be enrolled in paid RDS Extended Support. */
    public static final boolean EXTENDED_SUPPORT = false;
    /** Days CloudWatch Logs keeps the exported database logs. */
    public static final int LOG_RETENTION_DAYS = 365;
    /** The database logs exported to CloudWatch Logs. */
    public static final List<String> LOG_EXPORTS = List.of("audit", "error", "slowquery");

    private DatabaseDefaults() {
    }
}
