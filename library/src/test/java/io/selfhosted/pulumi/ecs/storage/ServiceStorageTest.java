package io.selfhosted.pulumi.ecs.storage;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_VERSIONING;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statements;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static org.assertj.core.api.Assertions.assertThat;

/** The service's buckets and their secure defaults, one guard rail at a time. */
class ServiceStorageTest {
    private static final String KEY = SampleInstall.arn(SampleInstall.REGION, "kms", "key/1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b");
    private static final List<String> DEFAULT_BUCKETS = List.of("storage-checkpoints", "storage-policy-packs",
            "storage-service-metadata");

    private static Plan standalone;

    @BeforeAll
    static void run() {
        standalone = storage(s -> s);
    }

    private static Plan storage(UnaryOperator<StorageArgs.Builder> settings) {
        return SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ServiceStorage("storage",
                ServiceStorageArgs.builder()
                        .kmsKeyArn(KEY)
                        .settings(settings.apply(StorageArgs.builder()).build())
                        .build(), null)).requireSuccess();
    }

    @Test
    void createsTheThreeBucketsWithTheSeedsPrefixes() {
        assertThat(standalone.resourcesOfType(S3_BUCKET)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrderElementsOf(DEFAULT_BUCKETS);
        assertThat(standalone.resourcesOfType(S3_BUCKET)).extracting(b -> b.string("bucketPrefix"))
                .containsExactlyInAnyOrder("pulumi-checkpoint-", "pulumi-policy-", "pulumi-service-metadata-");
        assertThat(standalone.resourcesOfType(S3_BUCKET)).allSatisfy(b -> assertThat(b.bool("forceDestroy")).isFalse());
    }

    @Test
    void createsTheEngineEventsBucketOnlyWhenEnabled() {
        assertThat(standalone.resourcesOfType(S3_BUCKET)).noneMatch(b -> b.string("bucketPrefix").contains("engine-events"));

        Plan withEvents = storage(s -> s.engineEventsBucket(true));

        assertThat(withEvents.resourcesOfType(S3_BUCKET)).extracting(b -> b.string("bucketPrefix"))
                .containsExactlyInAnyOrder("pulumi-checkpoint-", "pulumi-policy-", "pulumi-service-metadata-",
                        "pulumi-engine-events-");
        // The optional bucket gets the same guard rails as the others.
        assertThat(withEvents.resourcesOfType(S3_BUCKET_POLICY)).hasSize(4);
        assertThat(withEvents.resourcesOfType(S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION)).hasSize(4);
        // Turned off, the bucket stays in AWS with its guard rails: every setting is retained too.
        assertThat(withEvents.resources().stream().filter(r -> r.parentName().orElse("").equals("storage")
                && r.name().startsWith("storage-engine-events"))).hasSizeGreaterThan(5)
                .allSatisfy(r -> assertThat(r.retainOnDelete()).as("%s retained", r).isTrue());
        // Engine events can be turned off again without state surgery: retained, not protected.
        assertThat(withEvents.resource(S3_BUCKET, "storage-engine-events").protect()).isFalse();
        assertThat(withEvents.resource(S3_BUCKET, "storage-engine-events").retainOnDelete()).isTrue();
    }

    @Test
    void bucketsAreProtectedAndRetained() {
        assertThat(standalone.resourcesOfType(S3_BUCKET)).hasSize(3).allSatisfy(b -> {
            assertThat(b.protect()).as("%s protect", b).isTrue();
            assertThat(b.retainOnDelete()).as("%s retainOnDelete", b).isTrue();
        });
    }

    @Test
    void everyBucketIsVersioned() {
        forEachBucket(S3_BUCKET_VERSIONING, v -> assertThat(v.string("versioningConfiguration.status")).isEqualTo("Enabled"));
    }

    @Test
    void everyBucketIsEncryptedWithTheServiceKeyAndBucketKeys() {
        forEachBucket(S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION, e -> {
            assertThat(e.list("rules")).hasSize(1);
            assertThat(e.string("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm")).isEqualTo("aws:kms");
            assertThat(e.string("rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId")).isEqualTo(KEY);
            assertThat(e.bool("rules[0].bucketKeyEnabled")).isTrue();
        });
    }

    @Test
    void everyBucketBlocksAllPublicAccess() {
        forEachBucket(S3_BUCKET_PUBLIC_ACCESS_BLOCK, p -> {
            assertThat(p.bool("blockPublicAcls")).isTrue();
            assertThat(p.bool("blockPublicPolicy")).isTrue();
            assertThat(p.bool("ignorePublicAcls")).isTrue();
            assertThat(p.bool("restrictPublicBuckets")).isTrue();
        });
    }

    @Test
    void everyBucketEnforcesOwnership() {
        forEachBucket(S3_BUCKET_OWNERSHIP_CONTROLS, o -> assertThat(o.string("rule.objectOwnership")).isEqualTo("BucketOwnerEnforced"));
    }

    @Test
    void everyBucketDeniesRequestsWithoutTls12OnBucketAndObjects() {
        forEachBucket(S3_BUCKET_POLICY, policy -> {
            String bucketArn = "arn:aws:s3:::" + policy.string("bucket");
            var all = statements(policy, "policy");
            assertThat(all).allSatisfy(s -> {
                assertThat(s.get("Effect")).isEqualTo("Deny");
                assertThat(s.get("Principal")).isEqualTo("*");
                assertThat(values(s, "Resource")).containsExactlyInAnyOrder(bucketArn, bucketArn + "/*");
            });
            assertThat(all).anySatisfy(s -> assertThat(s.get("Condition"))
                    .isEqualTo(Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
            assertThat(all).anySatisfy(s -> assertThat(s.get("Condition"))
                    .isEqualTo(Map.of("NumericLessThan", Map.of("s3:TlsVersion", "1.2"))));
            assertThat(all).noneMatch(s -> "Allow".equals(s.get("Effect")));
        });
    }

    @Test
    void lifecycleExpiresNoncurrentVersionsAndAbortsUploadsByDefault() {
        forEachBucket(S3_BUCKET_LIFECYCLE_CONFIGURATION, l -> {
            assertThat(l.list("rules")).hasSize(1);
            assertThat(l.string("rules[0].status")).isEqualTo("Enabled");
            assertThat(l.integer("rules[0].noncurrentVersionExpiration.noncurrentDays"))
                    .isEqualTo(StorageDefaults.NONCURRENT_VERSION_EXPIRATION_DAYS).isEqualTo(90);
            assertThat(l.integer("rules[0].abortIncompleteMultipartUpload.daysAfterInitiation"))
                    .isEqualTo(StorageDefaults.ABORT_INCOMPLETE_UPLOAD_DAYS).isEqualTo(7);
        });
    }

    @Test
    void lifecycleDaysCanBeOverridden() {
        Plan custom = storage(s -> s.noncurrentVersionExpirationDays(30).abortIncompleteUploadDays(2));

        assertThat(custom.resourcesOfType(S3_BUCKET_LIFECYCLE_CONFIGURATION)).hasSize(3).allSatisfy(l -> {
            assertThat(l.integer("rules[0].noncurrentVersionExpiration.noncurrentDays")).isEqualTo(30);
            assertThat(l.integer("rules[0].abortIncompleteMultipartUpload.daysAfterInitiation")).isEqualTo(2);
        });
    }

    @Test
    void insideTheInstallBucketsUseTheInstallKeyAndSettings() {
        Plan plan = install(b -> b.storage(StorageArgs.builder().engineEventsBucket(true)
                .noncurrentVersionExpirationDays(60).build()));
        String installKey = SampleInstall.arn(SampleInstall.REGION, "kms", "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");

        assertThat(plan.resourcesOfType(S3_BUCKET)).hasSize(4)
                .allSatisfy(b -> assertThat(b.parentName()).contains("pulumi-storage"))
                .allSatisfy(b -> assertThat(b.retainOnDelete()).isTrue());
        assertThat(plan.resourcesOfType(S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION)).hasSize(4).allSatisfy(e ->
                assertThat(e.string("rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId")).isEqualTo(installKey));
        assertThat(plan.resourcesOfType(S3_BUCKET_LIFECYCLE_CONFIGURATION)).hasSize(4).allSatisfy(l ->
                assertThat(l.integer("rules[0].noncurrentVersionExpiration.noncurrentDays")).isEqualTo(60));
    }

    /** Asserts on the settings resource of {@code type} of each default bucket; each bucket has exactly one. */
    private static void forEachBucket(String type, Consumer<PlannedResource> check) {
        var settings = standalone.resourcesOfType(type);
        assertThat(settings).extracting(PlannedResource::name).containsExactlyInAnyOrderElementsOf(DEFAULT_BUCKETS);
        // Each settings resource points at a bucket of this plan, not at a literal name.
        assertThat(settings).extracting(s -> s.string("bucket"))
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith("pulumi-"));
        settings.forEach(check);
    }
}
