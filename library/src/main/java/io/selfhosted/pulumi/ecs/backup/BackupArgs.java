package io.selfhosted.pulumi.ecs.backup;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Choices for AWS Backup of the install's data: the checkpoint, policy pack, metadata and engine
 * events buckets and the Aurora cluster, into a vault encrypted with the service key, optionally
 * copied to a vault in a second region.
 */
public final class BackupArgs extends ResourceArgs {

    @Import(name = "schedule")
    private @Nullable Output<String> schedule;

    @Import(name = "retentionDays")
    private @Nullable Output<Integer> retentionDays;

    @Import(name = "vaultLock")
    private @Nullable Output<Boolean> vaultLock;

    @Import(name = "copyRegion")
    private @Nullable Output<String> copyRegion;

    @Import(name = "copyRetentionDays")
    private @Nullable Output<Integer> copyRetentionDays;

    private BackupArgs() {
    }

    private BackupArgs(BackupArgs $) {
        this.schedule = $.schedule;
        this.retentionDays = $.retentionDays;
        this.vaultLock = $.vaultLock;
        this.copyRegion = $.copyRegion;
        this.copyRetentionDays = $.copyRetentionDays;
    }

    /**
     * When backups start, as an AWS Backup schedule expression in UTC ({@code cron(minutes hours
     * day-of-month month day-of-week year)}).
     * <p>Default: {@value BackupDefaults#SCHEDULE} (daily at 05:00 UTC).
     */
    public Output<String> schedule() {
        return schedule == null ? Output.of(BackupDefaults.SCHEDULE) : schedule;
    }

    /**
     * Days each recovery point is kept (7-36500).
     * <p>Default: {@value BackupDefaults#RETENTION_DAYS}.
     */
    public Output<Integer> retentionDays() {
        return retentionDays == null ? Output.of(BackupDefaults.RETENTION_DAYS) : retentionDays;
    }

    /**
     * Whether to lock the vault in governance mode: no recovery point can be deleted before
     * {@link #retentionDays()} and no shorter retention can be set, except by a principal allowed
     * {@code backup:DeleteBackupVaultLockConfiguration}. (Compliance mode, which nobody can undo, is
     * deliberately not offered as a switch.)
     * <p>Default: {@value BackupDefaults#VAULT_LOCK}.
     */
    public Output<Boolean> vaultLock() {
        return vaultLock == null ? Output.of(BackupDefaults.VAULT_LOCK) : vaultLock;
    }

    /**
     * A second region of the same partition to copy every recovery point to, into a vault there
     * encrypted with a KMS key of its own, so that the install survives the loss of its region.
     * <p>Default: no copy.
     */
    public Optional<Output<String>> copyRegion() {
        return Optional.ofNullable(copyRegion);
    }

    /**
     * Days each copy is kept in the second region (7-36500).
     * <p>Default: {@link #retentionDays()}.
     */
    public Output<Integer> copyRetentionDays() {
        return copyRetentionDays == null ? retentionDays() : copyRetentionDays;
    }

    /** The copies' retention when given on its own (not taken from {@link #retentionDays()}). */
    Optional<Output<Integer>> givenCopyRetentionDays() {
        return Optional.ofNullable(copyRetentionDays);
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> BackupValidation.check(p, this));
    }

    /**
     * The problems of {@link #copyRegion()} against the region the install deploys to (it must be
     * another region of the same partition), with paths relative to this group; the checks of
     * {@link #problems()} are not repeated.
     *
     * @param homeRegion the install's region, a valid region name
     */
    public List<Problem> copyRegionProblems(String homeRegion) {
        var problems = new io.selfhosted.pulumi.ecs.internal.Problems();
        BackupValidation.copyRegion(problems, this, io.selfhosted.pulumi.ecs.internal.AwsPartition.ofRegion(homeRegion));
        return problems.all();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(BackupArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link BackupArgs}. */
    public static final class Builder {
        private final BackupArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new BackupArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(BackupArgs defaults) {
            $ = new BackupArgs(defaults);
        }

        /** @see BackupArgs#schedule() */
        public Builder schedule(@Nullable Output<String> schedule) {
            $.schedule = schedule;
            return this;
        }

        /** @see BackupArgs#schedule() */
        public Builder schedule(String schedule) {
            return schedule(Output.of(schedule));
        }

        /** @see BackupArgs#retentionDays() */
        public Builder retentionDays(@Nullable Output<Integer> retentionDays) {
            $.retentionDays = retentionDays;
            return this;
        }

        /** @see BackupArgs#retentionDays() */
        public Builder retentionDays(int retentionDays) {
            return retentionDays(Output.of(retentionDays));
        }

        /** @see BackupArgs#vaultLock() */
        public Builder vaultLock(@Nullable Output<Boolean> vaultLock) {
            $.vaultLock = vaultLock;
            return this;
        }

        /** @see BackupArgs#vaultLock() */
        public Builder vaultLock(boolean vaultLock) {
            return vaultLock(Output.of(vaultLock));
        }

        /** @see BackupArgs#copyRegion() */
        public Builder copyRegion(@Nullable Output<String> copyRegion) {
            $.copyRegion = copyRegion;
            return this;
        }

        /** @see BackupArgs#copyRegion() */
        public Builder copyRegion(String copyRegion) {
            return copyRegion(Output.of(copyRegion));
        }

        /** @see BackupArgs#copyRetentionDays() */
        public Builder copyRetentionDays(@Nullable Output<Integer> copyRetentionDays) {
            $.copyRetentionDays = copyRetentionDays;
            return this;
        }

        /** @see BackupArgs#copyRetentionDays() */
        public Builder copyRetentionDays(int copyRetentionDays) {
            return copyRetentionDays(Output.of(copyRetentionDays));
        }

        /**
         * An immutable {@link BackupArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public BackupArgs build() {
            return new BackupArgs($);
        }
    }
}
