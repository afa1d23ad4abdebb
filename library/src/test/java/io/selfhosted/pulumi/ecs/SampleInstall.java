package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.fargate.LoadBalancerTargetArgs;
import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import io.selfhosted.pulumi.ecs.service.ApiServiceArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleServiceArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.DatabaseConnectionArgs;
import io.selfhosted.pulumi.ecs.service.ServiceBucketsArgs;
import io.selfhosted.pulumi.ecs.service.SamlArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Valid inputs for tests: an install in a region whose ARNs and ids are consistent, and runners
 * of the component under the mock engine. Tests change one thing at a time from here.
 */
public final class SampleInstall {
    /** The region of the default sample. */
    public static final String REGION = "us-east-1";
    /** The account of the sample's ARNs (the fake AWS's default account). */
    public static final String ACCOUNT = FakeAws.DEFAULT_ACCOUNT_ID;
    /** The sample's license key; a marker that must never appear in plain text. */
    public static final String LICENSE_KEY = "LICENSE-MARKER-7f3a9c";
    /** The sample's SMTP password; a marker that must never appear in plain text. */
    public static final String SMTP_PASSWORD = "SMTP-PASSWORD-MARKER-41d2e8";
    /** The body of the sample's SAML private key; a marker that must never appear in plain text. */
    public static final String SAML_KEY_MARKER = "SAML-KEY-MARKER-9b7c1f";
    /** The sample's SAML private key, PEM. */
    public static final String SAML_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\n" + SAML_KEY_MARKER + "\n-----END PRIVATE KEY-----\n";
    /** The sample's SAML signing certificate, PEM (not a secret). */
    public static final String SAML_CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHBfpegPjMCMA0GCSqGSIb3DQEBCwUA\n-----END CERTIFICATE-----\n";
    /** Every secret value of the sample; none may appear in a message or a plain input. */
    public static final List<String> SECRET_MARKERS = List.of(LICENSE_KEY, SMTP_PASSWORD, SAML_KEY_MARKER);

    private SampleInstall() {
    }

    /** The network of the sample. */
    public static NetworkArgs network() {
        return NetworkArgs.builder()
                .vpcId("vpc-0a1b2c3d4e5f67890")
                .publicSubnetIds("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
                .privateSubnetIds("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012")
                .isolatedSubnetIds("subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022")
                .build();
    }

    /** An ARN of the sample's account in {@code region}'s partition. */
    public static String arn(String region, String service, String resource) {
        String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        return String.join(":", "arn", partition, service, region, ACCOUNT, resource);
    }

    /** Args with the user's own certificate and key, as the official installer requires them. */
    public static PulumiSelfHostedEcsArgs.Builder args(String region) {
        return PulumiSelfHostedEcsArgs.builder()
                .network(network())
                .domain(DomainArgs.builder()
                        .zoneName("example.com")
                        .subdomain("pulumi")
                        .certificateArn(arn(region, "acm", "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8"))
                        .build())
                .licenseKey(LICENSE_KEY)
                .images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").build())
                .kmsKeyArn(arn(region, "kms", "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"));
    }

    /** Args in {@link #REGION}. */
    public static PulumiSelfHostedEcsArgs.Builder args() {
        return args(REGION);
    }

    /** Email through the sample's SMTP relay, with the sample's SMTP password. */
    public static SmtpArgs smtp() {
        return SmtpArgs.builder()
                .server("smtp.example.com:587")
                .username("AKIAIOSFODNN7EXAMPLE")
                .password(SMTP_PASSWORD)
                .genericSender("pulumi@example.com")
                .build();
    }

    /** SAML SSO with the sample's certificate and private key. */
    public static SamlArgs saml() {
        return SamlArgs.builder().certificatePublicKey(SAML_CERTIFICATE).certificatePrivateKey(SAML_PRIVATE_KEY).build();
    }

    /** {@link #args(String)} plus SMTP and SAML, so that every kind of secret is in play. */
    public static PulumiSelfHostedEcsArgs.Builder argsWithSecrets(String region) {
        return args(region).smtp(smtp()).saml(saml());
    }

    /** The sample's VPC id. */
    public static final String VPC = "vpc-0a1b2c3d4e5f67890";
    /** The sample's KMS key ARN in {@link #REGION}. */
    public static final String KMS_KEY = arn(REGION, "kms", "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");

    /** Placement of a part in the sample's cluster, VPC and private subnets, as the top component fills it. */
    public static PlacementArgs.Builder placement() {
        return PlacementArgs.builder()
                .clusterArn(arn(REGION, "ecs", "cluster/pulumi")).clusterName("pulumi")
                .vpcId(VPC).subnetIds(network().privateSubnetIds());
    }

    /** A load balancer target of a backend named {@code name}. */
    public static LoadBalancerTargetArgs target(String name) {
        return LoadBalancerTargetArgs.builder()
                .targetGroupArn(arn(REGION, "elasticloadbalancing", "targetgroup/" + name + "/0123456789abcdef"))
                .securityGroupId("sg-0123456789abcdef0").build();
    }

    /** A database connection as the top component fills it from the database and its secret. */
    public static DatabaseConnectionArgs.Builder connection() {
        return DatabaseConnectionArgs.builder()
                .endpoint("pulumi.cluster-abc.us-east-1.rds.example.com").port(3306).databaseName("pulumi")
                .credentialsSecretArn(arn(REGION, "secretsmanager", "secret:db-AbCdEf"))
                .securityGroupId("sg-0123456789abcdef1");
    }

    /** The sample's three buckets. */
    public static ServiceBucketsArgs.Builder buckets() {
        return ServiceBucketsArgs.builder().checkpointBucketName("checkpoints").policyPackBucketName("policies").metadataBucketName("metadata");
    }

    /** Valid standalone Args of the API part. */
    public static ApiServiceArgs.Builder apiService() {
        return ApiServiceArgs.builder()
                .placement(placement().build())
                .target(target("api"))
                .database(connection().build())
                .buckets(buckets().build())
                .images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").build())
                .licenseKeySecret(arn(REGION, "secretsmanager", "secret:license-AbCdEf"))
                .kmsKeyArn(KMS_KEY)
                .apiDomain("api.pulumi.example.com").consoleDomain("app.pulumi.example.com");
    }

    /** Valid standalone Args of the Console part. */
    public static ConsoleServiceArgs.Builder consoleService() {
        return ConsoleServiceArgs.builder()
                .placement(placement().build())
                .target(target("app"))
                .images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").build())
                .apiDomain("api.pulumi.example.com").consoleDomain("app.pulumi.example.com");
    }

    /** A runner whose stack deploys to {@code region}. */
    public static PlanRunner runner(String region) {
        return PlanRunner.create()
                .project("selfhosted")
                .stack("test")
                .config("aws:region", region)
                .fakeAws(FakeAws.builder().region(region).build());
    }

    /** A runner like {@link #runner(String)} whose fake AWS is customised. */
    public static PlanRunner runner(String region, UnaryOperator<FakeAws.Builder> fake) {
        return runner(region).fakeAws(fake.apply(FakeAws.builder().region(region)).build());
    }

    /** The plan of an install named {@code pulumi} in {@link #REGION} built from changed sample args. */
    public static Plan plan(UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change) {
        return runner(REGION).runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", change.apply(args()).build(), null));
    }

    /** A successful install plan in {@link #REGION} from changed sample args. */
    public static Plan install(UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change) {
        return plan(change).requireSuccess();
    }

    /** A successful install plan of the sample args of {@code region}, changed. */
    public static Plan installIn(String region, UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change) {
        return runner(region)
                .runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", change.apply(args(region)).build(), null))
                .requireSuccess();
    }
}
