package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.container;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC section 3 for the Console, and the image references of all three images. */
class ConsoleContainerContractTest {
    private static final String TAG = "20250415-3b9e42c";

    private static Plan plan;
    private static PlannedResource task;

    @BeforeAll
    static void run() {
        plan = install(b -> b);
        task = plan.resource(ECS_TASK_DEFINITION, "pulumi-console");
    }

    @Test
    void theConsoleIsOneContainerOnPort3000() {
        assertThat(task.list("containerDefinitions")).hasSize(1);
        var console = container(task, "pulumi-console");
        assertThat(console.get("image")).isEqualTo("pulumi/console:" + TAG);
        assertThat(console.get("essential")).isEqualTo(true);
        assertThat(console.get("portMappings")).isEqualTo(List.of(Map.of("containerPort", 3000.0, "hostPort", 3000.0, "protocol", "tcp")));
        assertThat(console.get("stopTimeout")).isEqualTo(120.0);
        assertThat(task.string("containerDefinitions[0].logConfiguration.logDriver")).isEqualTo("awslogs");
        assertThat(task.string("containerDefinitions[0].logConfiguration.options.awslogs-group")).startsWith("pulumi-console-");
    }

    @Test
    void theConsoleKnowsTheApiAndItsOwnDomains() {
        assertThat(environment(task, "pulumi-console")).containsOnly(
                Map.entry("PULUMI_API", "https://api.pulumi.example.com"),
                Map.entry("PULUMI_CONSOLE_DOMAIN", "app.pulumi.example.com"),
                Map.entry("PULUMI_HOMEPAGE_DOMAIN", "app.pulumi.example.com"),
                Map.entry("AWS_REGION", SampleInstall.REGION),
                Map.entry("SAML_SSO_ENABLED", "false"),
                Map.entry("PULUMI_HIDE_EMAIL_LOGIN", "false"),
                Map.entry("PULUMI_HIDE_EMAIL_SIGNUP", "false"));
        assertThat(secrets(task, "pulumi-console")).isEmpty();
    }

    @Test
    void samlTurnstileAndAgGridChangeTheConsoleOnlyWhenConfigured() {
        Plan configured = install(b -> b
                .saml(SamlArgs.builder().certificatePublicKey(ApiContainerContractTest.SAML_PUBLIC)
                        .certificatePrivateKey("-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----").build())
                .recaptcha(RecaptchaArgs.builder().siteKey("0x4AAAAAAAsite").secretKey("0x4AAAAAAAsecret").build())
                .agGridLicenseKey("AG-GRID-MARKER-5f5f"));
        var configuredTask = configured.resource(ECS_TASK_DEFINITION, "pulumi-console");
        var env = environment(configuredTask, "pulumi-console");
        String agGridSecret = configured.resource(SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-ag-grid-license-key").string("secretId");

        assertThat(env).containsEntry("SAML_SSO_ENABLED", "true").containsEntry("RECAPTCHA_SITE_KEY", "0x4AAAAAAAsite");
        assertThat(env.keySet()).noneMatch(name -> name.matches(ApiContainerContractTest.SECRET_LIKE));
        assertThat(secrets(configuredTask, "pulumi-console")).containsOnlyKeys("AG_GRID_LICENSE_KEY");
        assertThat(secrets(configuredTask, "pulumi-console").get("AG_GRID_LICENSE_KEY"))
                .matches(java.util.regex.Pattern.quote(agGridSecret) + ApiContainerContractTest.PINNED);
        assertThat(configured.resourcesWithPlainInput("AG-GRID-MARKER-5f5f")).isEmpty();
        // The execution role may read exactly that one secret.
        var read = statement(configured.resource(IAM_ROLE_POLICY, "pulumi-console-execution"), "policy", "ReadOwnSecrets");
        assertThat(values(read, "Resource")).containsExactly(agGridSecret);
        assertThat(environment(task, "pulumi-console")).doesNotContainKey("RECAPTCHA_SITE_KEY");
    }

    @Test
    void allThreeImagesShareTheOneTag() {
        var api = plan.resource(ECS_TASK_DEFINITION, "pulumi-api");
        var migrations = plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations");
        assertThat(List.of(container(api, "pulumi-service").get("image"), container(migrations, "pulumi-migrations").get("image"),
                container(task, "pulumi-console").get("image")))
                .containsExactly("pulumi/service:" + TAG, "pulumi/migrations:" + TAG, "pulumi/console:" + TAG);

        Plan upgraded = install(b -> b.images(ContainerImagesArgs.builder().tag("20250601-0a1b2c3").build()));
        var upgradedApi = upgraded.resource(ECS_TASK_DEFINITION, "pulumi-api");
        assertThat(List.of(container(upgradedApi, "pulumi-service").get("image"),
                container(upgraded.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations"), "pulumi-migrations").get("image"),
                container(upgraded.resource(ECS_TASK_DEFINITION, "pulumi-console"), "pulumi-console").get("image")))
                .containsExactly("pulumi/service:20250601-0a1b2c3", "pulumi/migrations:20250601-0a1b2c3",
                        "pulumi/console:20250601-0a1b2c3");
    }

    @Test
    void imagesCanComeFromAnEcrMirrorWithAPrefix() {
        String registry = "210987654321.dkr.ecr.us-west-2.amazonaws.com";
        Plan mirrored = install(b -> b.images(ContainerImagesArgs.builder().tag(TAG).registry(registry)
                .repositoryPrefix("mirror/pulumi").build()));
        var api = mirrored.resource(ECS_TASK_DEFINITION, "pulumi-api");

        assertThat(container(api, "pulumi-service").get("image")).isEqualTo(registry + "/mirror/pulumi/service:" + TAG);
        assertThat(container(mirrored.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations"), "pulumi-migrations").get("image"))
                .isEqualTo(registry + "/mirror/pulumi/migrations:" + TAG);
        assertThat(container(mirrored.resource(ECS_TASK_DEFINITION, "pulumi-console"), "pulumi-console").get("image"))
                .isEqualTo(registry + "/mirror/pulumi/console:" + TAG);
        // Pulls from the mirror are allowed on exactly its repositories, in the mirror's account and region.
        var pull = statement(mirrored.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy", "PullOwnImages");
        assertThat(values(pull, "Resource")).containsExactly("arn:aws:ecr:us-west-2:210987654321:repository/mirror/pulumi/service");
        var migrationsPull = statement(mirrored.resource(IAM_ROLE_POLICY, "pulumi-api-migrations-execution"), "policy", "PullOwnImages");
        assertThat(values(migrationsPull, "Resource")).containsExactly("arn:aws:ecr:us-west-2:210987654321:repository/mirror/pulumi/migrations");
    }
}
