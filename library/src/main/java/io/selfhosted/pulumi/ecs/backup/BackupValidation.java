package io.selfhosted.pulumi.ecs.backup;

import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.regex.Pattern;

/** Validation of {@link BackupArgs}, the user's choices for AWS Backup. */
final class BackupValidation {
    /** AWS Backup takes cron expressions with six fields, or rate(); cron is what it documents for plans. */
    private static final Pattern CRON = Pattern.compile("^cron\\(\\s*\\S+(\\s+\\S+){5}\\s*\\)$");
    private static final int MIN_RETENTION_DAYS = 7;
    private static final int MAX_RETENTION_DAYS = 36500;

    private BackupValidation() {
    }

    /** Records every problem of {@code settings} that needs nothing else, with paths relative to it. */
    static void check(Problems p, BackupArgs settings) {
        KnownValue.of(settings.schedule()).ifPresent(schedule -> p.check(CRON.matcher(schedule).matches(), "schedule",
                "'" + schedule + "' is not an AWS Backup schedule; write cron(minutes hours day-of-month month day-of-week year)"
                        + " in UTC, e.g. " + BackupDefaults.SCHEDULE + " for daily at 05:00"));
        KnownValue.of(settings.retentionDays()).ifPresent(days ->
                Validators.range(p, "retentionDays", days, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS, " days"));
        // An unset copy retention is the retention, whose problem is reported once, above.
        settings.givenCopyRetentionDays().flatMap(KnownValue::of).ifPresent(days ->
                Validators.range(p, "copyRetentionDays", days, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS, " days"));
        settings.copyRegion().flatMap(KnownValue::of).ifPresent(region -> p.check(AwsPartition.isRegionName(region),
                "copyRegion", DeploymentRegion.regionProblem(region)));
    }

    /**
     * The copy region against the install's: another region of the same partition (a copy in the
     * same region survives nothing; AWS Backup copies only within a partition).
     */
    static void copyRegion(Problems p, BackupArgs settings, AwsPartition home) {
        settings.copyRegion().flatMap(KnownValue::of).filter(AwsPartition::isRegionName).ifPresent(region -> {
            if (p.check(!region.equals(home.region()), "copyRegion", "'" + region + "' is the install's own region; a copy"
                    + " must survive the loss of that region, so name another region of partition " + home.id())) {
                var partition = AwsPartition.ofRegion(region).id();
                p.check(partition.equals(home.id()), "copyRegion", "'" + region + "' is in partition " + partition
                        + ", the install in " + home.id() + " (" + home.region() + "); AWS Backup copies only within a partition,"
                        + " so name a region of " + home.id());
            }
        });
    }
}
