package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.fargate.LoadBalancerTargetArgs;
import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.ingressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;

/** The API and Console components on their own, wired to resources the caller already has. */
class ServicePartsStandaloneTest {
    private static final String REGION = "us-gov-west-1";
    private static final String KEY = SampleInstall.arn(REGION, "kms", "key/1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b");
    private static final String LICENSE = SampleInstall.arn(REGION, "secretsmanager", "secret:license-AbCdEf");
    private static final String CREDENTIALS = SampleInstall.arn(REGION, "secretsmanager", "secret:db-GhIjKl");
    private static final String TARGETS = SampleInstall.arn(REGION, "elasticloadbalancing", "targetgroup/api/0123456789abcdef");
    private static final ContainerImagesArgs IMAGES = ContainerImagesArgs.builder().tag("20250415-3b9e42c").build();
    private static final PlacementArgs PLACEMENT = PlacementArgs.builder()
            .clusterArn(SampleInstall.arn(REGION, "ecs", "cluster/shared")).clusterName("shared")
            .region(REGION)
            .vpcId("vpc-0a1b2c3d4e5f67890").subnetIds("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012")
            .build();
    private static final LoadBalancerTargetArgs TARGET = LoadBalancerTargetArgs.builder()
            .targetGroupArn(TARGETS).securityGroupId("sg-0000000000000aaaa").build();

    @Test
    void theApiUsesExactlyWhatItIsGiven() {
        Plan plan = SampleInstall.runner(REGION).runComponent(ctx -> new ApiService("api", ApiServiceArgs.builder()
                .placement(PLACEMENT)
                .images(IMAGES)
                .target(TARGET)
                .database(DatabaseConnectionArgs.builder().securityGroupId("sg-0000000000000dddd").endpoint("db.cluster-x.example").port(3306)
                        .databaseName("pulumi").credentialsSecretArn(CREDENTIALS).build())
                .licenseKeySecret(LICENSE)
                .kmsKeyArn(KEY)
                .buckets(ServiceBucketsArgs.builder().checkpointBucketName("cp-bucket").policyPackBucketName("pp-bucket")
                        .metadataBucketName("md-bucket").build())
                .apiDomain("api.pulumi.example.org").consoleDomain("app.pulumi.example.org")
                .build(), null)).requireSuccess();

        var task = plan.resource(ECS_TASK_DEFINITION, "api");
        assertThat(environment(task, "pulumi-service"))
                .containsEntry("PULUMI_DATABASE_ENDPOINT", "db.cluster-x.example:3306")
                .containsEntry("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT", "s3://cp-bucket")
                .containsEntry("PULUMI_API_DOMAIN", "api.pulumi.example.org")
                .containsEntry("AWS_REGION", REGION);
        assertThat(secrets(task, "pulumi-service")).containsEntry("PULUMI_LICENSE_KEY", LICENSE)
                .containsEntry("PULUMI_DATABASE_USER_PASSWORD", CREDENTIALS + ":password::");
        var buckets = statement(plan.resource(IAM_ROLE_POLICY, "api-task"), "policy", "ListOwnBuckets");
        assertThat(values(buckets, "Resource")).containsExactlyInAnyOrder(
                "arn:aws-us-gov:s3:::cp-bucket", "arn:aws-us-gov:s3:::pp-bucket", "arn:aws-us-gov:s3:::md-bucket");
        var read = statement(plan.resource(IAM_ROLE_POLICY, "api-execution"), "policy", "ReadOwnSecrets");
        assertThat(values(read, "Resource")).containsExactlyInAnyOrder(LICENSE, CREDENTIALS);
        // The migrations run against the same database with the same credentials.
        var migrations = plan.resource(ECS_TASK_DEFINITION, "api-migrations");
        assertThat(environment(migrations, "pulumi-migrations"))
                .containsEntry("PULUMI_DATABASE_ENDPOINT", "db.cluster-x.example:3306");
        assertThat(secrets(migrations, "pulumi-migrations"))
                .containsEntry("MYSQL_ROOT_PASSWORD", CREDENTIALS + ":password::");
        // The API opens the given database group to its own tasks and to the migrations task.
        var toDatabase = ingressRulesOf(plan, "sg-0000000000000dddd");
        assertThat(toDatabase).hasSize(2).allSatisfy(rule -> assertThat(rule.integer("fromPort")).isEqualTo(3306));
        assertThat(plan.resourcesOfType(VPC_SECURITY_GROUP_EGRESS_RULE)).anySatisfy(r ->
                assertThat(r.has("referencedSecurityGroupId") && r.string("referencedSecurityGroupId").equals("sg-0000000000000dddd")).isTrue());
    }

    @Test
    void theConsoleNeedsNoAwsPermissions() {
        Plan plan = SampleInstall.runner(REGION).runComponent(ctx -> new ConsoleService("console", ConsoleServiceArgs.builder()
                .placement(PLACEMENT)
                .images(IMAGES)
                .target(TARGET)
                .apiDomain("api.pulumi.example.org").consoleDomain("app.pulumi.example.org")
                .build(), null)).requireSuccess();

        var task = plan.single(ECS_TASK_DEFINITION);
        assertThat(task.has("taskRoleArn")).isFalse();
        assertThat(plan.resourcesOfType(IAM_ROLE)).hasSize(1);
        assertThat(environment(task, "pulumi-console")).containsEntry("PULUMI_API", "https://api.pulumi.example.org")
                .containsEntry("SAML_SSO_ENABLED", "false").containsEntry("AWS_REGION", REGION);
        assertThat(secrets(task, "pulumi-console")).isEqualTo(Map.of());
        var fromLb = plan.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE);
        assertThat(fromLb).hasSize(1);
        assertThat(fromLb.get(0).string("referencedSecurityGroupId")).isEqualTo("sg-0000000000000aaaa");
        assertThat(fromLb.get(0).integer("fromPort")).isEqualTo(3000);
    }
}
