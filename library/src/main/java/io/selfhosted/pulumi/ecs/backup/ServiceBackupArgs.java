package io.selfhosted.pulumi.ecs.backup;

import io.selfhosted.pulumi.ecs.TagArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The inputs of {@link ServiceBackup}: what to back up, the vault's key and the user's choices.
 */
public final class ServiceBackupArgs extends ResourceArgs {

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "bucketNames")
    private @Nullable List<Output<String>> bucketNames;

    @Import(name = "databaseClusterIdentifier")
    private @Nullable Output<String> databaseClusterIdentifier;

    @Import(name = "settings")
    private @Nullable BackupArgs settings;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceBackupArgs() {
    }

    private ServiceBackupArgs(ServiceBackupArgs $) {
        this.kmsKeyArn = $.kmsKeyArn;
        this.bucketNames = $.bucketNames;
        this.databaseClusterIdentifier = $.databaseClusterIdentifier;
        this.settings = $.settings;
        this.tags = $.tags;
    }

    /**
     * The KMS key (ARN) encrypting the backup vault, and so every recovery point in it. Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * The S3 buckets to back up (versioned, as AWS Backup requires for S3).
     * <p>Default: none.
     */
    public List<Output<String>> bucketNames() {
        return bucketNames == null ? List.of() : bucketNames;
    }

    /**
     * The Aurora cluster to back up.
     * <p>Default: none.
     */
    public Optional<Output<String>> databaseClusterIdentifier() {
        return Optional.ofNullable(databaseClusterIdentifier);
    }

    /**
     * Schedule, retention, vault lock and the copy to a second region.
     * <p>Default: the {@link BackupArgs} defaults.
     */
    public BackupArgs settings() {
        return settings == null ? BackupArgs.builder().build() : settings;
    }

    /**
     * Tags of every resource; the fixed tags of the install are added.
     * <p>Default: none.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ServiceBackupArgs}. */
    public static final class Builder {
        private final ServiceBackupArgs $ = new ServiceBackupArgs();

        /** An empty builder. */
        public Builder() {
        }

        /** @see ServiceBackupArgs#kmsKeyArn() */
        public Builder kmsKeyArn(Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ServiceBackupArgs#bucketNames() */
        public Builder bucketNames(@Nullable List<Output<String>> bucketNames) {
            $.bucketNames = bucketNames;
            return this;
        }

        /** @see ServiceBackupArgs#databaseClusterIdentifier() */
        public Builder databaseClusterIdentifier(@Nullable Output<String> databaseClusterIdentifier) {
            $.databaseClusterIdentifier = databaseClusterIdentifier;
            return this;
        }

        /** @see ServiceBackupArgs#settings() */
        public Builder settings(@Nullable BackupArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see ServiceBackupArgs#tags() */
        public Builder tags(@Nullable List<TagArgs> tags) {
            $.tags = tags;
            return this;
        }

        /**
         * An immutable {@link ServiceBackupArgs}. Unset required properties are not refused here:
         * validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceBackupArgs build() {
            return new ServiceBackupArgs($);
        }
    }
}
