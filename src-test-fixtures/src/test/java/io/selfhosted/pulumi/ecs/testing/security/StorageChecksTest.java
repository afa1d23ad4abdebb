package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertNoFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertSingleFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.findings;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.json;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** S3-1..S3-4: a bucket's settings are separate resources that depend on the bucket. */
class StorageChecksTest {

    private enum Part { PUBLIC_ACCESS_BLOCK, TLS_POLICY, VERSIONING, KMS_ENCRYPTION }

    private static final Set<Part> ALL = Set.of(Part.values());

    /** A bucket with the given compliant settings attached (the others are left out). */
    private static BucketV2 bucket(String name, Set<Part> parts) {
        var bucket = new BucketV2(name);
        if (parts.contains(Part.PUBLIC_ACCESS_BLOCK)) {
            publicAccessBlock(name, bucket, true);
        }
        if (parts.contains(Part.TLS_POLICY)) {
            bucketPolicy(name, bucket, "false");
        }
        if (parts.contains(Part.VERSIONING)) {
            versioning(name, bucket, "Enabled");
        }
        if (parts.contains(Part.KMS_ENCRYPTION)) {
            encryption(name, bucket, "aws:kms");
        }
        return bucket;
    }

    private static void publicAccessBlock(String name, BucketV2 bucket, boolean restrictPublicBuckets) {
        new BucketPublicAccessBlock(name + "-public-access", BucketPublicAccessBlockArgs.builder().bucket(bucket.id())
                .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true)
                .restrictPublicBuckets(restrictPublicBuckets).build());
    }

    /** A policy with a Deny statement on the condition {@code aws:SecureTransport == secureTransport}. */
    private static void bucketPolicy(String name, BucketV2 bucket, String secureTransport) {
        new BucketPolicy(name + "-policy", BucketPolicyArgs.builder().bucket(bucket.id())
                .policy(bucket.arn().applyValue(arn -> json(Map.of("Version", "2012-10-17", "Statement", List.of(
                        Map.of("Sid", "AllowOwnAccount", "Effect", "Allow",
                                "Principal", Map.of("AWS", "arn:aws:iam::123456789012:root"),
                                "Action", "s3:GetObject", "Resource", arn + "/*"),
                        Map.of("Sid", "DenyInsecureTransport", "Effect", "Deny", "Principal", "*", "Action", "s3:*",
                                "Resource", List.of(arn, arn + "/*"),
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", secureTransport))))))))
                .build());
    }

    private static void versioning(String name, BucketV2 bucket, String status) {
        new BucketVersioningV2(name + "-versioning", BucketVersioningV2Args.builder().bucket(bucket.id())
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status(status).build())
                .build());
    }

    private static void encryption(String name, BucketV2 bucket, String algorithm) {
        new BucketServerSideEncryptionConfigurationV2(name + "-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder().bucket(bucket.id())
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(
                                        BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs
                                                .builder().sseAlgorithm(algorithm).build())
                                .build())
                        .build());
    }

    private static Plan bucketWithout(Part missing) {
        var parts = new HashSet<>(ALL);
        parts.remove(missing);
        return plan(ctx -> {
            bucket("compliant", ALL);
            bucket("offender", parts);
        });
    }

    @Test
    void aBucketWithEverySettingPassesEveryStorageCheck() {
        var plan = plan(ctx -> bucket("data", ALL));

        for (var check : List.of("S3-1", "S3-2", "S3-3", "S3-4")) {
            assertNoFinding(plan, check);
        }
    }

    @Test
    void s3_1_bucketWithoutPublicAccessBlock() {
        var finding = assertSingleFinding(bucketWithout(Part.PUBLIC_ACCESS_BLOCK), "S3-1", "S3.8", S3_BUCKET, "offender");
        assertThat(finding.message()).contains("public access block");
    }

    @Test
    void s3_1_publicAccessBlockWithOneSettingOff() {
        var plan = plan(ctx -> {
            var bucket = bucket("offender", Set.of(Part.TLS_POLICY, Part.VERSIONING, Part.KMS_ENCRYPTION));
            publicAccessBlock("offender", bucket, false);
        });

        assertSingleFinding(plan, "S3-1", "S3.8", S3_BUCKET, "offender");
    }

    @Test
    void s3_1_aPublicAccessBlockOfAnotherBucketDoesNotCount() {
        var plan = plan(ctx -> {
            var other = bucket("other", ALL);
            bucket("offender", Set.of(Part.TLS_POLICY, Part.VERSIONING, Part.KMS_ENCRYPTION));
            publicAccessBlock("second-for-other", other, true);
        });

        assertSingleFinding(plan, "S3-1", "S3.8", S3_BUCKET, "offender");
    }

    @Test
    void s3_2_bucketWithoutPolicy() {
        assertSingleFinding(bucketWithout(Part.TLS_POLICY), "S3-2", "S3.5", S3_BUCKET, "offender");
    }

    @Test
    void s3_2_bucketPolicyWithoutSecureTransportDeny() {
        var plan = plan(ctx -> {
            var bucket = bucket("offender", Set.of(Part.PUBLIC_ACCESS_BLOCK, Part.VERSIONING, Part.KMS_ENCRYPTION));
            new BucketPolicy("offender-policy", BucketPolicyArgs.builder().bucket(bucket.id())
                    .policy(bucket.arn().applyValue(arn -> json(Map.of("Version", "2012-10-17", "Statement", List.of(
                            Map.of("Effect", "Allow", "Principal", Map.of("AWS", "arn:aws:iam::123456789012:root"),
                                    "Action", "s3:GetObject", "Resource", arn + "/*"))))))
                    .build());
        });

        var finding = assertSingleFinding(plan, "S3-2", "S3.5", S3_BUCKET, "offender");
        assertThat(finding.message()).contains("aws:SecureTransport");
    }

    @Test
    void s3_2_denyingSecureRequestsInsteadOfInsecureOnesDoesNotCount() {
        var plan = plan(ctx -> {
            var bucket = bucket("offender", Set.of(Part.PUBLIC_ACCESS_BLOCK, Part.VERSIONING, Part.KMS_ENCRYPTION));
            bucketPolicy("offender", bucket, "true");
        });

        assertSingleFinding(plan, "S3-2", "S3.5", S3_BUCKET, "offender");
    }

    @Test
    void s3_2_theConditionValueMayBeABooleanOrAListAndTheStatementASingleObject() {
        var plan = plan(ctx -> {
            Map.<String, Object>of("deny-boolean", false, "deny-list", List.of("false")).forEach((name, value) -> {
                var bucket = bucket(name, Set.of(Part.PUBLIC_ACCESS_BLOCK, Part.VERSIONING, Part.KMS_ENCRYPTION));
                new BucketPolicy(name + "-policy", BucketPolicyArgs.builder().bucket(bucket.id())
                        .policy(bucket.arn().applyValue(arn -> json(Map.of("Version", "2012-10-17", "Statement",
                                Map.of("Effect", "Deny", "Principal", "*", "Action", "s3:*", "Resource", arn + "/*",
                                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", value))))))).build());
            });
        });

        assertThat(plan.resourcesOfType(S3_BUCKET)).hasSize(2);
        assertNoFinding(plan, "S3-2");
    }

    @Test
    void s3_3_bucketWithoutVersioning() {
        assertSingleFinding(bucketWithout(Part.VERSIONING), "S3-3", "S3.14", S3_BUCKET, "offender");
    }

    @Test
    void s3_3_suspendedVersioning() {
        var plan = plan(ctx -> {
            var bucket = bucket("offender", Set.of(Part.PUBLIC_ACCESS_BLOCK, Part.TLS_POLICY, Part.KMS_ENCRYPTION));
            versioning("offender", bucket, "Suspended");
        });

        assertSingleFinding(plan, "S3-3", "S3.14", S3_BUCKET, "offender");
    }

    @Test
    void s3_4_bucketWithoutDefaultEncryption() {
        assertSingleFinding(bucketWithout(Part.KMS_ENCRYPTION), "S3-4", "S3.17", S3_BUCKET, "offender");
    }

    @Test
    void s3_4_s3ManagedKeysAreNotEnoughButDualLayerKmsIs() {
        var plan = plan(ctx -> {
            var sse = bucket("offender", Set.of(Part.PUBLIC_ACCESS_BLOCK, Part.TLS_POLICY, Part.VERSIONING));
            encryption("offender", sse, "AES256");
            var dsse = bucket("dual-layer", Set.of(Part.PUBLIC_ACCESS_BLOCK, Part.TLS_POLICY, Part.VERSIONING));
            encryption("dual-layer", dsse, "aws:kms:dsse");
        });

        assertSingleFinding(plan, "S3-4", "S3.17", S3_BUCKET, "offender");
        assertThat(findings(plan, "S3-1")).isEmpty();
    }
}
