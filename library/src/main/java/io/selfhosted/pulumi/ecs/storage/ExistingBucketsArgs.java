package io.selfhosted.pulumi.ecs.storage;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Buckets the install uses instead of creating them, for example those an official installer
 * created. They keep their own settings; the API's role gets access to exactly these.
 */
public final class ExistingBucketsArgs extends ResourceArgs {

    @Import(name = "checkpointBucketName", required = true)
    private Output<String> checkpointBucketName;

    @Import(name = "policyPackBucketName", required = true)
    private Output<String> policyPackBucketName;

    @Import(name = "metadataBucketName", required = true)
    private Output<String> metadataBucketName;

    @Import(name = "engineEventsBucketName")
    private @Nullable Output<String> engineEventsBucketName;

    @Import(name = "kmsKeyArn")
    private @Nullable Output<String> kmsKeyArn;

    private ExistingBucketsArgs() {
    }

    private ExistingBucketsArgs(ExistingBucketsArgs $) {
        this.checkpointBucketName = $.checkpointBucketName;
        this.policyPackBucketName = $.policyPackBucketName;
        this.metadataBucketName = $.metadataBucketName;
        this.engineEventsBucketName = $.engineEventsBucketName;
        this.kmsKeyArn = $.kmsKeyArn;
    }

    /**
     * The checkpoints bucket. Required.
     */
    public Output<String> checkpointBucketName() {
        return checkpointBucketName;
    }

    /**
     * The policy packs bucket. Required.
     */
    public Output<String> policyPackBucketName() {
        return policyPackBucketName;
    }

    /**
     * The service metadata bucket. Required.
     */
    public Output<String> metadataBucketName() {
        return metadataBucketName;
    }

    /**
     * The engine events bucket, when the service uses one.
     * <p>Default: none.
     */
    public Optional<Output<String>> engineEventsBucketName() {
        return Optional.ofNullable(engineEventsBucketName);
    }

    /**
     * The KMS key (ARN) the buckets encrypt with by default, when it is not the service key; the
     * API's role may use it. Leave unset for SSE-S3 or the service key.
     * <p>Default: none.
     */
    public Optional<Output<String>> kmsKeyArn() {
        return Optional.ofNullable(kmsKeyArn);
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> StorageValidation.existing(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ExistingBucketsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ExistingBucketsArgs}. */
    public static final class Builder {
        private final ExistingBucketsArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ExistingBucketsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ExistingBucketsArgs defaults) {
            $ = new ExistingBucketsArgs(defaults);
        }

        /** @see ExistingBucketsArgs#checkpointBucketName() */
        public Builder checkpointBucketName(Output<String> checkpointBucketName) {
            $.checkpointBucketName = checkpointBucketName;
            return this;
        }

        /** @see ExistingBucketsArgs#checkpointBucketName() */
        public Builder checkpointBucketName(String checkpointBucketName) {
            return checkpointBucketName(Output.of(checkpointBucketName));
        }

        /** @see ExistingBucketsArgs#policyPackBucketName() */
        public Builder policyPackBucketName(Output<String> policyPackBucketName) {
            $.policyPackBucketName = policyPackBucketName;
            return this;
        }

        /** @see ExistingBucketsArgs#policyPackBucketName() */
        public Builder policyPackBucketName(String policyPackBucketName) {
            return policyPackBucketName(Output.of(policyPackBucketName));
        }

        /** @see ExistingBucketsArgs#metadataBucketName() */
        public Builder metadataBucketName(Output<String> metadataBucketName) {
            $.metadataBucketName = metadataBucketName;
            return this;
        }

        /** @see ExistingBucketsArgs#metadataBucketName() */
        public Builder metadataBucketName(String metadataBucketName) {
            return metadataBucketName(Output.of(metadataBucketName));
        }

        /** @see ExistingBucketsArgs#engineEventsBucketName() */
        public Builder engineEventsBucketName(@Nullable Output<String> engineEventsBucketName) {
            $.engineEventsBucketName = engineEventsBucketName;
            return this;
        }

        /** @see ExistingBucketsArgs#engineEventsBucketName() */
        public Builder engineEventsBucketName(String engineEventsBucketName) {
            return engineEventsBucketName(Output.of(engineEventsBucketName));
        }

        /** @see ExistingBucketsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(@Nullable Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ExistingBucketsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /**
         * An immutable {@link ExistingBucketsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ExistingBucketsArgs build() {
            return new ExistingBucketsArgs($);
        }
    }
}
