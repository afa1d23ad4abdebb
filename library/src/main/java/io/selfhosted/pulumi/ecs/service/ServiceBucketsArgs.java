package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The buckets the API stores checkpoints, policy packs, metadata and engine events in.
 */
public final class ServiceBucketsArgs extends ResourceArgs {

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

    private ServiceBucketsArgs() {
    }

    private ServiceBucketsArgs(ServiceBucketsArgs $) {
        this.checkpointBucketName = $.checkpointBucketName;
        this.policyPackBucketName = $.policyPackBucketName;
        this.metadataBucketName = $.metadataBucketName;
        this.engineEventsBucketName = $.engineEventsBucketName;
        this.kmsKeyArn = $.kmsKeyArn;
    }

    /**
     * The checkpoint bucket. Required.
     */
    public Output<String> checkpointBucketName() {
        return checkpointBucketName;
    }

    /**
     * The policy pack bucket. Required.
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
     * The engine events bucket.
     * <p>Default: none.
     */
    public Optional<Output<String>> engineEventsBucketName() {
        return Optional.ofNullable(engineEventsBucketName);
    }

    /**
     * The KMS key the buckets encrypt with by default, when it is not the service key (buckets the
     * install did not create).
     * <p>Default: none (the service key, or SSE-S3).
     */
    public Optional<Output<String>> kmsKeyArn() {
        return Optional.ofNullable(kmsKeyArn);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ServiceBucketsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceBucketsArgs}. */
    public static final class Builder {
        private final ServiceBucketsArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceBucketsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceBucketsArgs defaults) {
            $ = new ServiceBucketsArgs(defaults);
        }

        /** @see ServiceBucketsArgs#checkpointBucketName() */
        public Builder checkpointBucketName(Output<String> checkpointBucketName) {
            $.checkpointBucketName = checkpointBucketName;
            return this;
        }

        /** @see ServiceBucketsArgs#checkpointBucketName() */
        public Builder checkpointBucketName(String checkpointBucketName) {
            return checkpointBucketName(Output.of(checkpointBucketName));
        }

        /** @see ServiceBucketsArgs#policyPackBucketName() */
        public Builder policyPackBucketName(Output<String> policyPackBucketName) {
            $.policyPackBucketName = policyPackBucketName;
            return this;
        }

        /** @see ServiceBucketsArgs#policyPackBucketName() */
        public Builder policyPackBucketName(String policyPackBucketName) {
            return policyPackBucketName(Output.of(policyPackBucketName));
        }

        /** @see ServiceBucketsArgs#metadataBucketName() */
        public Builder metadataBucketName(Output<String> metadataBucketName) {
            $.metadataBucketName = metadataBucketName;
            return this;
        }

        /** @see ServiceBucketsArgs#metadataBucketName() */
        public Builder metadataBucketName(String metadataBucketName) {
            return metadataBucketName(Output.of(metadataBucketName));
        }

        /** @see ServiceBucketsArgs#engineEventsBucketName() */
        public Builder engineEventsBucketName(@Nullable Output<String> engineEventsBucketName) {
            $.engineEventsBucketName = engineEventsBucketName;
            return this;
        }

        /** @see ServiceBucketsArgs#engineEventsBucketName() */
        public Builder engineEventsBucketName(String engineEventsBucketName) {
            return engineEventsBucketName(Output.of(engineEventsBucketName));
        }

        /** @see ServiceBucketsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(@Nullable Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ServiceBucketsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /**
         * An immutable {@link ServiceBucketsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceBucketsArgs build() {
            return new ServiceBucketsArgs($);
        }
    }
}
