package io.selfhosted.pulumi.ecs.fargate;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.service.ApiArgs;
import io.selfhosted.pulumi.ecs.service.ApiDefaults;
import io.selfhosted.pulumi.ecs.service.ConsoleArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleDefaults;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.Test;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER_CAPACITY_PROVIDERS;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

/** One ECS cluster for the whole install, with Container Insights and Fargate capacity. */
class FargateClusterTest {
    @Test
    void theClusterHasContainerInsightsAndFargateCapacity() {
        Plan plan = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new FargateCluster("cluster",
                FargateClusterArgs.builder().build(), null)).requireSuccess();

        var cluster = plan.single(ECS_CLUSTER);
        assertThat(cluster.list("settings")).hasSize(1);
        assertThat(cluster.string("settings[0].name")).isEqualTo("containerInsights");
        assertThat(cluster.string("settings[0].value")).isEqualTo("enabled");
        var capacity = plan.single(ECS_CLUSTER_CAPACITY_PROVIDERS);
        assertThat(capacity.list("capacityProviders")).containsExactly("FARGATE");
        assertThat(capacity.string("defaultCapacityProviderStrategies[0].capacityProvider")).isEqualTo("FARGATE");
        assertThat(capacity.string("clusterName")).startsWith("cluster-");
    }

    @Test
    void theWholeInstallHasExactlyOneClusterSharedByBothServices() {
        Plan plan = install(b -> b);

        var cluster = plan.single(ECS_CLUSTER);
        assertThat(cluster.string("settings[0].value")).isEqualTo("enabled");
        assertThat(plan.single(ECS_CLUSTER_CAPACITY_PROVIDERS).list("capacityProviders")).containsExactly("FARGATE");
        assertThat(plan.resourcesOfType(ECS_SERVICE)).hasSize(2)
                .extracting(s -> s.string("cluster")).containsOnly(plan.resource(ECS_SERVICE, "pulumi-api").string("cluster"))
                .allSatisfy(arn -> assertThat(arn).endsWith("/" + plan.single(ECS_CLUSTER_CAPACITY_PROVIDERS).string("clusterName")));
        assertThat(plan.resourcesOfType(ECS_SERVICE)).allSatisfy(s ->
                assertThat(s.string("capacityProviderStrategies[0].capacityProvider")).isEqualTo("FARGATE"));
    }
}
