package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.fargate.OneShotTask;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanDiff;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LAMBDA_FUNCTION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LAMBDA_INVOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations as one tracked step of {@code pulumi up}: a one-shot task started by a Lambda
 * invocation Pulumi keeps in state, run again only for a new image or task definition, and
 * before the API service moves to the new revision.
 */
class MigrationsStepTest {
    private static Plan plan;
    private static PlannedResource run;

    @BeforeAll
    static void plan() {
        plan = install(b -> b);
        run = plan.single(LAMBDA_INVOCATION);
    }

    @Test
    void theStepRunsTheMigrationsTaskInThePrivateSubnetsWithItsOwnGroupAndLogs() {
        assertThat(run.parentType()).contains(OneShotTask.TYPE);
        var migrations = plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations");
        assertThat(run.string("input.cluster")).isEqualTo(plan.single(ECS_CLUSTER).id().orElseThrow());
        assertThat(run.string("input.taskDefinition")).contains(":task-definition/" + migrations.string("family") + ":");
        assertThat(run.string("input.containerName")).isEqualTo("pulumi-migrations");
        assertThat(run.list("input.subnets")).containsExactly("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012");
        assertThat(run.list("input.securityGroups")).containsExactly(plan.resource(EC2_SECURITY_GROUP, "pulumi-api-migrations").id().orElseThrow());
        assertThat(run.string("input.logGroup")).isEqualTo(plan.resource(CLOUDWATCH_LOG_GROUP, "pulumi-api-migrations").id().orElseThrow());
        assertThat(run.string("input.logStreamPrefix")).isEqualTo("pulumi-migrations");
        // Small: the migrator only talks to the database.
        assertThat(migrations.string("cpu")).isEqualTo("256");
        assertThat(migrations.string("memory")).isEqualTo("512");
    }

    @Test
    void itRunsAgainForANewImageOrTaskDefinitionOnly() {
        assertThat(run.map("triggers")).containsOnlyKeys("taskDefinition", "trigger0")
                .containsEntry("trigger0", "20250415-3b9e42c");
        Plan biggerConsole = install(b -> b.console(ConsoleArgs.builder()
                .sizing(TaskSizingArgs.builder().cpu(1024).memory(2048).build()).build()));
        PlanDiff diff = PlanDiff.between(plan, biggerConsole);
        assertThat(diff.changed()).isNotEmpty().doesNotContain(run.urn());
    }

    @Test
    void theRunnerIsAPinnedNodeFunctionBoundedByTheTimeout() {
        var runner = plan.single(LAMBDA_FUNCTION);
        assertThat(runner.string("runtime")).isEqualTo(OneShotTask.RUNNER_RUNTIME).isEqualTo("nodejs22.x");
        assertThat(runner.string("handler")).isEqualTo("index.handler");
        assertThat(runner.integer("timeout")).isEqualTo(15 * 60);
        assertThat(plan.resource(IAM_ROLE, "pulumi-api-migrations-runner")).isNotNull();
        assertThat(runner.string("role")).contains(":role/pulumi-api-migrations-runner-");
        assertThat(run.string("functionName")).isEqualTo(runner.string("name"));

        Plan shorter = install(b -> b.api(ApiArgs.builder().migrationsTimeoutMinutes(5).build()));
        assertThat(shorter.single(LAMBDA_FUNCTION).integer("timeout")).isEqualTo(300);
    }

    @Test
    void aTimeoutBeyondOneInvocationIsRefused() {
        Plan bad = SampleInstall.plan(b -> b.api(ApiArgs.builder().migrationsTimeoutMinutes(30).build()));
        assertThat(bad.resources()).isEmpty();
        assertThat(bad.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.property()).isEqualTo("api.migrationsTimeoutMinutes");
                    assertThat(p.message()).contains("15");
                }));
    }

    @Test
    void anOperatorWhoMigratesByHandTurnsTheStepOff() {
        Plan byHand = install(b -> b.api(ApiArgs.builder().runMigrations(false).build()));
        assertThat(byHand.resourcesOfType(LAMBDA_INVOCATION)).isEmpty();
        assertThat(byHand.resourcesOfType(LAMBDA_FUNCTION)).isEmpty();
        assertThat(byHand.components()).extracting(PlannedResource::type).doesNotContain(OneShotTask.TYPE);
        assertThat(byHand.resourcesOfType(ECS_TASK_DEFINITION)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("pulumi-api", "pulumi-console");
        // The API service still deploys, now without waiting for a step.
        assertThat(byHand.resource(ECS_SERVICE, "pulumi-api").string("taskDefinition")).contains(":task-definition/");
    }

    @Test
    void servicesWaitForSteadyStateWithinTheDeploymentTimeout() {
        for (PlannedResource service : plan.resourcesOfType(ECS_SERVICE)) {
            assertThat(service.bool("waitForSteadyState")).as(service.name()).isTrue();
            assertThat(service.customTimeouts()).as(service.name()).isEqualTo(Map.of("create", minutes(30), "update", minutes(30)));
        }
        Plan patient = install(b -> b.deploymentTimeoutMinutes(45));
        assertThat(patient.resourcesOfType(ECS_SERVICE)).allSatisfy(service ->
                assertThat(service.customTimeouts()).isEqualTo(Map.of("create", minutes(45), "update", minutes(45))));
    }

    /** A duration as the Java SDK sends it to the engine (a Go duration in nanoseconds). */
    private static String minutes(long minutes) {
        return java.util.concurrent.TimeUnit.MINUTES.toNanos(minutes) + "ns";
    }
}
