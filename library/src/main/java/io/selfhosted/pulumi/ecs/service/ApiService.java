package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.service.ContainerVariables.env;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.flag;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.jsonKey;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.secret;

/**
 * The Pulumi Service API ({@code pulumi/service}, port 8080, health {@code GET /api/status}) as a
 * {@link FargateService}, with the {@link MigrationsGate} in front of every API container.
 *
 * <p>Plain settings reach the container as environment variables; the license key and every
 * credential only as ECS {@code secrets}. The task role may use exactly the service's buckets
 * and the KMS actions the service documents on its one key. The tasks may reach the database
 * (a security group rule pair this component creates), HTTPS anywhere (AWS APIs, the image
 * registry) and, with email configured, the SMTP server's port. Given the database's CA bundle,
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

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    @Export(name = "logGroupName", refs = String.class)
    private final Output<String> logGroupName;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    what the other parts produced, and the API's settings
     * @param options component options
     */
    public ApiService(String name, ApiServiceArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, ServiceRules.validated(args, options));
        AwsPartition partition = DeploymentRegion.require(args.region());
        var settings = args.settings();

        var migrations = MigrationsGate.container(ContainerImages.of(args.images(), "migrations"),
                args.databaseEndpoint(), args.databasePort(), args.databaseName(), args.databaseCredentialsSecretArn());
        var api = ContainerArgs.builder()
                .name(CONTAINER_NAME)
                .image(ContainerImages.of(args.images(), "service"))
                .port(PORT)
                .environment(environment(args, partition))
                .secrets(secrets(args))
                .dependsOn(MigrationsGate.gate())
                .ulimits(UlimitArgs.builder().name("nofile").softLimit(100000).hardLimit(200000).build())
                .build();

        List<EgressRuleArgs> egress = new ArrayList<>();
        egress.add(egress(443, "HTTPS to AWS APIs (S3, KMS, Secrets Manager, CloudWatch) and the image registry"));
        args.smtpServer().flatMap(KnownValue::of).flatMap(ServiceRules::smtpPort).ifPresent(port ->
                egress.add(egress(port, "SMTP submission to the mail server")));

        var service = new FargateService(name, settings.applyTo(FargateServiceArgs.builder())
                .clusterArn(args.clusterArn())
                .clusterName(args.clusterName())
                .region(partition.region())
                .vpcId(args.vpcId())
                .subnetIds(args.subnetIds())
                .containers(migrations, api)
                .targetGroupArn(args.targetGroupArn())
                .loadBalancedContainerName(CONTAINER_NAME)
                .loadBalancedContainerPort(PORT)
                .loadBalancerSecurityGroupId(args.loadBalancerSecurityGroupId())
                .healthCheckGracePeriodSeconds(settings.healthCheckGracePeriodSeconds())
                .egressRules(egress)
                .peerSecurityGroups(SecurityGroupAccessArgs.builder()
                        .name("database")
                        .securityGroupId(args.databaseSecurityGroupId())
                        .port(args.databasePort())
                        .description("API and migrations tasks to the database")
                        .build())
                .secretsKmsKeyArn(args.kmsKeyArn())
                .taskRolePolicy(ApiTaskPolicy.document(partition, args))
                .logRetentionDays(args.logRetentionDays())
                .tags(args.tags())
                .build(), ComponentResourceOptions.builder().parent(this).build());

        this.serviceName = service.serviceName();
        this.securityGroupId = service.securityGroupId();
        this.logGroupName = service.logGroupName();
        registerOutputs(Map.of("serviceName", serviceName, "securityGroupId", securityGroupId, "logGroupName", logGroupName));
    }

    private static EgressRuleArgs egress(int port, String description) {
        return EgressRuleArgs.builder().port(port).cidr("0.0.0.0/0").description(description).build();
    }

    /** The API's plain environment (SPEC section 3): nothing secret. */
    private static List<EnvironmentVariableArgs> environment(ApiServiceArgs args, AwsPartition partition) {
        var settings = args.settings();
        List<EnvironmentVariableArgs> env = new ArrayList<>(List.of(
                env("PULUMI_ENTERPRISE", "true"),
                env("PULUMI_DATABASE_ENDPOINT", Output.tuple(args.databaseEndpoint(), args.databasePort()).applyValue(t -> t.t1 + ":" + t.t2)),
                env("PULUMI_DATABASE_PING_ENDPOINT", args.databaseEndpoint()),
                env("PULUMI_DATABASE_NAME", args.databaseName()),
                env("PULUMI_API_DOMAIN", args.apiDomain()),
                env("PULUMI_CONSOLE_DOMAIN", args.consoleDomain()),
                env("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT", s3(args.checkpointBucketName())),
                env("PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT", s3(args.policyPackBucketName())),
                env("PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT", s3(args.metadataBucketName())),
                env("PULUMI_KMS_KEY", args.kmsKeyArn()),
                env("AWS_REGION", partition.region()),
                flag("PULUMI_DISABLE_EMAIL_LOGIN", settings.disableEmailLogin()),
                flag("PULUMI_DISABLE_EMAIL_SIGNUP", settings.disableEmailSignup()),
                flag("PULUMI_ENGINE_EVENTS_SCHEMA_V2", settings.engineEventsSchemaV2()),
                flag("PULUMI_ENGINE_EVENTS_LEGACY_WRITE", settings.engineEventsLegacyWrite())));
        args.engineEventsBucketName().ifPresent(b -> env.add(env("PULUMI_ENGINE_EVENTS_BLOB_STORAGE_ENDPOINT", s3(b))));
        args.smtpServer().ifPresent(v -> env.add(env("SMTP_SERVER", v)));
        args.smtpUsername().ifPresent(v -> env.add(env("SMTP_USERNAME", v)));
        args.smtpGenericSender().ifPresent(v -> env.add(env("SMTP_GENERIC_SENDER", v)));
        args.samlCertificatePublicKey().ifPresent(v -> env.add(env("SAML_CERTIFICATE_PUBLIC_KEY", v)));
        args.databaseCaCertificate().ifPresent(pem -> {
            // The API speaks TLS to MySQL only when it has the CA to verify the server with.
            env.add(env("DATABASE_CA_CERTIFICATE", pem));
            env.add(env("DATABASE_MIN_TLS_VERSION", "1.2"));
        });
        return env;
    }

    /** The API's secrets (SPEC section 3): each from Secrets Manager at task start. */
    private static List<ContainerSecretArgs> secrets(ApiServiceArgs args) {
        List<ContainerSecretArgs> secrets = new ArrayList<>(List.of(
                secret("PULUMI_LICENSE_KEY", args.licenseKeySecretArn()),
                secret("PULUMI_DATABASE_USER_NAME", jsonKey(args.databaseCredentialsSecretArn(), "username")),
                secret("PULUMI_DATABASE_USER_PASSWORD", jsonKey(args.databaseCredentialsSecretArn(), "password"))));
        args.smtpPasswordSecretArn().ifPresent(arn -> secrets.add(secret("SMTP_PASSWORD", arn)));
        args.samlCertificatePrivateKeySecretArn().ifPresent(arn -> secrets.add(secret("SAML_CERTIFICATE_PRIVATE_KEY", arn)));
        args.recaptchaSecretKeySecretArn().ifPresent(arn -> secrets.add(secret("RECAPTCHA_SECRET_KEY", arn)));
        return secrets;
    }

    private static Output<String> s3(Output<String> bucket) {
        return bucket.applyValue(b -> "s3://" + b);
    }

    /** The API's ECS service name. */
    public Output<String> serviceName() {
        return serviceName;
    }

    /** The API tasks' security group. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /** The API and migrations log group. */
    public Output<String> logGroupName() {
        return logGroupName;
    }
}
