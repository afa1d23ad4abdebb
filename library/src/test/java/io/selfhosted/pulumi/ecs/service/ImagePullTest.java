package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statements;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.container;
import static org.assertj.core.api.Assertions.assertThat;

/** Images that can be pulled: a registry login, or an ECR pull-through cache. */
class ImagePullTest {
    static final String TOKEN = "dckr_pat_MARKER_7e8f9a";

    @Test
    void aDockerHubLoginReachesEcsAsRepositoryCredentialsOnly() {
        Plan plan = SampleInstall.install(b -> b.images(ContainerImagesArgs.builder().tag("20250415-3b9e42c")
                .credentials(RegistryCredentialsArgs.builder().username("platform-bot").password(TOKEN).build()).build()));

        String secret = plan.resource(SECRETSMANAGER_SECRET, "pulumi-secrets-registry-credentials").id().orElseThrow();
        for (var task : List.of(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), plan.resource(ECS_TASK_DEFINITION, "pulumi-console"),
                plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations"))) {
            var containers = task.list("containerDefinitions");
            assertThat(containers).allSatisfy(c -> assertThat(((Map<?, ?>) c).get("repositoryCredentials"))
                    .as(task.name()).isEqualTo(Map.of("credentialsParameter", secret)));
        }
        // The execution roles read it; the Console's included.
        assertThat(values(statement(plan.resource(IAM_ROLE_POLICY, "pulumi-console-execution"), "policy", "ReadOwnSecrets"), "Resource"))
                .contains(secret);
        assertThat(plan.resourcesWithPlainInput(TOKEN)).isEmpty();
    }

    @Test
    void aPullThroughCacheMayImportAndCreateExactlyTheImagesRepositories() {
        String registry = SampleInstall.ACCOUNT + ".dkr.ecr." + SampleInstall.REGION + ".amazonaws.com";
        Plan plan = SampleInstall.install(b -> b.images(ContainerImagesArgs.builder().tag("20250415-3b9e42c")
                .registry(registry).repositoryPrefix("docker-hub/pulumi").pullThroughCache(true).build()));

        assertThat(container(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service").get("image"))
                .isEqualTo(registry + "/docker-hub/pulumi/service:20250415-3b9e42c");
        var imports = statement(plan.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy", "ImportOwnImages");
        assertThat(values(imports, "Action")).containsExactlyInAnyOrder("ecr:BatchImportUpstreamImage", "ecr:CreateRepository");
        assertThat(values(imports, "Resource")).containsExactly(
                SampleInstall.arn(SampleInstall.REGION, "ecr", "repository/docker-hub/pulumi/service"));
        // Without the cache, an ECR mirror needs no import.
        Plan mirror = SampleInstall.install(b -> b.images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").registry(registry).build()));
        assertThat(statements(mirror.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy"))
                .noneMatch(s -> "ImportOwnImages".equals(s.get("Sid")));
    }

    @Test
    void aLoginForEcrAndACacheOutsideEcrAreRefused() {
        String registry = SampleInstall.ACCOUNT + ".dkr.ecr." + SampleInstall.REGION + ".amazonaws.com";
        Plan bad = SampleInstall.plan(b -> b.images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").registry(registry)
                .credentials(RegistryCredentialsArgs.builder().username("bot").password(TOKEN).build()).build()));
        assertThat(bad.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).extracting(Problem::property).contains("images.credentials"));
        Plan cache = SampleInstall.plan(b -> b.images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").registry("registry.example.com")
                .pullThroughCache(true).build()));
        assertThat(cache.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).extracting(Problem::property).contains("images.pullThroughCache"));
        assertThat(bad.problems().toString()).doesNotContain(TOKEN);
    }
}
