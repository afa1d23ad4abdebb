package io.selfhosted.pulumi.ecs.backup;

/**
 * Defaults of AWS Backup for the install ({@link BackupArgs}); kept out of the Args class, whose
 * declared fields the multi-language schema publishes as inputs.
 */
public final class BackupDefaults {
    /** Daily at 05:00 UTC, a quiet hour for most teams in Europe and the Americas. */
    public static final String SCHEDULE = "cron(0 5 * * ? *)";
    /** Days each recovery point is kept: five weeks, so a month-end state is always at hand. */
    public static final int RETENTION_DAYS = 35;
    /** Whether the vault is locked (governance mode). */
    public static final boolean VAULT_LOCK = false;

    private BackupDefaults() {
    }
}
