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
import java.util.Set;
import java.util.stream.Stream;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LAMBDA_INVOCATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.container;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.containers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operational guarantees of the README, on every sample config: the seed's upgrade flow
 * (`pulumi config set imageTag` + `pulumi up`) touches only task definitions, services and the
 * migrations run; data is protected; deployments roll back, drain and cannot deadlock; migrations
 * gate the API.
 */
class OperationsTest {
    static final Set<String> STATEFUL = Set.of(S3_BUCKET, RDS_CLUSTER, SECRETSMANAGER_SECRET, KMS_KEY);
    static final Set<String> ALWAYS_KEPT_SECRETS = Set.of("-secrets-license-key", "-secrets-database-credentials");

    static Stream<Path> sampleConfigs() throws IOException {
        return GoldenPlanTest.sampleConfigs();
    }

    static Plan plan(Path config, String imageTag) {
        return PlanRunner.create().projectDir(Path.of(".")).configFile(config).config("imageTag", imageTag)
                .run(App::stack).requireSuccess();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void imageTagUpgradeChangesOnlyTaskDefinitionsServicesAndTheMigrationsRun(Path config) {
        PlanDiff diff = PlanDiff.between(plan(config, "20250415-3b9e42c"), plan(config, "20250601-8c1d2e3"));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        // The services change too in a real run (a new task definition revision); the fake cloud
        // gives the new definitions the same ARN, so here only the definitions and the run differ.
        assertThat(diff.changedTypes()).contains(ECS_TASK_DEFINITION, LAMBDA_INVOCATION)
                .isSubsetOf(ECS_TASK_DEFINITION, ECS_SERVICE, LAMBDA_INVOCATION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void dataIsProtectedAndRetained(Path config) {
        Plan plan = plan(config, "20250415-3b9e42c");
        List<PlannedResource> stateful = plan.resources().stream().filter(r -> STATEFUL.contains(r.type())).toList();
        assertThat(stateful).isNotEmpty().allSatisfy(r -> {
            if (r.type().equals(SECRETSMANAGER_SECRET) && ALWAYS_KEPT_SECRETS.stream().noneMatch(r.name()::endsWith)) {
                // An optional feature's secret: its value is in the stack config, it goes when
                // the feature is turned off, and Secrets Manager can restore it for a while.
                assertThat(r.integer("recoveryWindowInDays")).as("%s recovery window", r.name()).isGreaterThanOrEqualTo(7);
                return;
            }
            assertThat(r.retainOnDelete()).as("%s retained", r.name()).isTrue();
            // Retained only: what may go when a setting changes (engine events off, a key of one's own).
            if (!r.name().endsWith("-engine-events") && !r.type().equals(KMS_KEY)) {
                assertThat(r.protect()).as("%s protected", r.name()).isTrue();
            }
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
    void migrationsRunAsTheirOwnTaskAndGateTheApi(Path config) {
        Plan plan = plan(config, "20250415-3b9e42c");
        PlannedResource migrations = plan.resourcesOfType(ECS_TASK_DEFINITION).stream()
                .filter(t -> t.name().endsWith("-api-migrations")).findFirst().orElseThrow();
        PlannedResource apiTask = plan.resource(ECS_TASK_DEFINITION, migrations.name().replace("-migrations", ""));
        assertThat(containers(migrations)).hasSize(1);
        assertThat(container(migrations, "pulumi-migrations").get("image")).asString().contains("migrations:20250415-3b9e42c");
        // The API task runs the service only: no init container that every new task would repeat.
        assertThat(containers(apiTask)).extracting(c -> c.get("name"))
                .containsExactly("pulumi-service");

        PlannedResource run = plan.single(LAMBDA_INVOCATION);
        assertThat(run.string("triggers.taskDefinition")).contains(":task-definition/" + migrations.string("family") + ":");
        assertThat(run.string("triggers.trigger0")).isEqualTo("20250415-3b9e42c");
        assertThat(plan.resource(ECS_SERVICE, apiTask.name()).dependencies()).contains(run.urn());
    }
}
