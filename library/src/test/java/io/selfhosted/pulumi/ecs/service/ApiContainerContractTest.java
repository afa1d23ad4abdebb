package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.container;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.containers;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.map;

/** SPEC section 3 for the API task ({@code pulumi-service}) and the migrations task ({@code pulumi-migrations}). */
class ApiContainerContractTest {
    static final String SAML_PUBLIC = "-----BEGIN CERTIFICATE-----\nMIIBsamlpublic\n-----END CERTIFICATE-----";
    static final String SECRET_LIKE = ".*(PASSWORD|SECRET|PRIVATE|LICENSE).*";

    private static final String TAG = "20250415-3b9e42c";
    private static final Set<String> PLAIN_ENV = Set.of("PULUMI_ENTERPRISE", "PULUMI_DATABASE_ENDPOINT",
            "PULUMI_DATABASE_PING_ENDPOINT", "PULUMI_DATABASE_NAME", "PULUMI_API_DOMAIN", "PULUMI_CONSOLE_DOMAIN",
            "PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT", "PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT",
            "PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT", "PULUMI_KMS_KEY", "AWS_REGION", "PULUMI_DISABLE_EMAIL_LOGIN",
            "PULUMI_DISABLE_EMAIL_SIGNUP", "PULUMI_ENGINE_EVENTS_SCHEMA_V2", "PULUMI_ENGINE_EVENTS_LEGACY_WRITE");

    /** A secret's ECS reference that pins its current version: {@code <ARN>:::<version id>}. */
    static final String PINNED = ":::[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}";

    private static Plan plan;
    private static PlannedResource task;
    private static PlannedResource migrationsTask;
    private static Map<String, String> env;

    @BeforeAll
    static void run() {
        plan = install(b -> b);
        task = plan.resource(ECS_TASK_DEFINITION, "pulumi-api");
        migrationsTask = plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations");
        env = environment(task, "pulumi-service");
    }

    /** An install with SMTP, SAML and Turnstile configured. */
    static Plan withEmailSamlAndTurnstile() {
        return install(b -> b
                .smtp(SmtpArgs.builder().server("smtp.example.com:2587").username("mailer").password("smtp-pw-x")
                        .genericSender("pulumi@example.com").build())
                .saml(SamlArgs.builder().certificatePublicKey(SAML_PUBLIC)
                        .certificatePrivateKey("-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----").build())
                .recaptcha(RecaptchaArgs.builder().siteKey("0x4AAAAAAAsite").secretKey("0x4AAAAAAAsecret").build()));
    }

    @Test
    void theApiTaskRunsOnlyTheApiAndTheMigrationsTheirOwnTask() {
        // An API task that migrated first could not be rolled back to, scaled out or replaced
        // once a newer image had migrated: the migrations run once, in a task of their own.
        assertThat(containers(task)).extracting(c -> c.get("name")).containsExactly("pulumi-service");
        var api = container(task, "pulumi-service");
        assertThat(api.get("essential")).isEqualTo(true);
        assertThat(api).doesNotContainKey("dependsOn");
        assertThat(containers(migrationsTask)).extracting(c -> c.get("name")).containsExactly("pulumi-migrations");
        assertThat(container(migrationsTask, "pulumi-migrations").get("essential")).isEqualTo(true);
        assertThat(migrationsTask.string("cpu")).isEqualTo("256");
        assertThat(migrationsTask.string("memory")).isEqualTo("512");
    }

    @Test
    void theApiListensOn8080WithTheDocumentedFileLimits() {
        var api = container(task, "pulumi-service");
        assertThat(api.get("portMappings")).isEqualTo(List.of(Map.of("containerPort", 8080.0, "hostPort", 8080.0, "protocol", "tcp")));
        assertThat(api.get("ulimits")).isEqualTo(List.of(Map.of("name", "nofile", "softLimit", 100000.0, "hardLimit", 200000.0)));
        assertThat(api.get("image")).isEqualTo("pulumi/service:" + TAG);
    }

    @Test
    void theApiGetsEveryPlainSettingOfTheContract() {
        assertThat(env.keySet()).containsExactlyInAnyOrderElementsOf(PLAIN_ENV);
        assertThat(env).containsEntry("PULUMI_ENTERPRISE", "true")
                .containsEntry("PULUMI_DATABASE_NAME", "pulumi")
                .containsEntry("PULUMI_API_DOMAIN", "api.pulumi.example.com")
                .containsEntry("PULUMI_CONSOLE_DOMAIN", "app.pulumi.example.com")
                .containsEntry("PULUMI_KMS_KEY", SampleInstall.arn(SampleInstall.REGION, "kms", "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"))
                .containsEntry("AWS_REGION", SampleInstall.REGION)
                .containsEntry("PULUMI_ENGINE_EVENTS_SCHEMA_V2", "true")
                .containsEntry("PULUMI_ENGINE_EVENTS_LEGACY_WRITE", "false");
        String host = env.get("PULUMI_DATABASE_PING_ENDPOINT");
        // The writer endpoint of the cluster (the reader endpoint would be ".cluster-ro-"), whose
        // identifier is fixed: the RDS log groups are created under it before the cluster.
        assertThat(host).startsWith("selfhosted-test-pulumi-database.cluster-").doesNotContain(".cluster-ro-", ":");
        assertThat(env.get("PULUMI_DATABASE_ENDPOINT")).isEqualTo(host + ":3306");
    }

    @Test
    void blobStorageEndpointsNameTheServiceBuckets() {
        assertThat(env.get("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT")).matches("s3://pulumi-checkpoint-[a-z0-9]+");
        assertThat(env.get("PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT")).matches("s3://pulumi-policy-[a-z0-9]+");
        assertThat(env.get("PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT")).matches("s3://pulumi-service-metadata-[a-z0-9]+");
        assertThat(env).doesNotContainKey("PULUMI_ENGINE_EVENTS_BLOB_STORAGE_ENDPOINT");

        Plan withEvents = install(b -> b.storage(StorageArgs.builder().engineEventsBucket(true).build()));
        var events = environment(withEvents.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service");
        assertThat(events.get("PULUMI_ENGINE_EVENTS_BLOB_STORAGE_ENDPOINT")).matches("s3://pulumi-engine-events-[a-z0-9]+");
        assertThat(withEvents.resourcesOfType(S3_BUCKET)).hasSize(4);
    }

    @Test
    void credentialsReachTheApiOnlyAsSecretsOfTheRightSecrets() {
        String license = plan.resource(SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-license-key").string("secretId");
        String credentials = plan.resource(SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-database-credentials").string("secretId");

        var secrets = secrets(task, "pulumi-service");
        assertThat(secrets.keySet()).containsExactlyInAnyOrder("PULUMI_LICENSE_KEY", "PULUMI_DATABASE_USER_NAME", "PULUMI_DATABASE_USER_PASSWORD");
        // The license key's current version, so that a new key rolls the tasks.
        assertThat(secrets.get("PULUMI_LICENSE_KEY")).startsWith(license).matches(java.util.regex.Pattern.quote(license) + PINNED);
        assertThat(secrets).containsEntry("PULUMI_DATABASE_USER_NAME", credentials + ":username::")
                .containsEntry("PULUMI_DATABASE_USER_PASSWORD", credentials + ":password::");
        assertThat(env.keySet()).noneMatch(name -> name.matches(SECRET_LIKE));
    }

    @Test
    void optionalFeaturesAddTheirVariablesOnlyWhenConfigured() {
        assertThat(env.keySet()).noneMatch(n -> n.startsWith("SMTP_") || n.startsWith("SAML_"));
        assertThat(secrets(task, "pulumi-service").keySet()).containsExactlyInAnyOrder("PULUMI_LICENSE_KEY",
                "PULUMI_DATABASE_USER_NAME", "PULUMI_DATABASE_USER_PASSWORD");

        Plan configured = withEmailSamlAndTurnstile();
        var configuredTask = configured.resource(ECS_TASK_DEFINITION, "pulumi-api");
        var configuredEnv = environment(configuredTask, "pulumi-service");
        assertThat(configuredEnv).containsEntry("SMTP_SERVER", "smtp.example.com:2587")
                .containsEntry("SMTP_USERNAME", "mailer")
                .containsEntry("SMTP_GENERIC_SENDER", "pulumi@example.com")
                .containsEntry("SAML_CERTIFICATE_PUBLIC_KEY", SAML_PUBLIC);
        assertThat(configuredEnv.keySet()).noneMatch(name -> name.matches(SECRET_LIKE));
        var configuredSecrets = secrets(configuredTask, "pulumi-service");
        assertThat(configuredSecrets.keySet()).containsExactlyInAnyOrder("PULUMI_LICENSE_KEY", "PULUMI_DATABASE_USER_NAME",
                "PULUMI_DATABASE_USER_PASSWORD", "SMTP_PASSWORD", "SAML_CERTIFICATE_PRIVATE_KEY", "RECAPTCHA_SECRET_KEY");
        assertThat(configuredSecrets).containsEntry("PULUMI_DATABASE_USER_NAME", secretArn(configured, "database-credentials") + ":username::")
                .containsEntry("PULUMI_DATABASE_USER_PASSWORD", secretArn(configured, "database-credentials") + ":password::");
        for (var entry : Map.of("PULUMI_LICENSE_KEY", "license-key", "SMTP_PASSWORD", "smtp-password",
                "SAML_CERTIFICATE_PRIVATE_KEY", "saml-private-key", "RECAPTCHA_SECRET_KEY", "recaptcha-secret-key").entrySet()) {
            assertThat(configuredSecrets.get(entry.getKey())).as(entry.getKey())
                    .matches(java.util.regex.Pattern.quote(secretArn(configured, entry.getValue())) + PINNED);
        }
    }

    @Test
    void theMigrationsHaveTheDatabaseAndRootCredentials() {
        var migrations = container(migrationsTask, "pulumi-migrations");
        var migrationsEnv = environment(migrationsTask, "pulumi-migrations");
        String credentials = plan.resource(SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-database-credentials").string("secretId");

        assertThat(migrations.get("image")).isEqualTo("pulumi/migrations:" + TAG);
        assertThat(migrationsEnv).containsOnly(
                Map.entry("PULUMI_DATABASE_ENDPOINT", env.get("PULUMI_DATABASE_ENDPOINT")),
                Map.entry("PULUMI_DATABASE_PING_ENDPOINT", env.get("PULUMI_DATABASE_PING_ENDPOINT")),
                Map.entry("PULUMI_DATABASE_NAME", env.get("PULUMI_DATABASE_NAME")),
                Map.entry("SKIP_CREATE_DB_USER", "true"));
        assertThat(secrets(migrationsTask, "pulumi-migrations")).containsOnly(
                Map.entry("MYSQL_ROOT_USERNAME", credentials + ":username::"),
                Map.entry("MYSQL_ROOT_PASSWORD", credentials + ":password::"));
        assertThat(migrations).doesNotContainKey("portMappings");
    }

    @Test
    void everyContainerStopsGracefullyAndLogsToItsTasksLogGroup() {
        for (var definitionOwner : List.of(task, migrationsTask)) {
            stopsGracefullyAndLogs(definitionOwner);
        }
        assertThat(migrationsTask.string("containerDefinitions[0].logConfiguration.options.awslogs-group"))
                .startsWith("pulumi-api-migrations-")
                .isNotEqualTo(task.string("containerDefinitions[0].logConfiguration.options.awslogs-group"));
    }

    private static void stopsGracefullyAndLogs(PlannedResource task) {
        String logGroup = task.string("containerDefinitions[0].logConfiguration.options.awslogs-group");
        assertThat(logGroup).startsWith("pulumi-api-");
        assertThat(containers(task)).hasSize(1).allSatisfy(definition -> {
            assertThat(definition.get("stopTimeout")).isEqualTo(120.0);
            @SuppressWarnings("unchecked")
            var logs = (Map<String, Object>) definition.get("logConfiguration");
            assertThat(logs.get("logDriver")).isEqualTo("awslogs");
            assertThat(logs.get("options")).asInstanceOf(map(String.class, Object.class)).containsEntry("awslogs-region", SampleInstall.REGION)
                    .containsEntry("awslogs-group", logGroup)
                    .containsEntry("awslogs-stream-prefix", definition.get("name"));
        });
    }

    private static String secretArn(Plan plan, String key) {
        return plan.resource(SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-" + key).string("secretId");
    }
}
