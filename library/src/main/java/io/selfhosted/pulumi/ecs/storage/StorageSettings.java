package io.selfhosted.pulumi.ecs.storage;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import javax.annotation.Nullable;

/**
 * Choices for the service's S3 buckets.
 */
public final class StorageSettings extends ResourceArgs {

    /** Default of {@link #engineEventsBucket()}. */
    public static final boolean DEFAULT_ENGINE_EVENTS_BUCKET = false;

    /** Default of {@link #noncurrentVersionExpirationDays()}. */
    public static final int DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS = 90;

    /** Default of {@link #abortIncompleteUploadDays()}. */
    public static final int DEFAULT_ABORT_INCOMPLETE_UPLOAD_DAYS = 7;

    @Import(name = "engineEventsBucket")
    private @Nullable Output<Boolean> engineEventsBucket;

    @Import(name = "noncurrentVersionExpirationDays")
    private @Nullable Output<Integer> noncurrentVersionExpirationDays;

    @Import(name = "abortIncompleteUploadDays")
    private @Nullable Output<Integer> abortIncompleteUploadDays;

    private StorageSettings() {
    }

    private StorageSettings(StorageSettings $) {
        this.engineEventsBucket = $.engineEventsBucket;
        this.noncurrentVersionExpirationDays = $.noncurrentVersionExpirationDays;
        this.abortIncompleteUploadDays = $.abortIncompleteUploadDays;
    }

    /**
     * Whether to create the {@code pulumi-engine-events-} bucket the service can write engine
     * events to ({@code PULUMI_ENGINE_EVENTS_BLOB_STORAGE_ENDPOINT}).
     * <p>Default: {@value #DEFAULT_ENGINE_EVENTS_BUCKET}.
     */
    public Output<Boolean> engineEventsBucket() {
        return engineEventsBucket == null ? Output.of(DEFAULT_ENGINE_EVENTS_BUCKET) : engineEventsBucket;
    }

    /**
     * Days a replaced object version (an older checkpoint, say) is kept before S3 deletes it (1-3650).
     * <p>Default: {@value #DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS}.
     */
    public Output<Integer> noncurrentVersionExpirationDays() {
        return noncurrentVersionExpirationDays == null ? Output.of(DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS) : noncurrentVersionExpirationDays;
    }

    /**
     * Days after which S3 removes the parts of an unfinished multipart upload (1-365).
     * <p>Default: {@value #DEFAULT_ABORT_INCOMPLETE_UPLOAD_DAYS}.
     */
    public Output<Integer> abortIncompleteUploadDays() {
        return abortIncompleteUploadDays == null ? Output.of(DEFAULT_ABORT_INCOMPLETE_UPLOAD_DAYS) : abortIncompleteUploadDays;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(StorageSettings defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link StorageSettings}. */
    public static final class Builder {
        private final StorageSettings $;

        public Builder() {
            $ = new StorageSettings();
        }

        public Builder(StorageSettings defaults) {
            $ = new StorageSettings(defaults);
        }

        /** @see StorageSettings#engineEventsBucket() */
        public Builder engineEventsBucket(@Nullable Output<Boolean> engineEventsBucket) {
            $.engineEventsBucket = engineEventsBucket;
            return this;
        }

        /** @see StorageSettings#engineEventsBucket() */
        public Builder engineEventsBucket(boolean engineEventsBucket) {
            return engineEventsBucket(Output.of(engineEventsBucket));
        }

        /** @see StorageSettings#noncurrentVersionExpirationDays() */
        public Builder noncurrentVersionExpirationDays(@Nullable Output<Integer> noncurrentVersionExpirationDays) {
            $.noncurrentVersionExpirationDays = noncurrentVersionExpirationDays;
            return this;
        }

        /** @see StorageSettings#noncurrentVersionExpirationDays() */
        public Builder noncurrentVersionExpirationDays(int noncurrentVersionExpirationDays) {
            return noncurrentVersionExpirationDays(Output.of(noncurrentVersionExpirationDays));
        }

        /** @see StorageSettings#abortIncompleteUploadDays() */
        public Builder abortIncompleteUploadDays(@Nullable Output<Integer> abortIncompleteUploadDays) {
            $.abortIncompleteUploadDays = abortIncompleteUploadDays;
            return this;
        }

        /** @see StorageSettings#abortIncompleteUploadDays() */
        public Builder abortIncompleteUploadDays(int abortIncompleteUploadDays) {
            return abortIncompleteUploadDays(Output.of(abortIncompleteUploadDays));
        }

        /** Checks required properties and returns an immutable {@link StorageSettings}. */
        public StorageSettings build() {
            return new StorageSettings($);
        }
    }
}
