package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statements;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;

/** Least privilege: each role may do exactly what its tasks need, on exactly their resources. */
class ServiceIamTest {
    private static final String KEY = SampleInstall.arn(SampleInstall.REGION, "kms", "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");

    private static Plan plan;
    private static PlannedResource apiTask;

    @BeforeAll
    static void run() {
        plan = install(b -> b);
        apiTask = plan.resource(ECS_TASK_DEFINITION, "pulumi-api");
    }

    @Test
    void onlyTheApiHasATaskRole() {
        assertThat(plan.resourcesOfType(IAM_ROLE)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("pulumi-api-execution", "pulumi-api-task", "pulumi-console-execution",
                        "pulumi-api-migrations-execution", "pulumi-api-migrations-runner");
        assertThat(apiTask.string("taskRoleArn")).contains(":role/pulumi-api-task-");
        assertThat(plan.resource(ECS_TASK_DEFINITION, "pulumi-console").has("taskRoleArn")).isFalse();
        // The migrations talk to the database only: no AWS permissions at runtime.
        assertThat(plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations").has("taskRoleArn")).isFalse();
    }

    @Test
    void taskRolesTrustOnlyEcsTasksAndTheRunnerOnlyLambda() {
        assertThat(plan.resourcesOfType(IAM_ROLE)).hasSize(5).allSatisfy(role -> {
            var trust = statements(role, "assumeRolePolicy");
            assertThat(trust).hasSize(1);
            assertThat(trust.get(0).get("Effect")).isEqualTo("Allow");
            String service = role.name().endsWith("-runner") ? "lambda.amazonaws.com" : "ecs-tasks.amazonaws.com";
            assertThat(trust.get(0).get("Principal")).as(role.name()).isEqualTo(Map.of("Service", service));
            assertThat(values(trust.get(0), "Action")).containsExactly("sts:AssumeRole");
        });
    }

    @Test
    void theRunnerStartsOnlyTheMigrationsTaskInTheClusterAndPassesOnlyItsExecutionRole() {
        var policy = plan.resource(IAM_ROLE_POLICY, "pulumi-api-migrations-runner");
        String cluster = plan.resource(ECS_CLUSTER, "pulumi").id().orElseThrow();
        var migrations = plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations");

        var run = statement(policy, "policy", "RunOwnTask");
        assertThat(values(run, "Action")).containsExactly("ecs:RunTask");
        assertThat(values(run, "Resource")).containsExactly(SampleInstall.arn(SampleInstall.REGION, "ecs",
                "task-definition/" + migrations.string("family") + ":*"));
        assertThat(run.get("Condition")).isEqualTo(Map.of("ArnEquals", Map.of("ecs:cluster", cluster)));

        var list = statement(policy, "policy", "FindOwnTasks");
        assertThat(values(list, "Action")).containsExactly("ecs:ListTasks");
        assertThat(list.get("Condition")).isEqualTo(Map.of("ArnEquals", Map.of("ecs:cluster", cluster)));

        var pass = statement(policy, "policy", "PassOwnExecutionRole");
        assertThat(values(pass, "Resource")).containsExactly(migrations.string("executionRoleArn"));
        assertThat(pass.get("Condition")).isEqualTo(Map.of("StringEquals", Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com")));
        assertThat(statements(policy, "policy")).extracting(s -> s.get("Sid"))
                .containsExactlyInAnyOrder("RunOwnTask", "WatchOwnTasks", "FindOwnTasks", "PassOwnExecutionRole", "WriteOwnLogs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pulumi-api", "pulumi-console", "pulumi-api-migrations"})
    void executionRolesWriteOnlyToTheirOwnLogGroup(String service) {
        var task = plan.resource(ECS_TASK_DEFINITION, service);
        String logGroup = task.string("containerDefinitions[0].logConfiguration.options.awslogs-group");
        var logs = statement(plan.resource(IAM_ROLE_POLICY, service + "-execution"), "policy", "WriteOwnLogs");

        assertThat(values(logs, "Action")).containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(values(logs, "Resource")).containsExactly(
                SampleInstall.arn(SampleInstall.REGION, "logs", "log-group:" + logGroup + ":log-stream:*"));
    }

    @Test
    void theApiExecutionRoleReadsExactlyItsOwnSecretsDecryptingOnlyViaSecretsManager() {
        assertReadsExactlyItsOwnSecrets("pulumi-api", "pulumi-service", 2);
    }

    @Test
    void theMigrationsReadOnlyTheDatabaseCredentials() {
        assertReadsExactlyItsOwnSecrets("pulumi-api-migrations", "pulumi-migrations", 1);
    }

    private static void assertReadsExactlyItsOwnSecrets(String task, String container, int count) {
        var policy = plan.resource(IAM_ROLE_POLICY, task + "-execution");
        List<String> referenced = new ArrayList<>(secrets(plan.resource(ECS_TASK_DEFINITION, task), container).values());
        // A reference names the secret, then a JSON key and a version id: the policy grants the secret.
        List<String> secretArns = referenced.stream().map(v -> v.replaceAll("^(arn:[^:]+:secretsmanager:[^:]+:[^:]+:secret:[^:]+):.*$", "$1"))
                .distinct().toList();

        var read = statement(policy, "policy", "ReadOwnSecrets");
        assertThat(values(read, "Action")).containsExactly("secretsmanager:GetSecretValue");
        assertThat(values(read, "Resource")).hasSize(count).containsExactlyInAnyOrderElementsOf(secretArns)
                .noneMatch(arn -> arn.endsWith("::") || arn.contains(":username") || arn.contains(":password"));

        var decrypt = statement(policy, "policy", "DecryptOwnSecrets");
        assertThat(values(decrypt, "Action")).containsExactly("kms:Decrypt");
        assertThat(values(decrypt, "Resource")).containsExactly(KEY);
        assertThat(decrypt.get("Condition")).isEqualTo(Map.of("StringEquals",
                Map.of("kms:ViaService", "secretsmanager." + SampleInstall.REGION + ".amazonaws.com")));
        assertThat(statements(policy, "policy")).extracting(s -> s.get("Sid"))
                .containsExactlyInAnyOrder("WriteOwnLogs", "ReadOwnSecrets", "DecryptOwnSecrets");
    }

    @Test
    void theConsoleExecutionRoleReadsNoSecretWhenItHasNone() {
        assertThat(statements(plan.resource(IAM_ROLE_POLICY, "pulumi-console-execution"), "policy"))
                .extracting(s -> s.get("Sid")).containsExactly("WriteOwnLogs");
    }

    @Test
    void theApiTaskRoleUsesExactlyTheServiceBucketsAndKey() {
        var env = environment(apiTask, "pulumi-service");
        List<String> buckets = List.of(env.get("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT"),
                        env.get("PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT"), env.get("PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT"))
                .stream().map(endpoint -> "arn:aws:s3:::" + endpoint.substring("s3://".length())).toList();
        var policy = plan.resource(IAM_ROLE_POLICY, "pulumi-api-task");

        var all = statements(policy, "policy");
        assertThat(all).allSatisfy(s -> assertThat(s.get("Effect")).isEqualTo("Allow"));
        var s3 = all.stream().filter(s -> values(s, "Action").stream().anyMatch(a -> a.startsWith("s3:"))).toList();
        assertThat(s3).isNotEmpty().allSatisfy(s -> {
            assertThat(values(s, "Action")).allMatch(a -> a.startsWith("s3:"));
            assertThat(values(s, "Resource")).isSubsetOf(concat(buckets, buckets.stream().map(b -> b + "/*").toList()));
        });
        assertThat(s3.stream().flatMap(s -> values(s, "Resource").stream()))
                .containsAll(buckets).containsAll(buckets.stream().map(b -> b + "/*").toList());
        assertThat(s3.stream().flatMap(s -> values(s, "Action").stream()))
                .contains("s3:GetObject", "s3:PutObject", "s3:ListBucket");

        var kms = statement(policy, "policy", "UseServiceKey");
        assertThat(values(kms, "Action")).containsExactlyInAnyOrder("kms:Encrypt", "kms:Decrypt",
                "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext");
        assertThat(values(kms, "Resource")).containsExactly(KEY);
        assertThat(all).hasSize(s3.size() + 1);
    }

    @Test
    void noPolicyGrantsAWildcardActionOrAnUnconditionedWildcardResource() {
        assertThat(plan.resourcesOfType(IAM_ROLE_POLICY)).hasSize(5).allSatisfy(policy ->
                assertThat(statements(policy, "policy")).allSatisfy(s -> {
                    assertThat(values(s, "Action")).noneMatch(a -> a.equals("*") || a.endsWith(":*"));
                    if (values(s, "Resource").contains("*")) {
                        assertWildcardIsListTasksInTheCluster(s);
                    }
                    assertThat(s).doesNotContainKeys("NotAction", "NotResource");
                }));
    }

    /** ecs:ListTasks has no resource type of its own; AWS scopes it by the cluster condition. */
    private static void assertWildcardIsListTasksInTheCluster(Map<String, Object> statement) {
        assertThat(values(statement, "Action")).containsExactly("ecs:ListTasks");
        assertThat(statement.get("Condition")).isEqualTo(Map.of("ArnEquals",
                Map.of("ecs:cluster", plan.resource(ECS_CLUSTER, "pulumi").id().orElseThrow())));
    }

    @Test
    void ecrLoginIsTheOnlyOtherWildcardResourceAndOnlyWithAnEcrRegistry() {
        String registry = SampleInstall.ACCOUNT + ".dkr.ecr." + SampleInstall.REGION + ".amazonaws.com";
        Plan mirrored = install(b -> b.images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").registry(registry).build()));

        assertThat(mirrored.resourcesOfType(IAM_ROLE_POLICY)).allSatisfy(policy ->
                assertThat(statements(policy, "policy")).allSatisfy(s -> {
                    if (values(s, "Resource").contains("*") && !values(s, "Action").contains("ecs:ListTasks")) {
                        assertThat(values(s, "Action")).containsExactly("ecr:GetAuthorizationToken");
                    }
                    assertThat(values(s, "Action")).doesNotContain("*");
                }));
        var consolePull = statement(mirrored.resource(IAM_ROLE_POLICY, "pulumi-console-execution"), "policy", "PullOwnImages");
        assertThat(values(consolePull, "Resource")).containsExactly(
                SampleInstall.arn(SampleInstall.REGION, "ecr", "repository/pulumi/console"));
        assertThat(values(statement(mirrored.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy", "EcrLogin"), "Resource"))
                .containsExactly("*");
        // Without a private registry there is nothing to log in to.
        assertThat(plan.resourcesOfType(IAM_ROLE_POLICY)).allSatisfy(policy ->
                assertThat(statements(policy, "policy")).noneMatch(s -> values(s, "Action").stream()
                        .anyMatch(a -> a.startsWith("ecr:"))));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
