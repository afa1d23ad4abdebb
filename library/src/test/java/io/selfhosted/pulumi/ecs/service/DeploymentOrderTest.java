package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.database.DatabaseSettings;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
        String capacity = PLAN.single("aws:ecs/clusterCapacityProviders:ClusterCapacityProviders").urn();
        for (PlannedResource service : PLAN.resourcesOfType("aws:ecs/service:Service")) {
            assertThat(service.dependencies()).as(service.name()).contains(capacity);
            String listener = service.name().contains("api") ? "api-lb-https" : "app-lb-https";
            assertThat(service.dependencies()).as(service.name()).contains(only("aws:lb/listener:Listener", listener).urn());
        }
    }

    @Test
    void apiTasksStartOnlyWithTheirPermissionsNetworkAccessAndAWriterToMigrate() {
        PlannedResource api = PLAN.resource("aws:ecs/service:Service", "pulumi-api");
        assertThat(api.dependencies()).contains(
                PLAN.resource("aws:iam/rolePolicy:RolePolicy", "pulumi-api-task").urn(),
                PLAN.resource("aws:iam/rolePolicy:RolePolicy", "pulumi-api-execution").urn(),
                PLAN.resource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "pulumi-api-to-database").urn(),
                PLAN.resource("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "pulumi-api-to-database").urn());
        // The database endpoint in the task definition resolves only once the writer exists.
        assertThat(PLAN.resource("aws:ecs/taskDefinition:TaskDefinition", "pulumi-api").dependencies())
                .contains(only("aws:rds/clusterInstance:ClusterInstance", "writer").urn());
    }

    @Test
    void readersWaitForTheWriter() {
        String writer = only("aws:rds/clusterInstance:ClusterInstance", "writer").urn();
        assertThat(only("aws:rds/clusterInstance:ClusterInstance", "reader-1").dependencies()).contains(writer);
    }

    @Test
    void tlsCanBeMadeOptionalForServiceVersionsThatNeedIt() {
        Plan plan = SampleInstall.plan(b -> b.database(DatabaseSettings.builder().requireSecureTransport(false).build()));
        List<Object> parameters = plan.single("aws:rds/clusterParameterGroup:ClusterParameterGroup").list("parameters");
        assertThat(parameters).contains(Map.of("name", "require_secure_transport", "value", "OFF", "applyMethod", "immediate"));
    }
}
