package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.APPAUTOSCALING_TARGET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.taskSecurityGroupId;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;

/** The install's outputs name what it created, as the stack exports them. */
class PulumiSelfHostedEcsOutputsTest {
    private static Plan plan;

    /** Runs the install and exports every output the component registers. */
    static Plan exported(UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change) {
        return SampleInstall.runner(SampleInstall.REGION).run(ctx -> {
            var install = new PulumiSelfHostedEcs("pulumi", change.apply(SampleInstall.args()).build(), null);
            install.outputs().forEach(ctx::export);
        }).requireSuccess();
    }

    @BeforeAll
    static void run() {
        plan = exported(b -> b);
    }

    private static Object output(String name) {
        var output = plan.output(name);
        assertThat(output.known()).as("%s known", name).isTrue();
        assertThat(output.secret()).as("%s secret", name).isFalse();
        return output.value();
    }

    @Test
    void urlsAreTheHttpsNamesOfApiAndConsole() {
        assertThat(output("apiUrl")).isEqualTo("https://api.pulumi.example.com");
        assertThat(output("consoleUrl")).isEqualTo("https://app.pulumi.example.com");
    }

    @Test
    void loadBalancerNamesAreWhatTheDnsRecordsPointAt() {
        assertThat(output("apiLoadBalancerDnsName")).isEqualTo(plan.resource(ROUTE53_RECORD, "pulumi-dns-api").string("aliases[0].name"));
        assertThat(output("apiLoadBalancerZoneId")).isEqualTo(plan.resource(ROUTE53_RECORD, "pulumi-dns-api").string("aliases[0].zoneId"));
        assertThat(output("consoleLoadBalancerDnsName")).isEqualTo(plan.resource(ROUTE53_RECORD, "pulumi-dns-app").string("aliases[0].name"));
        assertThat(output("consoleLoadBalancerZoneId")).isEqualTo(plan.resource(ROUTE53_RECORD, "pulumi-dns-app").string("aliases[0].zoneId"));
        assertThat(output("apiLoadBalancerDnsName")).isNotEqualTo(output("consoleLoadBalancerDnsName"));
    }

    @Test
    void bucketAndDatabaseOutputsAreWhatTheApiUses() {
        var env = environment(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service");
        assertThat("s3://" + output("checkpointBucketName")).isEqualTo(env.get("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT"));
        assertThat("s3://" + output("policyPackBucketName")).isEqualTo(env.get("PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT"));
        assertThat("s3://" + output("metadataBucketName")).isEqualTo(env.get("PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT"));
        assertThat(plan.outputs()).doesNotContainKey("engineEventsBucketName");
        assertThat(output("databaseEndpoint")).isEqualTo(env.get("PULUMI_DATABASE_PING_ENDPOINT"));
        assertThat(output("databasePort")).isEqualTo(3306.0);
    }

    @Test
    void clusterServiceAndLogGroupNamesAreTheCreatedOnes() {
        String apiScaling = plan.resource(APPAUTOSCALING_TARGET, "pulumi-api").string("resourceId");
        String consoleScaling = plan.resource(APPAUTOSCALING_TARGET, "pulumi-console").string("resourceId");
        assertThat(apiScaling).isEqualTo("service/" + output("clusterName") + "/" + output("apiServiceName"));
        assertThat(consoleScaling).isEqualTo("service/" + output("clusterName") + "/" + output("consoleServiceName"));
        assertThat(output("apiLogGroupName")).isEqualTo(plan.resource(ECS_TASK_DEFINITION, "pulumi-api")
                .string("containerDefinitions[0].logConfiguration.options.awslogs-group"));
        assertThat(output("consoleLogGroupName")).isEqualTo(plan.resource(ECS_TASK_DEFINITION, "pulumi-console")
                .string("containerDefinitions[0].logConfiguration.options.awslogs-group"));
    }

    @Test
    void securityGroupOutputsAreTheGroupsInUse() {
        assertThat(output("apiSecurityGroupId")).isEqualTo(taskSecurityGroupId(plan, "pulumi-api"));
        assertThat(output("consoleSecurityGroupId")).isEqualTo(taskSecurityGroupId(plan, "pulumi-console"));
        assertThat(output("databaseSecurityGroupId")).isEqualTo(plan.single(RDS_CLUSTER).string("vpcSecurityGroupIds[0]"));
        assertThat(output("apiLoadBalancerSecurityGroupId"))
                .isEqualTo(plan.resource(LB_LOAD_BALANCER, "pulumi-api-lb").string("securityGroups[0]"));
        assertThat(output("consoleLoadBalancerSecurityGroupId"))
                .isEqualTo(plan.resource(LB_LOAD_BALANCER, "pulumi-app-lb").string("securityGroups[0]"));
    }

    @Test
    void keyAndCertificateAreTheGivenOnes() {
        assertThat(output("kmsKeyArn")).isEqualTo(SampleInstall.arn(SampleInstall.REGION, "kms", "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"));
        assertThat(output("certificateArn")).isEqualTo(SampleInstall.arn(SampleInstall.REGION, "acm",
                "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8"));
    }

    @Test
    void clusterAndRoleArnsAreTheOnesTheTasksRunWith() {
        assertThat(output("clusterArn")).isEqualTo(plan.resource(ECS_SERVICE, "pulumi-api").string("cluster"))
                .isEqualTo(plan.resource(ECS_SERVICE, "pulumi-console").string("cluster"));
        var api = plan.resource(ECS_TASK_DEFINITION, "pulumi-api");
        assertThat(output("apiTaskRoleArn")).isEqualTo(api.string("taskRoleArn"));
        assertThat(output("apiExecutionRoleArn")).isEqualTo(api.string("executionRoleArn"));
        assertThat(output("consoleExecutionRoleArn"))
                .isEqualTo(plan.resource(ECS_TASK_DEFINITION, "pulumi-console").string("executionRoleArn"));
        assertThat(output("migrationsExecutionRoleArn"))
                .isEqualTo(plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations").string("executionRoleArn"));
        assertThat(plan.outputs()).as("the Console calls no AWS API: it has no task role").doesNotContainKey("consoleTaskRoleArn");
    }

    @Test
    void secretArnsAreTheSecretsTheApiReadsNeverTheirValues() {
        var apiSecrets = secrets(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service");
        assertThat(apiSecrets.get("PULUMI_LICENSE_KEY")).startsWith((String) output("licenseKeySecretArn") + ":");
        assertThat(apiSecrets.get("PULUMI_DATABASE_USER_PASSWORD")).startsWith((String) output("databaseCredentialsSecretArn") + ":");
        assertThat(plan.outputs().keySet().stream().filter(k -> k.endsWith("SecretArn")))
                .allSatisfy(k -> assertThat((String) output(k)).startsWith("arn:aws:secretsmanager:"));
        assertThat(plan.outputs()).as("optional features that are off have no secret").doesNotContainKeys(
                "smtpPasswordSecretArn", "samlPrivateKeySecretArn", "agGridLicenseKeySecretArn");
    }

    @Test
    void theEngineEventsBucketIsAnOutputWhenCreated() {
        Plan withEvents = exported(b -> b.storage(StorageArgs.builder().engineEventsBucket(true).build()));

        assertThat(withEvents.output("engineEventsBucketName").value()).asString().startsWith("pulumi-engine-events-");
        assertThat(environment(withEvents.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service"))
                .containsEntry("PULUMI_ENGINE_EVENTS_BLOB_STORAGE_ENDPOINT", "s3://" + withEvents.output("engineEventsBucketName").value());
    }
}
