package io.selfhosted.pulumi.ecs.monitoring;

/**
 * Defaults of the install's alarms ({@link MonitoringArgs}). The thresholds follow AWS's
 * recommended alarms for Aurora and Network Load Balancers where those give a number, and are
 * conservative for a service database of the default size otherwise; kept out of the Args
 * classes, whose declared fields the multi-language schema publishes as inputs.
 */
public final class MonitoringDefaults {
    /** Writer CPU (percent) above which the database alarm fires. */
    public static final int DATABASE_CPU_PERCENT = 90;
    /** Freeable memory (MiB) of the writer below which the database alarm fires. */
    public static final int DATABASE_FREEABLE_MEMORY_MEBIBYTES = 1024;
    /** Connections to the writer above which the database alarm fires. */
    public static final int DATABASE_CONNECTIONS = 900;
    /** Replica lag (ms) above which the database alarm fires. */
    public static final int DATABASE_REPLICA_LAG_MILLISECONDS = 1000;
    /** Free local storage (MiB) of the writer below which the database alarm fires. */
    public static final int DATABASE_FREE_LOCAL_STORAGE_MEBIBYTES = 5120;
    /** Days before expiry from which a given certificate's alarm fires. */
    public static final int CERTIFICATE_DAYS_TO_EXPIRY = 30;
    /** Readers besides the writer. */
    public static final int DATABASE_READERS = 1;

    private MonitoringDefaults() {
    }
}
