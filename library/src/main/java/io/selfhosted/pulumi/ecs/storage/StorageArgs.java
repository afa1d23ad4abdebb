package io.selfhosted.pulumi.ecs.storage;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Choices for the service's S3 buckets.
 */
public final class StorageArgs extends ResourceArgs {

    @Import(name = "engineEventsBucket")
    private @Nullable Output<Boolean> engineEventsBucket;

    @Import(name = "noncurrentVersionExpirationDays")
    private @Nullable Output<Integer> noncurrentVersionExpirationDays;

    @Import(name = "abortIncompleteUploadDays")
    private @Nullable Output<Integer> abortIncompleteUploadDays;

    private StorageArgs() {
    }

    private StorageArgs(StorageArgs $) {
        this.engineEventsBucket = $.engineEventsBucket;
        this.noncurrentVersionExpirationDays = $.noncurrentVersionExpirationDays;
        this.abortIncompleteUploadDays = $.abortIncompleteUploadDays;
    }

    /**
     * Whether to create the {@code pulumi-engine-events-} bucket the service can write engine
     * events to ({@code PULUMI_ENGINE_EVENTS_BLOB_STORAGE_ENDPOINT}).
     * <p>Default: {@value StorageDefaults#ENGINE_EVENTS_BUCKET}.
     */
    public Output<Boolean> engineEventsBucket() {
        return engineEventsBucket == null ? Output.of(StorageDefaults.ENGINE_EVENTS_BUCKET) : engineEventsBucket;
    }

    /**
     * Days a replaced object version (an older checkpoint, say) is kept before S3 deletes it
     * (1-3650).
     * <p>Default: {@value StorageDefaults#NONCURRENT_VERSION_EXPIRATION_DAYS}.
     */
    public Output<Integer> noncurrentVersionExpirationDays() {
        return noncurrentVersionExpirationDays == null ? Output.of(StorageDefaults.NONCURRENT_VERSION_EXPIRATION_DAYS) : noncurrentVersionExpirationDays;
    }

    /**
     * Days after which S3 removes the parts of an unfinished multipart upload (1-365).
     * <p>Default: {@value StorageDefaults#ABORT_INCOMPLETE_UPLOAD_DAYS}.
     */
    public Output<Integer> abortIncompleteUploadDays() {
        return abortIncompleteUploadDays == null ? Output.of(StorageDefaults.ABORT_INCOMPLETE_UPLOAD_DAYS) : abortIncompleteUploadDays;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> StorageValidation.check(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(StorageArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link StorageArgs}. */
    public static final class Builder {
        private final StorageArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new StorageArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(StorageArgs defaults) {
            $ = new StorageArgs(defaults);
        }

        /** @see StorageArgs#engineEventsBucket() */
        public Builder engineEventsBucket(@Nullable Output<Boolean> engineEventsBucket) {
            $.engineEventsBucket = engineEventsBucket;
            return this;
        }

        /** @see StorageArgs#engineEventsBucket() */
        public Builder engineEventsBucket(boolean engineEventsBucket) {
            return engineEventsBucket(Output.of(engineEventsBucket));
        }

        /** @see StorageArgs#noncurrentVersionExpirationDays() */
        public Builder noncurrentVersionExpirationDays(@Nullable Output<Integer> noncurrentVersionExpirationDays) {
            $.noncurrentVersionExpirationDays = noncurrentVersionExpirationDays;
            return this;
        }

        /** @see StorageArgs#noncurrentVersionExpirationDays() */
        public Builder noncurrentVersionExpirationDays(int noncurrentVersionExpirationDays) {
            return noncurrentVersionExpirationDays(Output.of(noncurrentVersionExpirationDays));
        }

        /** @see StorageArgs#abortIncompleteUploadDays() */
        public Builder abortIncompleteUploadDays(@Nullable Output<Integer> abortIncompleteUploadDays) {
            $.abortIncompleteUploadDays = abortIncompleteUploadDays;
            return this;
        }

        /** @see StorageArgs#abortIncompleteUploadDays() */
        public Builder abortIncompleteUploadDays(int abortIncompleteUploadDays) {
            return abortIncompleteUploadDays(Output.of(abortIncompleteUploadDays));
        }

        /**
         * An immutable {@link StorageArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public StorageArgs build() {
            return new StorageArgs($);
        }
    }
}
