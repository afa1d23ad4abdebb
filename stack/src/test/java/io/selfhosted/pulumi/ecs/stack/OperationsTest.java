package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanDiff;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.container;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.containers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operational guarantees of the README, on every sample config: the seed's upgrade flow
 * (`pulumi config set imageTag` + `pulumi up`) touches only task definitions and services; data is
 * protected; deployments roll back, drain and cannot deadlock; migrations gate the API.
 */
class OperationsTest {
    static final Set<String> STATEFUL = Set.of(S3_BUCKET, RDS_CLUSTER, SECRETSMANAGER_SECRET, KMS_KEY);

    static Stream<Path> sampleConfigs() throws IOException {
        return GoldenPlanTest.sampleConfigs();
    }

    static Plan plan(Path config, String imageTag) {
        return PlanRunner.create().projectDir(Path.of(".")).configFile(config).config("imageTag", imageTag)
                .run(App::stack).requireSuccess();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void imageTagUpgradeChangesOnlyTaskDefinitionsAndServices(Path config) {
        PlanDiff diff = PlanDiff.between(plan(config, "20250415-3b9e42c"), plan(config, "20250601-8c1d2e3"));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        // The services change too in a real run (a new task definition revision); the fake cloud
        // gives the new definitions the same ARN, so here only the definitions differ.
        assertThat(diff.changedTypes()).contains(ECS_TASK_DEFINITION)
                .isSubsetOf(ECS_TASK_DEFINITION, ECS_SERVICE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void dataIsProtectedAndRetained(Path config) {
        Plan plan = plan(config, "20250415-3b9e42c");
        List<PlannedResource> stateful = plan.resources().stream().filter(r -> STATEFUL.contains(r.type())).toList();
        assertThat(stateful).isNotEmpty().allSatisfy(r -> {
            assertThat(r.protect()).as("%s protected", r.name()).isTrue();
            assertThat(r.retainOnDelete()).as("%s retained", r.name()).isTrue();
        });
        PlannedResource database = plan.single(RDS_CLUSTER);
        assertThat(database.bool("deletionProtection")).isTrue();
        assertThat(database.bool("skipFinalSnapshot")).isFalse();
        assertThat(database.string("finalSnapshotIdentifier")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void deploymentsRollBackDrainAndCannotDeadlock(Path config) {
        Plan plan = plan(config, "20250415-3b9e42c");
        for (PlannedResource service : plan.resourcesOfType(ECS_SERVICE)) {
            assertThat(service.bool("deploymentCircuitBreaker.enable")).isTrue();
            assertThat(service.bool("deploymentCircuitBreaker.rollback")).isTrue();
            // New tasks start before old ones stop: max above 100, min at most 100, never both 100.
            assertThat(service.integer("deploymentMaximumPercent")).isGreaterThan(100);
            assertThat(service.integer("deploymentMinimumHealthyPercent")).isBetween(50, 100);
            assertThat(service.integer("healthCheckGracePeriodSeconds")).isGreaterThanOrEqualTo(120);
            assertThat(service.ignoreChanges()).contains("desiredCount");
        }
        for (PlannedResource task : plan.resourcesOfType(ECS_TASK_DEFINITION)) {
            assertThat(containers(task)).allSatisfy(c -> assertThat(c.get("stopTimeout")).isEqualTo(120.0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void migrationsGateTheApiContainer(Path config) {
        PlannedResource api = plan(config, "20250415-3b9e42c").resourcesOfType(ECS_TASK_DEFINITION).stream()
                .filter(t -> t.string("containerDefinitions[0].image").contains("/migrations:")
                        || t.string("containerDefinitions[0].image").startsWith("pulumi/migrations:")).findFirst().orElseThrow();
        assertThat(container(api, "pulumi-migrations").get("essential")).isEqualTo(false);
        assertThat(container(api, "pulumi-service").get("essential")).isEqualTo(true);
        assertThat(container(api, "pulumi-service").get("dependsOn"))
                .isEqualTo(List.of(Map.of("containerName", "pulumi-migrations", "condition", "SUCCESS")));
    }
}
