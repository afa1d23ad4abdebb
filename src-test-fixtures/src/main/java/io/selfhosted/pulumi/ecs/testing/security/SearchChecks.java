package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.List;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.OPENSEARCH_DOMAIN;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.check;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.isTrue;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.number;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.objects;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.string;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.value;

/**
 * Checks for OpenSearch Service domains: the OpenSearch controls of AWS Foundational Security
 * Best Practices that a plan can show (Opensearch.1 to .8 and .10).
 */
final class SearchChecks {
    /** The TLS policy Security Hub's Opensearch.8 expects by default. */
    static final String TLS_POLICY = "Policy-Min-TLS-1-2-PFS-2023-10";

    static final List<SecurityCheck> ALL = List.of(
            check("SEARCH-1", "Opensearch.1", "OpenSearch domains encrypt data at rest",
                    OPENSEARCH_DOMAIN, r -> isTrue(r, "encryptAtRest.enabled"), "encryptAtRest.enabled is not true"),
            check("SEARCH-2", "Opensearch.2", "OpenSearch domains run in a VPC, not on a public endpoint",
                    OPENSEARCH_DOMAIN, r -> value(r, "vpcOptions.subnetIds").isPresent(), "has no vpcOptions.subnetIds (a public endpoint)"),
            check("SEARCH-3", "Opensearch.3", "OpenSearch domains encrypt traffic between their nodes",
                    OPENSEARCH_DOMAIN, r -> isTrue(r, "nodeToNodeEncryption.enabled"), "nodeToNodeEncryption.enabled is not true"),
            check("SEARCH-4", "Opensearch.8", "OpenSearch domains enforce HTTPS with the TLS 1.2 forward-secrecy policy",
                    OPENSEARCH_DOMAIN, r -> isTrue(r, "domainEndpointOptions.enforceHttps")
                            && string(r, "domainEndpointOptions.tlsSecurityPolicy").map(TLS_POLICY::equals).orElse(false),
                    "does not enforce HTTPS with " + TLS_POLICY),
            check("SEARCH-5", "Opensearch.4", "OpenSearch domains publish their error logs to CloudWatch Logs",
                    OPENSEARCH_DOMAIN, r -> publishes(r, "ES_APPLICATION_LOGS"), "does not publish ES_APPLICATION_LOGS"),
            check("SEARCH-6", "Opensearch.5", "OpenSearch domains publish audit logs to CloudWatch Logs",
                    OPENSEARCH_DOMAIN, r -> publishes(r, "AUDIT_LOGS"), "does not publish AUDIT_LOGS"),
            check("SEARCH-7", "Opensearch.7", "OpenSearch domains have fine-grained access control",
                    OPENSEARCH_DOMAIN, r -> isTrue(r, "advancedSecurityOptions.enabled"), "advancedSecurityOptions.enabled is not true"),
            check("SEARCH-8", "Opensearch.6", "OpenSearch domains have at least three data nodes, spread over zones",
                    OPENSEARCH_DOMAIN, r -> isTrue(r, "clusterConfig.zoneAwarenessEnabled")
                            && number(r, "clusterConfig.instanceCount").map(n -> n >= 3).orElse(false),
                    "has fewer than 3 data nodes or no zone awareness"),
            check("SEARCH-9", "Opensearch.10", "OpenSearch domains install service software updates automatically",
                    OPENSEARCH_DOMAIN, r -> isTrue(r, "softwareUpdateOptions.autoSoftwareUpdateEnabled"),
                    "softwareUpdateOptions.autoSoftwareUpdateEnabled is not true"));

    private SearchChecks() {
    }

    /** Whether the domain publishes logs of {@code type} to a log group. */
    private static boolean publishes(PlannedResource domain, String type) {
        return objects(domain, "logPublishingOptions").stream()
                .anyMatch(o -> type.equals(o.get("logType")) && o.get("cloudwatchLogGroupArn") != null
                        && !Boolean.FALSE.equals(o.get("enabled")));
    }
}
