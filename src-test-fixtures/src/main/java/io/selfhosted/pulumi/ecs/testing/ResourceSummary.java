package io.selfhosted.pulumi.ecs.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ACM_CERTIFICATE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.APPAUTOSCALING_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.APPAUTOSCALING_TARGET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_TARGET_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_VERSIONING;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;

/**
 * The key properties of a resource a reviewer looks at first (sizes, ports, engine, retention,
 * encryption, TLS policy...), as {@code label=value} pairs for one line of the plan tree. Secrets
 * show as {@code [secret]}. Types not listed here get no summary.
 */
final class ResourceSummary {
    private record Field(String label, String path) {
    }

    private static final Map<String, List<Field>> FIELDS = Map.ofEntries(
            entry(S3_BUCKET, "prefix", "bucketPrefix", "forceDestroy", "forceDestroy"),
            entry(S3_BUCKET_VERSIONING, "versioning", "versioningConfiguration.status"),
            entry(S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION,
                    "sse", "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm", "bucketKey", "rules[0].bucketKeyEnabled"),
            entry(S3_BUCKET_PUBLIC_ACCESS_BLOCK, "blockPublicAcls", "blockPublicAcls",
                    "blockPublicPolicy", "blockPublicPolicy", "ignorePublicAcls", "ignorePublicAcls",
                    "restrictPublicBuckets", "restrictPublicBuckets"),
            entry(S3_BUCKET_OWNERSHIP_CONTROLS, "ownership", "rule.objectOwnership"),
            entry(S3_BUCKET_LIFECYCLE_CONFIGURATION,
                    "noncurrentDays", "rules[0].noncurrentVersionExpiration.noncurrentDays",
                    "abortUploadsDays", "rules[0].abortIncompleteMultipartUpload.daysAfterInitiation"),
            entry(RDS_CLUSTER, "engine", "engine", "version", "engineVersion", "encrypted", "storageEncrypted",
                    "backupDays", "backupRetentionPeriod", "deletionProtection", "deletionProtection",
                    "skipFinalSnapshot", "skipFinalSnapshot", "masterPassword", "masterPassword"),
            entry(RDS_CLUSTER_INSTANCE, "class", "instanceClass", "zone", "availabilityZone",
                    "public", "publiclyAccessible"),
            entry(RDS_CLUSTER_PARAMETER_GROUP, "family", "family"),
            entry(ECS_CLUSTER, "containerInsights", "settings[0].value"),
            entry(ECS_TASK_DEFINITION, "cpu", "cpu", "memory", "memory", "network", "networkMode"),
            entry(ECS_SERVICE, "desired", "desiredCount", "platform", "platformVersion",
                    "publicIp", "networkConfiguration.assignPublicIp", "rollback", "deploymentCircuitBreaker.rollback",
                    "graceSeconds", "healthCheckGracePeriodSeconds"),
            entry(LB_LOAD_BALANCER, "type", "loadBalancerType", "internal", "internal",
                    "deletionProtection", "enableDeletionProtection"),
            entry(LB_LISTENER, "port", "port", "protocol", "protocol", "sslPolicy", "sslPolicy"),
            entry(LB_TARGET_GROUP, "protocol", "protocol", "port", "port", "target", "targetType",
                    "health", "healthCheck.path"),
            entry(CLOUDWATCH_LOG_GROUP, "retentionDays", "retentionInDays"),
            entry(SECRETSMANAGER_SECRET, "recoveryDays", "recoveryWindowInDays"),
            entry(SECRETSMANAGER_SECRET_VERSION, "value", "secretString"),
            entry(VPC_SECURITY_GROUP_INGRESS_RULE, "port", "fromPort", "cidr", "cidrIpv4",
                    "fromGroup", "referencedSecurityGroupId"),
            entry(VPC_SECURITY_GROUP_EGRESS_RULE, "port", "toPort", "cidr", "cidrIpv4",
                    "toGroup", "referencedSecurityGroupId"),
            entry(APPAUTOSCALING_TARGET, "min", "minCapacity", "max", "maxCapacity"),
            entry(APPAUTOSCALING_POLICY,
                    "metric", "targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType",
                    "target", "targetTrackingScalingPolicyConfiguration.targetValue"),
            entry(KMS_KEY, "rotation", "enableKeyRotation", "deletionWindowDays", "deletionWindowInDays"),
            entry(ROUTE53_RECORD, "name", "name", "type", "type"),
            entry(ACM_CERTIFICATE, "domain", "domainName", "validation", "validationMethod"));

    private ResourceSummary() {
    }

    private static Map.Entry<String, List<Field>> entry(String type, String... labelsAndPaths) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < labelsAndPaths.length; i += 2) {
            fields.add(new Field(labelsAndPaths[i], labelsAndPaths[i + 1]));
        }
        return Map.entry(type, List.copyOf(fields));
    }

    /** The summary, e.g. {@code port=443 protocol=TLS}; empty for types without key properties. */
    static String of(PlannedResource resource) {
        List<String> parts = new ArrayList<>();
        for (Field field : FIELDS.getOrDefault(resource.type(), List.of())) {
            value(resource, field.path()).ifPresent(v -> parts.add(field.label() + "=" + v));
        }
        return String.join(" ", parts);
    }

    private static Optional<String> value(PlannedResource resource, String path) {
        if (!resource.has(path)) {
            return Optional.empty();
        }
        if (resource.isSecret(path)) {
            return Optional.of(PlanJson.SECRET);
        }
        Object value = resource.input(path).orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        if (value == UnknownValue.INSTANCE) {
            return Optional.of(PlanJson.UNKNOWN);
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return Optional.of(String.valueOf(d.longValue()));
        }
        if (value instanceof List<?> list) {
            return Optional.of(String.join(",", list.stream().map(String::valueOf).toList()));
        }
        return Optional.of(String.valueOf(value));
    }
}
