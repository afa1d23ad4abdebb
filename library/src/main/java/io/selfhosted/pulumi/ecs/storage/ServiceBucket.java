package io.selfhosted.pulumi.ecs.storage;

import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;

import java.util.List;
import java.util.Map;

/**
 * One private, versioned, KMS-encrypted bucket with its guard rails, registered under the
 * storage component. Not a component of its own: the bucket and its settings are one concern.
 */
final class ServiceBucket {
    final BucketV2 bucket;

    /**
     * @param logicalName the bucket's logical name; its settings resources are named after it
     * @param namePrefix  the physical name prefix AWS completes, e.g. {@code pulumi-checkpoint-}
     */
    ServiceBucket(Resource parent, String logicalName, String namePrefix, Output<String> kmsKeyArn,
                  StorageArgs settings, Output<Map<String, String>> tags, boolean optional) {
        // Every bucket is retained: deleting it from the stack leaves it, and its objects, in
        // AWS. The buckets the service always needs are also protected; an optional one is not,
        // so that turning its feature off succeeds (and leaves the bucket behind).
        var options = optional ? ChildOptions.retained(parent) : ChildOptions.stateful(parent);
        // The guard rails of a bucket stay with it whenever the bucket is kept in AWS (an
        // optional bucket turned off, a teardown): it keeps its encryption, public access block,
        // TLS-only policy, versioning and lifecycle instead of falling back to AWS's defaults.
        java.util.function.Supplier<com.pulumi.resources.CustomResourceOptions.Builder> guarded =
                () -> ChildOptions.retained(parent);
        this.bucket = new BucketV2(logicalName, BucketV2Args.builder()
                .bucketPrefix(namePrefix)
                .forceDestroy(false)
                .tags(tags)
                .build(), options.build());
        Output<String> id = bucket.id();

        var ownership = new BucketOwnershipControls(logicalName, BucketOwnershipControlsArgs.builder()
                .bucket(id)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), guarded.get().build());

        var publicAccess = new BucketPublicAccessBlock(logicalName, BucketPublicAccessBlockArgs.builder()
                .bucket(id)
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), guarded.get().build());

        var versioning = new BucketVersioningV2(logicalName, BucketVersioningV2Args.builder()
                .bucket(id)
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder()
                        .status("Enabled").build())
                .build(), guarded.get().build());

        new BucketServerSideEncryptionConfigurationV2(logicalName,
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(id)
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(
                                        BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                                .sseAlgorithm("aws:kms")
                                                .kmsMasterKeyId(kmsKeyArn)
                                                .build())
                                // Bucket keys cut KMS requests (and cost) by orders of magnitude.
                                .bucketKeyEnabled(true)
                                .build())
                        .build(), guarded.get().build());

        // Lifecycle rules on noncurrent versions need versioning to exist first.
        new BucketLifecycleConfigurationV2(logicalName, BucketLifecycleConfigurationV2Args.builder()
                .bucket(id)
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-noncurrent-versions-and-incomplete-uploads")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(settings.noncurrentVersionExpirationDays())
                                .build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(settings.abortIncompleteUploadDays())
                                .build())
                        .build())
                .build(), guarded.get().dependsOn(versioning).build());

        // S3 rejects a bucket policy while the public access block is being applied; order them.
        new BucketPolicy(logicalName, BucketPolicyArgs.builder()
                .bucket(id)
                .policy(bucket.arn().applyValue(ServiceBucket::tlsOnlyPolicy))
                .build(), guarded.get().dependsOn(publicAccess, ownership).build());
    }

    /** Denies every request that is not over TLS 1.2 or newer. */
    static String tlsOnlyPolicy(String bucketArn) {
        List<String> resources = List.of(bucketArn, bucketArn + "/*");
        return PolicyDocument.of(
                new Statement("DenyInsecureTransport", "Deny", "*", List.of("s3:*"), resources, null)
                        .when("Bool", "aws:SecureTransport", "false"),
                new Statement("DenyOutdatedTls", "Deny", "*", List.of("s3:*"), resources, null)
                        .when("NumericLessThan", "s3:TlsVersion", "1.2")
        ).toJson();
    }
}
