package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.containersOrEmpty;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.check;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.finding;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.isTrue;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.number;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.objects;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.string;

/** Checks for ECS clusters, services, task definitions and their logs. */
final class ContainerChecks {
    /** Names that say "credential": such a variable belongs in {@code secrets}. */
    private static final Pattern CREDENTIAL_NAME = Pattern.compile(
            "(PASSWORD|PASSWD|SECRET|PRIVATE_KEY|LICENSE_KEY|ACCESS_KEY|API_KEY|TOKEN|CREDENTIAL)", Pattern.CASE_INSENSITIVE);
    /** Values that are credentials whatever their name: AWS access keys, PEM private keys. */
    private static final Pattern CREDENTIAL_VALUE = Pattern.compile("(AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----)");
    private static final Set<String> CURRENT_PLATFORMS = Set.of("LATEST", "1.4.0");

    static final List<SecurityCheck> ALL = List.of(
            check("ECS-1", "ECS.2", "ECS tasks get no public IP",
                    ECS_SERVICE, r -> !isTrue(r, "networkConfiguration.assignPublicIp"), "assigns public IPs to its tasks"),
            secretsOnlyInSecrets(),
            loggingEverywhere(),
            check("ECS-4", "ECS.12", "ECS clusters have Container Insights on",
                    ECS_CLUSTER, r -> objects(r, "settings").stream().anyMatch(s -> "containerInsights".equals(s.get("name"))
                            && Set.of("enabled", "enhanced").contains(String.valueOf(s.get("value")))),
                    "does not enable containerInsights"),
            check("ECS-5", "ECS.10", "Fargate services run a current platform version",
                    ECS_SERVICE, r -> string(r, "platformVersion").map(CURRENT_PLATFORMS::contains).orElse(true),
                    "pins an outdated Fargate platform version"),
            check("CW-1", "CloudWatch.16", "log groups keep logs for a finite time",
                    CLOUDWATCH_LOG_GROUP, r -> number(r, "retentionInDays").orElse(0.0) > 0,
                    "keeps logs forever (no retentionInDays)"));

    private ContainerChecks() {
    }

    private static SecurityCheck secretsOnlyInSecrets() {
        SecurityCheck[] self = new SecurityCheck[1];
        self[0] = new SecurityCheck("ECS-2", "ECS.8", "credentials reach containers only through ECS secrets, never environment",
                plan -> containerFindings(plan, self[0], (definition, out) -> {
                    for (Map<String, Object> variable : list(definition.get("environment"))) {
                        String name = String.valueOf(variable.get("name"));
                        String value = String.valueOf(variable.get("value"));
                        if (CREDENTIAL_NAME.matcher(name).find() || CREDENTIAL_VALUE.matcher(value).find()) {
                            out.add("container " + definition.get("name") + " has the credential-like variable " + name
                                    + " in its environment; pass it through secrets");
                        }
                    }
                }));
        return self[0];
    }

    private static SecurityCheck loggingEverywhere() {
        SecurityCheck[] self = new SecurityCheck[1];
        self[0] = new SecurityCheck("ECS-3", "ECS.9", "every container has a log configuration",
                plan -> containerFindings(plan, self[0], (definition, out) -> {
                    if (!(definition.get("logConfiguration") instanceof Map<?, ?> log) || log.get("logDriver") == null) {
                        out.add("container " + definition.get("name") + " has no logConfiguration");
                    }
                }));
        return self[0];
    }

    /** Adds what is wrong with one container definition to {@code problems}. */
    private interface ContainerInspection {
        void inspect(Map<String, Object> definition, List<String> problems);
    }

    private static List<Finding> containerFindings(Plan plan, SecurityCheck check, ContainerInspection inspection) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedResource task : plan.resourcesOfType(ECS_TASK_DEFINITION)) {
            List<String> problems = new ArrayList<>();
            containersOrEmpty(task).forEach(definition -> inspection.inspect(definition, problems));
            problems.forEach(p -> findings.add(finding(check, task, p)));
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
