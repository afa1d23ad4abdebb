package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.database.ExistingDatabaseArgs;
import io.selfhosted.pulumi.ecs.storage.ExistingBucketsArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_METRIC_ALARM;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.ingressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An install that keeps an existing database and buckets (an official installer's): nothing of
 * them is created, and the API, the migrations, IAM and the security group rules use them.
 */
class ExistingDataTest {
    static final String ENDPOINT = "pulumiselfhosted-database.cluster-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com";
    static final String DB_GROUP = "sg-0fedcba9876543210";
    static final String DB_PASSWORD = "INSTALLER-DB-PASSWORD-5c6d7e";
    static final String BUCKET_KEY = SampleInstall.arn(SampleInstall.REGION, "kms", "key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static Plan plan;

    static ExistingDatabaseArgs.Builder database() {
        return ExistingDatabaseArgs.builder().endpoint(ENDPOINT).port(3306).databaseName("pulumi")
                .securityGroupId(DB_GROUP).username("pulumi").password(DB_PASSWORD);
    }

    static ExistingBucketsArgs.Builder buckets() {
        return ExistingBucketsArgs.builder().checkpointBucketName("pulumi-checkpoints-1a2b3c4")
                .policyPackBucketName("pulumi-policypacks-5d6e7f8").metadataBucketName("pulumi-service-metadata-9a0b1c2");
    }

    @BeforeAll
    static void run() {
        plan = SampleInstall.install(b -> b.existingDatabase(database().build()).existingBuckets(buckets().kmsKeyArn(BUCKET_KEY).build()));
    }

    @Test
    void noDatabaseAndNoBucketIsCreated() {
        assertThat(plan.resourcesOfType(RDS_CLUSTER)).isEmpty();
        assertThat(plan.resourcesOfType(RDS_CLUSTER_INSTANCE)).isEmpty();
        assertThat(plan.resourcesOfType(S3_BUCKET)).isEmpty();
    }

    @Test
    void theApiAndTheMigrationsUseTheGivenDatabaseAndBuckets() {
        var api = environment(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service");
        assertThat(api).containsEntry("PULUMI_DATABASE_ENDPOINT", ENDPOINT + ":3306")
                .containsEntry("PULUMI_DATABASE_PING_ENDPOINT", ENDPOINT)
                .containsEntry("PULUMI_DATABASE_NAME", "pulumi")
                .containsEntry("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT", "s3://pulumi-checkpoints-1a2b3c4")
                .containsEntry("PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT", "s3://pulumi-policypacks-5d6e7f8")
                .containsEntry("PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT", "s3://pulumi-service-metadata-9a0b1c2");
        assertThat(environment(plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations"), "pulumi-migrations"))
                .containsEntry("PULUMI_DATABASE_ENDPOINT", ENDPOINT + ":3306");
    }

    @Test
    void theGivenCredentialsAreKeptInASecretNeverInPlainText() {
        var credentials = plan.resource(SECRETSMANAGER_SECRET, "pulumi-secrets-database-user");
        assertThat(credentials.protect()).isTrue();
        String arn = credentials.id().orElseThrow();
        assertThat(secrets(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service"))
                .containsEntry("PULUMI_DATABASE_USER_PASSWORD", arn + ":password::");
        assertThat(plan.resourcesWithPlainInput(DB_PASSWORD)).isEmpty();
    }

    @Test
    void theGivenSecurityGroupAdmitsTheApiAndTheMigrations() {
        assertThat(ingressRulesOf(plan, DB_GROUP)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("pulumi-api-to-database", "pulumi-api-migrations-to-database")
                .allSatisfy(name -> assertThat(plan.resource(VPC_SECURITY_GROUP_INGRESS_RULE, name).integer("fromPort")).isEqualTo(3306));
    }

    @Test
    void theApiRoleUsesExactlyTheGivenBucketsAndTheirKey() {
        var policy = plan.resource(IAM_ROLE_POLICY, "pulumi-api-task");
        assertThat(values(statement(policy, "policy", "ListOwnBuckets"), "Resource")).containsExactlyInAnyOrder(
                "arn:aws:s3:::pulumi-checkpoints-1a2b3c4", "arn:aws:s3:::pulumi-policypacks-5d6e7f8",
                "arn:aws:s3:::pulumi-service-metadata-9a0b1c2");
        assertThat(values(statement(policy, "policy", "UseBucketKey"), "Resource")).containsExactly(BUCKET_KEY);
    }

    @Test
    void theDatabaseAlarmsWatchTheGivenCluster() {
        assertThat(plan.resource(CLOUDWATCH_METRIC_ALARM, "pulumi-alarms-database-cpu").map("dimensions"))
                .containsEntry("DBClusterIdentifier", "pulumiselfhosted-database");
        // Its readers are not known: no replica lag alarm.
        assertThat(plan.resourcesOfType(CLOUDWATCH_METRIC_ALARM)).extracting(PlannedResource::name)
                .doesNotContain("pulumi-alarms-database-replica-lag");
    }

    @Test
    void aCredentialsSecretOfTheUsersOwnIsUsedAsIs() {
        String given = SampleInstall.arn(SampleInstall.REGION, "secretsmanager", "secret:application/prod/db-AbCdEf");
        Plan own = SampleInstall.install(b -> b.existingDatabase(ExistingDatabaseArgs.builder().endpoint(ENDPOINT)
                .securityGroupId(DB_GROUP).credentialsSecretArn(given).build()));
        assertThat(own.resourcesOfType(SECRETSMANAGER_SECRET)).extracting(PlannedResource::name)
                .doesNotContain("pulumi-secrets-database-credentials");
        assertThat(secrets(own.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations"), "pulumi-migrations"))
                .containsEntry("MYSQL_ROOT_PASSWORD", given + ":password::");
        assertThat(values(statement(own.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy", "ReadOwnSecrets"), "Resource"))
                .contains(given);
    }

    @Test
    void halfGivenDataIsRefusedWithEveryProblemAtOnce() {
        Plan bad = SampleInstall.plan(b -> b
                .existingDatabase(ExistingDatabaseArgs.builder().endpoint("not a host").username("pulumi").build())
                .existingBuckets(ExistingBucketsArgs.builder().checkpointBucketName("same-bucket").policyPackBucketName("same-bucket")
                        .metadataBucketName("Upper_Case").build())
                .storage(StorageArgs.builder().engineEventsBucket(true).build()));
        assertThat(bad.resources()).isEmpty();
        assertThat(bad.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).extracting(Problem::property).containsAll(List.of(
                        "existingDatabase.securityGroupId",
                        "existingBuckets.policyPackBucketName",
                        "existingBuckets.metadataBucketName",
                        "storage.engineEventsBucket")));
    }
}
