package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerSecretArgs;
import io.selfhosted.pulumi.ecs.fargate.EgressRuleArgs;
import io.selfhosted.pulumi.ecs.fargate.EnvironmentVariableArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateService;
import io.selfhosted.pulumi.ecs.fargate.FargateServiceArgs;
import io.selfhosted.pulumi.ecs.fargate.OneShotTask;
import io.selfhosted.pulumi.ecs.fargate.OneShotTaskArgs;
import io.selfhosted.pulumi.ecs.fargate.SecurityGroupAccessArgs;
import io.selfhosted.pulumi.ecs.fargate.UlimitArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.ExportedOutputs;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.selfhosted.pulumi.ecs.service.ContainerVariables.env;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.flag;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.jsonKey;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.secret;

/**
 * The Pulumi Service API ({@code pulumi/service}, port 8080, health {@code GET /api/status}) as a
 * {@link FargateService}, and its database migrations as a {@link OneShotTask} that runs once per
 * image tag, before the API service is created or updated: a failed run stops the upgrade before
 * any task of the new version starts, and the old version keeps serving.
 *
 * <p>Plain settings reach the container as environment variables; the license key and every
 * credential only as ECS {@code secrets}. The task role may use exactly the service's buckets
 * and the KMS actions the service documents on its one key. The tasks may reach the database
 * (a security group rule pair this component creates), HTTPS anywhere (AWS APIs, the image
 * registry; only inside the VPC and to S3 when {@link TaskEgressArgs#limitToVpc()}), the search
 * domain when there is one, and, with email configured, the SMTP server's port. Given the database's CA bundle,
 * the API connects to it over verified TLS.
 */
public class ApiService extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:service:ApiService";
    /** The API container's name. */
    public static final String CONTAINER_NAME = "pulumi-service";
    /** The API container's port. */
    public static final int PORT = 8080;
    /** The API's health check path. */
    public static final String HEALTH_CHECK_PATH = "/api/status";

    @Export(name = "serviceName", refs = String.class)
    private final Output<String> serviceName;

    @Export(name = "serviceArn", refs = String.class)
    private final Output<String> serviceArn;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    @Export(name = "logGroupName", refs = String.class)
    private final Output<String> logGroupName;

    @Export(name = "migrationsLogGroupName", refs = String.class)
    private final @Nullable Output<String> migrationsLogGroupName;

    @Export(name = "taskRoleArn", refs = String.class)
    private final Output<String> taskRoleArn;

    @Export(name = "executionRoleArn", refs = String.class)
    private final Output<String> executionRoleArn;

    @Export(name = "migrationsExecutionRoleArn", refs = String.class)
    private final @Nullable Output<String> migrationsExecutionRoleArn;

    private final @Nullable Output<String> migrationsResult;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    what the other parts produced, and the API's settings
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ApiService(String name, ApiServiceArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var placement = args.placement();
        AwsPartition partition = DeploymentRegion.require(placement.region());
        var settings = args.settings();
        var database = args.database();

        var api = ContainerImages.pulledFrom(ContainerArgs.builder(), args.images(), args.registryCredentialsSecretArn())
                .name(CONTAINER_NAME)
                .image(ContainerImages.of(args.images(), "service"))
                .port(PORT)
                .environment(environment(args, partition))
                .secrets(secrets(args))
                .ulimits(UlimitArgs.builder().name("nofile").softLimit(100000).hardLimit(200000).build())
                .build();

        List<EgressRuleArgs> egress = TaskEgress.rules(args.egress(),
                "HTTPS to AWS APIs (S3, KMS, Secrets Manager, CloudWatch) and the image registry",
                args.smtp().flatMap(smtp -> KnownValue.of(smtp.server())).flatMap(ServiceValidation::smtpPort));
        List<SecurityGroupAccessArgs> peers = new ArrayList<>(List.of(SecurityGroupAccessArgs.builder()
                .name("database")
                .securityGroupId(database.securityGroupId())
                .port(database.port())
                .description("API tasks to the database")
                .build()));
        args.search().ifPresent(search -> peers.add(SecurityGroupAccessArgs.builder()
                .name("search")
                .securityGroupId(search.securityGroupId())
                .port(443)
                .description("API tasks to the search domain (HTTPS)")
                .build()));

        var serviceArgs = FargateServiceArgs.builder()
                .placement(placement)
                .containers(api)
                .sizing(settings.sizing())
                .target(args.target())
                .loadBalancedContainerName(CONTAINER_NAME)
                .loadBalancedContainerPort(PORT)
                .healthCheckGracePeriodSeconds(settings.healthCheckGracePeriodSeconds())
                .egressRules(egress)
                .peerSecurityGroups(peers)
                .secretsKmsKeyArn(args.kmsKeyArn())
                .taskRolePolicy(ApiTaskPolicy.document(partition, args.buckets(), args.kmsKeyArn(),
                        args.previousKmsKeyArns().orElse(Output.of(List.of())),
                        args.search().map(SearchConnectionArgs::domainArn)))
                .deploymentTimeoutMinutes(args.deploymentTimeoutMinutes())
                .logRetentionDays(args.logRetentionDays())
                .tags(args.tags());
        OneShotTask migrations = null;
        if (KnownValue.of(settings.runMigrations()).orElse(ApiDefaults.RUN_MIGRATIONS)) {
            migrations = migrations(name, args);
            serviceArgs.deploymentGate(migrations.result());
        }
        var service = new FargateService(name, serviceArgs.build(), ComponentResourceOptions.builder().parent(this).build());

        this.migrationsLogGroupName = migrations == null ? null : migrations.logGroupName();
        this.migrationsResult = migrations == null ? null : migrations.result();
        this.migrationsExecutionRoleArn = migrations == null ? null : migrations.executionRoleArn();
        this.taskRoleArn = service.taskRoleArn().orElseThrow();
        this.executionRoleArn = service.executionRoleArn();
        this.serviceName = service.serviceName();
        this.serviceArn = service.serviceArn();
        this.securityGroupId = service.securityGroupId();
        this.logGroupName = service.logGroupName();
        registerOutputs(ExportedOutputs.of(this));
    }

    /** One run of the migrations image per tag (and per change of its task definition). */
    private OneShotTask migrations(String name, ApiServiceArgs args) {
        var database = args.database();
        return new OneShotTask(name + "-migrations", OneShotTaskArgs.builder()
                .placement(args.placement())
                .container(Migrations.container(args.images(), args.registryCredentialsSecretArn(), database))
                .egressRules(TaskEgress.rules(args.egress(), "HTTPS to the image registry, Secrets Manager and CloudWatch Logs",
                        Optional.empty()))
                .peerSecurityGroups(SecurityGroupAccessArgs.builder()
                        .name("database")
                        .securityGroupId(database.securityGroupId())
                        .port(database.port())
                        .description("Migrations task to the database")
                        .build())
                .secretsKmsKeyArn(args.kmsKeyArn())
                .triggers(args.images().tag().applyValue(List::of))
                .timeoutMinutes(args.settings().migrationsTimeoutMinutes())
                .logRetentionDays(args.logRetentionDays())
                .tags(args.tags())
                .build(), ComponentResourceOptions.builder().parent(this).build());
    }

    private static ComponentResourceOptions validated(ApiServiceArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ApiServiceArgs");
        }
        ServiceValidation.apiService(problems, args);
        problems.throwIfAny("ApiServiceArgs");
        return options;
    }

    /** The API's plain environment (SPEC section 3): nothing secret. */
    private static List<EnvironmentVariableArgs> environment(ApiServiceArgs args, AwsPartition partition) {
        var settings = args.settings();
        var database = args.database();
        var buckets = args.buckets();
        List<EnvironmentVariableArgs> env = new ArrayList<>(List.of(
                env("PULUMI_ENTERPRISE", "true"),
                env("PULUMI_DATABASE_ENDPOINT", Migrations.hostAndPort(database)),
                env("PULUMI_DATABASE_PING_ENDPOINT", database.endpoint()),
                env("PULUMI_DATABASE_NAME", database.databaseName()),
                env("PULUMI_API_DOMAIN", args.apiDomain()),
                env("PULUMI_CONSOLE_DOMAIN", args.consoleDomain()),
                env("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT", s3(buckets.checkpointBucketName())),
                env("PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT", s3(buckets.policyPackBucketName())),
                env("PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT", s3(buckets.metadataBucketName())),
                env("PULUMI_KMS_KEY", args.kmsKeyArn()),
                env("AWS_REGION", partition.region()),
                flag("PULUMI_DISABLE_EMAIL_LOGIN", settings.disableEmailLogin()),
                flag("PULUMI_DISABLE_EMAIL_SIGNUP", settings.disableEmailSignup()),
                flag("PULUMI_ENGINE_EVENTS_SCHEMA_V2", settings.engineEventsSchemaV2()),
                flag("PULUMI_ENGINE_EVENTS_LEGACY_WRITE", settings.engineEventsLegacyWrite())));
        buckets.engineEventsBucketName().ifPresent(b -> env.add(env("PULUMI_ENGINE_EVENTS_BLOB_STORAGE_ENDPOINT", s3(b))));
        args.smtp().ifPresent(smtp -> {
            env.add(env("SMTP_SERVER", smtp.server()));
            env.add(env("SMTP_USERNAME", smtp.username()));
            env.add(env("SMTP_GENERIC_SENDER", smtp.genericSender()));
        });
        args.saml().ifPresent(saml -> env.add(env("SAML_CERTIFICATE_PUBLIC_KEY", saml.certificatePublicKey())));
        args.search().ifPresent(search -> {
            env.add(env("PULUMI_SEARCH_DOMAIN", search.endpoint()));
            env.add(env("PULUMI_SEARCH_USER", search.username()));
        });
        // The API speaks TLS to MySQL only when it has the CA to verify the server with.
        env.addAll(Migrations.tls(database));
        env.addAll(args.environment());
        return env;
    }

    /** The API's secrets (SPEC section 3): each from Secrets Manager at task start. */
    private static List<ContainerSecretArgs> secrets(ApiServiceArgs args) {
        var credentials = args.database().credentialsSecretArn();
        List<ContainerSecretArgs> secrets = new ArrayList<>(List.of(
                secret("PULUMI_LICENSE_KEY", args.licenseKeySecret()),
                secret("PULUMI_DATABASE_USER_NAME", jsonKey(credentials, "username")),
                secret("PULUMI_DATABASE_USER_PASSWORD", jsonKey(credentials, "password"))));
        args.smtp().ifPresent(smtp -> secrets.add(secret("SMTP_PASSWORD", smtp.passwordSecret())));
        args.saml().ifPresent(saml -> secrets.add(secret("SAML_CERTIFICATE_PRIVATE_KEY", saml.privateKeySecret())));
        args.recaptchaSecretKeySecret().ifPresent(ref -> secrets.add(secret("RECAPTCHA_SECRET_KEY", ref)));
        args.search().ifPresent(search -> secrets.add(secret("PULUMI_SEARCH_PASSWORD", search.passwordSecret())));
        secrets.addAll(args.secrets());
        return secrets;
    }

    private static Output<String> s3(Output<String> bucket) {
        return bucket.applyValue(b -> "s3://" + b);
    }

    /** The API's ECS service (ARN). */
    public Output<String> serviceArn() {
        return serviceArn;
    }

    /** The API's ECS service name. */
    public Output<String> serviceName() {
        return serviceName;
    }

    /** The API tasks' security group. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /** The API's log group. */
    public Output<String> logGroupName() {
        return logGroupName;
    }

    /**
     * The result of this version's migrations run, unless {@link ApiArgs#runMigrations()} is
     * off: known once the run succeeded. Give it to what must wait for the migrated schema, such
     * as {@link ConsoleServiceArgs#deploymentGate()}.
     */
    public Optional<Output<String>> migrationsResult() {
        return Optional.ofNullable(migrationsResult);
    }

    /** The role the API containers call AWS with (S3, KMS): for bucket and key policies elsewhere. */
    public Output<String> taskRoleArn() {
        return taskRoleArn;
    }

    /** The role ECS starts the API tasks with: it reads the API's secrets and decrypts them with the service key. */
    public Output<String> executionRoleArn() {
        return executionRoleArn;
    }

    /** The role ECS starts the migrations task with, unless {@link ApiArgs#runMigrations()} is off. */
    public Optional<Output<String>> migrationsExecutionRoleArn() {
        return Optional.ofNullable(migrationsExecutionRoleArn);
    }

    /** The migrations task's log group, unless {@link ApiArgs#runMigrations()} is off. */
    public Optional<Output<String>> migrationsLogGroupName() {
        return Optional.ofNullable(migrationsLogGroupName);
    }
}
