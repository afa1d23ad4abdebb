package io.selfhosted.pulumi.ecs.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key properties of a resource a reviewer looks at first (sizes, ports, engine, retention,
 * encryption, TLS policy...), as {@code label=value} pairs for one line of the plan tree. Secrets
 * show as {@code [secret]}. Types not listed here get no summary.
 */
final class ResourceSummary {
    private record Field(String label, String path) {
    }

    private static final Map<String, List<Field>> FIELDS = Map.ofEntries(
            entry("aws:s3/bucketV2:BucketV2", "prefix", "bucketPrefix", "forceDestroy", "forceDestroy"),
            entry("aws:s3/bucketVersioningV2:BucketVersioningV2", "versioning", "versioningConfiguration.status"),
            entry("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                    "sse", "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm", "bucketKey", "rules[0].bucketKeyEnabled"),
            entry("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "blockPublicAcls", "blockPublicAcls",
                    "blockPublicPolicy", "blockPublicPolicy", "ignorePublicAcls", "ignorePublicAcls",
                    "restrictPublicBuckets", "restrictPublicBuckets"),
            entry("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "ownership", "rule.objectOwnership"),
            entry("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
                    "noncurrentDays", "rules[0].noncurrentVersionExpiration.noncurrentDays",
                    "abortUploadsDays", "rules[0].abortIncompleteMultipartUpload.daysAfterInitiation"),
            entry("aws:rds/cluster:Cluster", "engine", "engine", "version", "engineVersion", "encrypted", "storageEncrypted",
                    "backupDays", "backupRetentionPeriod", "deletionProtection", "deletionProtection",
                    "skipFinalSnapshot", "skipFinalSnapshot", "masterPassword", "masterPassword"),
            entry("aws:rds/clusterInstance:ClusterInstance", "class", "instanceClass", "zone", "availabilityZone",
                    "public", "publiclyAccessible"),
            entry("aws:rds/clusterParameterGroup:ClusterParameterGroup", "family", "family"),
            entry("aws:ecs/cluster:Cluster", "containerInsights", "settings[0].value"),
            entry("aws:ecs/taskDefinition:TaskDefinition", "cpu", "cpu", "memory", "memory", "network", "networkMode"),
            entry("aws:ecs/service:Service", "desired", "desiredCount", "platform", "platformVersion",
                    "publicIp", "networkConfiguration.assignPublicIp", "rollback", "deploymentCircuitBreaker.rollback",
                    "graceSeconds", "healthCheckGracePeriodSeconds"),
            entry("aws:lb/loadBalancer:LoadBalancer", "type", "loadBalancerType", "internal", "internal",
                    "deletionProtection", "enableDeletionProtection"),
            entry("aws:lb/listener:Listener", "port", "port", "protocol", "protocol", "sslPolicy", "sslPolicy"),
            entry("aws:lb/targetGroup:TargetGroup", "protocol", "protocol", "port", "port", "target", "targetType",
                    "health", "healthCheck.path"),
            entry("aws:cloudwatch/logGroup:LogGroup", "retentionDays", "retentionInDays"),
            entry("aws:secretsmanager/secret:Secret", "recoveryDays", "recoveryWindowInDays"),
            entry("aws:secretsmanager/secretVersion:SecretVersion", "value", "secretString"),
            entry("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "port", "fromPort", "cidr", "cidrIpv4",
                    "fromGroup", "referencedSecurityGroupId"),
            entry("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "port", "toPort", "cidr", "cidrIpv4",
                    "toGroup", "referencedSecurityGroupId"),
            entry("aws:appautoscaling/target:Target", "min", "minCapacity", "max", "maxCapacity"),
            entry("aws:appautoscaling/policy:Policy",
                    "metric", "targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType",
                    "target", "targetTrackingScalingPolicyConfiguration.targetValue"),
            entry("aws:kms/key:Key", "rotation", "enableKeyRotation", "deletionWindowDays", "deletionWindowInDays"),
            entry("aws:route53/record:Record", "name", "name", "type", "type"),
            entry("aws:acm/certificate:Certificate", "domain", "domainName", "validation", "validationMethod"));

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
