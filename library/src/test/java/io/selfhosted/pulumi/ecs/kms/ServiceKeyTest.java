package io.selfhosted.pulumi.ecs.kms;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_ALIAS;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer-managed key the install creates when the user brings none. */
class ServiceKeyTest {
    private static Plan plan;

    @BeforeAll
    static void run() {
        plan = install(b -> b.kmsKeyArn((Output<String>) null));
    }

    @Test
    void theKeyRotatesAndOutlivesTheStack() {
        var key = plan.single(KMS_KEY);
        assertThat(key.parentType()).contains(ServiceKey.TYPE);
        assertThat(key.bool("enableKeyRotation")).isTrue();
        assertThat(key.string("keyUsage")).isEqualTo("ENCRYPT_DECRYPT");
        assertThat(key.integer("deletionWindowInDays")).isEqualTo(30);
        // Retained in AWS whatever happens to the stack; not protected, so switching to a key of
        // one's own needs no state surgery.
        assertThat(key.retainOnDelete()).isTrue();
        assertThat(key.protect()).isFalse();
        assertThat(plan.single(KMS_ALIAS).string("namePrefix")).isEqualTo("alias/pulumi-service-");
    }

    @Test
    void everyKmsReferenceUsesTheCreatedKey() {
        String keyArn = SampleInstall.arn(SampleInstall.REGION, "kms", "key/" + plan.single(KMS_ALIAS).string("targetKeyId"));
        List<String> references = new ArrayList<>();
        plan.resourcesOfType(S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION).forEach(e ->
                references.add(e.string("rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId")));
        plan.resourcesOfType(SECRETSMANAGER_SECRET).forEach(s -> references.add(s.string("kmsKeyId")));
        references.add(plan.single(RDS_CLUSTER).string("kmsKeyId"));
        references.add(environment(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service").get("PULUMI_KMS_KEY"));
        references.addAll(values(statement(plan.resource(IAM_ROLE_POLICY, "pulumi-api-task"), "policy", "UseServiceKey"), "Resource"));
        references.addAll(values(statement(plan.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy", "DecryptOwnSecrets"),
                "Resource"));

        assertThat(references).hasSize(3 + 2 + 1 + 1 + 1 + 1).containsOnly(keyArn);
    }

    @Test
    void aKeyGivenByAliasIsLookedUpToItsArn() {
        Plan byAlias = install(b -> b.kmsKeyArn("alias/pulumi-service"));
        assertThat(byAlias.resourcesOfType(KMS_KEY)).isEmpty();
        assertThat(environment(byAlias.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service").get("PULUMI_KMS_KEY"))
                .startsWith(SampleInstall.arn(SampleInstall.REGION, "kms", "key/"));
    }

    @Test
    void noKeyIsCreatedWhenOneIsGiven() {
        Plan given = install(b -> b);
        assertThat(given.resourcesOfType(KMS_KEY)).isEmpty();
        assertThat(given.components()).extracting(PlannedResource::type).doesNotContain(ServiceKey.TYPE);
    }

    @Test
    void standaloneKeyHonoursItsDeletionWindow() {
        Plan standalone = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ServiceKey("key",
                ServiceKeyArgs.builder().deletionWindowDays(7).build(), null)).requireSuccess();

        var key = standalone.single(KMS_KEY);
        assertThat(key.integer("deletionWindowInDays")).isEqualTo(7);
        assertThat(key.bool("enableKeyRotation")).isTrue();
        assertThat(key.retainOnDelete()).isTrue();
        assertThat(standalone.single(KMS_ALIAS).string("targetKeyId")).isNotBlank();
    }
}
