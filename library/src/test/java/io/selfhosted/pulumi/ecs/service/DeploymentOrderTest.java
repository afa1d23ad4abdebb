package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.database.DatabaseArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER_CAPACITY_PROVIDERS;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orderings AWS enforces but Pulumi cannot guess: an ECS service can only be created once the
 * cluster has its capacity provider and the target group has a listener; a reader instance only
 * after the writer. Each is carried as a dependency so the first `pulumi up` does not race.
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
    void apiTasksStartOnlyWithTheirPermissionsNetworkAccessAndAWriterToMigrate() {
        PlannedResource api = PLAN.resource(ECS_SERVICE, "pulumi-api");
        assertThat(api.dependencies()).contains(
                PLAN.resource(IAM_ROLE_POLICY, "pulumi-api-task").urn(),
                PLAN.resource(IAM_ROLE_POLICY, "pulumi-api-execution").urn(),
                PLAN.resource(VPC_SECURITY_GROUP_INGRESS_RULE, "pulumi-api-to-database").urn(),
                PLAN.resource(VPC_SECURITY_GROUP_EGRESS_RULE, "pulumi-api-to-database").urn());
        // The database endpoint in the task definition resolves only once the writer exists.
        assertThat(PLAN.resource(ECS_TASK_DEFINITION, "pulumi-api").dependencies())
                .contains(only(RDS_CLUSTER_INSTANCE, "writer").urn());
    }

    @Test
    void readersWaitForTheWriter() {
        String writer = only(RDS_CLUSTER_INSTANCE, "writer").urn();
        assertThat(only(RDS_CLUSTER_INSTANCE, "reader-1").dependencies()).contains(writer);
    }

    @Test
    void tlsCanBeMadeOptionalForServiceVersionsThatNeedIt() {
        Plan plan = SampleInstall.plan(b -> b.database(DatabaseArgs.builder().requireSecureTransport(false).build()));
        List<Object> parameters = plan.single(RDS_CLUSTER_PARAMETER_GROUP).list("parameters");
        assertThat(parameters).contains(Map.of("name", "require_secure_transport", "value", "OFF", "applyMethod", "immediate"));
    }
}
