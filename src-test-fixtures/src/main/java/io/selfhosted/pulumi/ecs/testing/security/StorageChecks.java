package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_VERSIONING;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statementsOrEmpty;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.attachedTo;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.isTrue;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.string;

/** Checks for S3 buckets (their settings are separate resources attached to the bucket). */
final class StorageChecks {
    static final List<SecurityCheck> ALL = List.of(
            bucketCheck("S3-1", "S3.8", "S3 buckets block all public access",
                    (plan, bucket) -> attachedTo(plan, bucket, S3_BUCKET_PUBLIC_ACCESS_BLOCK).stream()
                            .anyMatch(b -> isTrue(b, "blockPublicAcls") && isTrue(b, "blockPublicPolicy")
                                    && isTrue(b, "ignorePublicAcls") && isTrue(b, "restrictPublicBuckets")),
                    "has no public access block with all four settings on"),
            bucketCheck("S3-2", "S3.5", "S3 buckets accept only TLS requests",
                    (plan, bucket) -> attachedTo(plan, bucket, S3_BUCKET_POLICY).stream()
                            .anyMatch(StorageChecks::deniesInsecureTransport),
                    "has no bucket policy denying requests with aws:SecureTransport false"),
            bucketCheck("S3-3", "S3.14", "S3 buckets are versioned",
                    (plan, bucket) -> attachedTo(plan, bucket, S3_BUCKET_VERSIONING).stream()
                            .anyMatch(v -> string(v, "versioningConfiguration.status").map("Enabled"::equals).orElse(false)),
                    "has no versioning configuration with status Enabled"),
            bucketCheck("S3-4", "S3.17", "S3 buckets are encrypted with a KMS key (SSE-KMS)",
                    (plan, bucket) -> attachedTo(plan, bucket, S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION).stream()
                            .anyMatch(e -> string(e, "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm")
                                    .map(a -> a.startsWith("aws:kms")).orElse(false)),
                    "has no default encryption with aws:kms"));

    private StorageChecks() {
    }

    private static SecurityCheck bucketCheck(String id, String control, String description,
                                           BiFunction<Plan, PlannedResource, Boolean> ok, String message) {
        SecurityCheck[] self = new SecurityCheck[1];
        self[0] = new SecurityCheck(id, control, description, plan -> {
            List<Finding> findings = new ArrayList<>();
            for (PlannedResource bucket : plan.resourcesOfType(S3_BUCKET)) {
                if (!ok.apply(plan, bucket)) {
                    findings.add(PlanRelations.finding(self[0], bucket, "bucket " + message));
                }
            }
            return findings;
        });
        return self[0];
    }

    private static boolean deniesInsecureTransport(PlannedResource policy) {
        for (Map<String, Object> statement : statementsOrEmpty(policy, "policy")) {
            if ("Deny".equals(statement.get("Effect")) && statement.get("Condition") instanceof Map<?, ?> condition
                    && condition.get("Bool") instanceof Map<?, ?> bool
                    && isFalse(bool.get("aws:SecureTransport"))) {
                return true;
            }
        }
        return false;
    }

    /** A condition value: "false", false, or a list of one of them (IAM accepts all three). */
    private static boolean isFalse(Object value) {
        return value instanceof List<?> list ? list.size() == 1 && isFalse(list.get(0)) : "false".equals(String.valueOf(value));
    }
}
