package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statementsOrEmpty;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.check;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.finding;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.isTrue;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.string;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.value;

/** Checks for IAM policies, KMS keys and Secrets Manager secrets. */
final class IdentityChecks {
    /** A managed IAM policy (the library itself writes only inline role policies). */
    private static final String IAM_POLICY = "aws:iam/policy:Policy";
    /** Policy documents of identity policies, by type, at these paths. */
    private static final Map<String, String> POLICIES = Map.of(
            IAM_ROLE_POLICY, "policy",
            IAM_POLICY, "policy");
    /**
     * Actions AWS only accepts with {@code "Resource": "*"}: no resource-level permissions exist
     * (ecs:ListTasks is scoped by the {@code ecs:cluster} condition key only; Service
     * Authorization Reference for Amazon ECS).
     */
    private static final Set<String> UNSCOPABLE = Set.of("ecr:GetAuthorizationToken", "sts:GetCallerIdentity", "ecs:ListTasks",
            "logs:DescribeLogGroups", "cloudwatch:PutMetricData", "xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel",
            "ssmmessages:OpenDataChannel");

    static final List<SecurityCheck> ALL = List.of(
            statementCheck("IAM-1", "IAM.21", "IAM policies grant no wildcard actions", (statement, actions, resources) ->
                    actions.stream().anyMatch(a -> a.equals("*") || a.endsWith(":*"))
                            ? "allows the wildcard action " + actions.stream().filter(a -> a.equals("*") || a.endsWith(":*")).findFirst().get()
                            : null),
            statementCheck("IAM-2", "", "IAM policies name their resources wherever AWS allows it", (statement, actions, resources) ->
                    resources.contains("*") && !UNSCOPABLE.containsAll(actions)
                            ? "allows " + actions + " on Resource \"*\" although they support resource-level permissions"
                            : null),
            // Only symmetric encryption keys can rotate (KMS.4 does not apply to asymmetric or HMAC keys).
            check("KMS-1", "KMS.4", "KMS keys rotate automatically",
                    KMS_KEY, r -> isTrue(r, "enableKeyRotation")
                            || !string(r, "customerMasterKeySpec").orElse("SYMMETRIC_DEFAULT").equals("SYMMETRIC_DEFAULT"),
                    "enableKeyRotation is not true"),
            check("SM-1", "", "Secrets Manager secrets are encrypted with a customer-managed KMS key",
                    SECRETSMANAGER_SECRET, r -> value(r, "kmsKeyId").isPresent(), "uses the AWS-managed key (no kmsKeyId)"));

    private IdentityChecks() {
    }

    private interface StatementInspection {
        /** The problem with an Allow statement, or null. */
        String problem(Map<String, Object> statement, List<String> actions, List<String> resources);
    }

    private static SecurityCheck statementCheck(String id, String control, String description, StatementInspection inspection) {
        SecurityCheck[] self = new SecurityCheck[1];
        self[0] = new SecurityCheck(id, control, description, plan -> findings(plan, self[0], inspection));
        return self[0];
    }

    private static List<Finding> findings(Plan plan, SecurityCheck check, StatementInspection inspection) {
        List<Finding> findings = new ArrayList<>();
        POLICIES.forEach((type, path) -> {
            for (PlannedResource policy : plan.resourcesOfType(type)) {
                for (Map<String, Object> statement : statementsOrEmpty(policy, path)) {
                    if (!"Allow".equals(statement.get("Effect"))) {
                        continue;
                    }
                    String problem = inspection.problem(statement, values(statement, "Action"), values(statement, "Resource"));
                    if (problem != null) {
                        findings.add(finding(check, policy, "statement " + statement.getOrDefault("Sid", "(no Sid)") + " " + problem));
                    }
                }
            }
        });
        return findings;
    }
}
