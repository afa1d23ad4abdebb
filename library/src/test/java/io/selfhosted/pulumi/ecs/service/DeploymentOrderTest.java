package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.database.DatabaseArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER_CAPACITY_PROVIDERS;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LAMBDA_FUNCTION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LAMBDA_INVOCATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orderings AWS enforces but Pulumi cannot guess: an ECS service can only be created once the
 * cluster has its capacity provider and the target group has a listener; the migrations only
 * against a cluster with its instances; new API tasks only on a migrated schema. Each is carried
 * as a dependency so no `pulumi up` races.
 */
class DeploymentOrderTest {
    // Planned in @BeforeAll, not a static initialiser: the program's lambdas run on SDK threads,
    // which would wait for this class's initialisation to finish.
    static Plan PLAN;

    @BeforeAll
    static void plan() {
        PLAN = SampleInstall.plan(b -> b);
    }

    static PlannedResource only(String type, String namePart) {
        return PLAN.resourcesOfType(type).stream().filter(r -> r.name().contains(namePart)).findFirst().orElseThrow();
    }

    @Test
    void servicesWaitForTheClusterCapacityProviderAndTheirListener() {
        String capacity = PLAN.single(ECS_CLUSTER_CAPACITY_PROVIDERS).urn();
        for (PlannedResource service : PLAN.resourcesOfType(ECS_SERVICE)) {
            assertThat(service.dependencies()).as(service.name()).contains(capacity);
            String listener = service.name().contains("api") ? "api-lb-https" : "app-lb-https";
            assertThat(service.dependencies()).as(service.name()).contains(only(LB_LISTENER, listener).urn());
        }
    }

    @Test
    void apiTasksStartOnlyWithTheirPermissionsNetworkAccessAndMigratedSchema() {
        PlannedResource api = PLAN.resource(ECS_SERVICE, "pulumi-api");
        assertThat(api.dependencies()).contains(
                PLAN.resource(IAM_ROLE_POLICY, "pulumi-api-task").urn(),
                PLAN.resource(IAM_ROLE_POLICY, "pulumi-api-execution").urn(),
                PLAN.resource(VPC_SECURITY_GROUP_INGRESS_RULE, "pulumi-api-to-database").urn(),
                PLAN.resource(VPC_SECURITY_GROUP_EGRESS_RULE, "pulumi-api-to-database").urn(),
                // The new task definition reaches the service only once the migrations succeeded.
                PLAN.single(LAMBDA_INVOCATION).urn());
    }

    @Test
    void theConsoleToo() {
        // Nothing of a new version starts before its migrations succeeded.
        assertThat(PLAN.resource(ECS_SERVICE, "pulumi-console").dependencies()).contains(PLAN.single(LAMBDA_INVOCATION).urn());
    }

    @Test
    void migrationsRunOnlyOnceEveryInstanceAndTheirNetworkAccessExist() {
        PlannedResource migrations = PLAN.single(LAMBDA_INVOCATION);
        assertThat(migrations.dependencies()).contains(
                PLAN.resource(IAM_ROLE_POLICY, "pulumi-api-migrations-execution").urn(),
                // The runner function itself waits for its own permissions and log group.
                PLAN.single(LAMBDA_FUNCTION).urn(),
                PLAN.resource(VPC_SECURITY_GROUP_INGRESS_RULE, "pulumi-api-migrations-to-database").urn(),
                PLAN.resource(VPC_SECURITY_GROUP_EGRESS_RULE, "pulumi-api-migrations-to-database").urn());
        // The endpoint in the task definitions resolves only once every instance is available, so
        // neither the migrations nor the API meet a cluster that is still without a writer.
        for (String task : List.of("pulumi-api-migrations", "pulumi-api")) {
            assertThat(PLAN.resource(ECS_TASK_DEFINITION, task).dependencies()).as(task)
                    .containsAll(PLAN.resourcesOfType(RDS_CLUSTER_INSTANCE).stream().map(PlannedResource::urn).toList());
        }
    }

    @Test
    void theRunnerWaitsForItsPermissionsAndLogGroup() {
        assertThat(PLAN.single(LAMBDA_FUNCTION).dependencies()).contains(
                PLAN.resource(IAM_ROLE_POLICY, "pulumi-api-migrations-runner").urn(),
                PLAN.resource(CLOUDWATCH_LOG_GROUP, "pulumi-api-migrations-runner").urn());
    }

    @Test
    void instancesAreCreatedTogether() {
        // Aurora makes the first available instance the writer; creating them one after the other
        // only doubled the first install's time.
        var instances = PLAN.resourcesOfType(RDS_CLUSTER_INSTANCE);
        assertThat(instances).hasSize(2);
        for (PlannedResource instance : instances) {
            assertThat(instance.dependencies()).as(instance.name())
                    .doesNotContainAnyElementsOf(instances.stream().map(PlannedResource::urn).toList());
        }
    }

    @Test
    void tlsCanBeMadeOptionalForServiceVersionsThatNeedIt() {
        Plan plan = SampleInstall.plan(b -> b.database(DatabaseArgs.builder().requireSecureTransport(false).build()));
        List<Object> parameters = plan.single(RDS_CLUSTER_PARAMETER_GROUP).list("parameters");
        assertThat(parameters).contains(Map.of("name", "require_secure_transport", "value", "OFF", "applyMethod", "immediate"));
    }
}
