package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanDiff;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_TARGET_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator changes on a running install, compared plan to plan: the change reaches what
 * it must (running tasks, the front door) and replaces no data.
 */
class OperatorChangesTest {
    static final String OTHER_KEY = SampleInstall.arn(SampleInstall.REGION, "kms", "key/9f8e7d6c-5b4a-4392-8170-fedcba987654");

    @Test
    void aChangedLicenseKeyRollsTheApiWithoutRevealingTheKey() {
        Plan before = SampleInstall.install(b -> b.licenseKey("LICENSE-BEFORE-1a2b3c"));
        Plan after = SampleInstall.install(b -> b.licenseKey("LICENSE-AFTER-4d5e6f"));
        PlanDiff diff = PlanDiff.between(before, after);

        // The task definition references the new secret version, so ECS starts new tasks with it.
        String apiTask = before.resource(ECS_TASK_DEFINITION, "pulumi-api").urn();
        assertThat(diff.changed()).contains(apiTask);
        assertThat(secrets(after.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service").get("PULUMI_LICENSE_KEY"))
                .isNotEqualTo(secrets(before.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service").get("PULUMI_LICENSE_KEY"))
                .matches(".*:secret:pulumi-secrets-license-key-[^:]+:::[0-9a-f-]{36}$");
        // The Console and the migrations use no license key: they do not roll.
        assertThat(diff.changed()).doesNotContain(before.resource(ECS_TASK_DEFINITION, "pulumi-console").urn(),
                before.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations").urn());
        // (The secret version changes too; its value is a Pulumi secret, so the plans do not show it.)
        assertThat(diff.changedTypes()).containsExactly(ECS_TASK_DEFINITION);
        for (Plan plan : List.of(before, after)) {
            assertThat(plan.resourcesWithPlainInput("LICENSE-BEFORE-1a2b3c")).isEmpty();
            assertThat(plan.resourcesWithPlainInput("LICENSE-AFTER-4d5e6f")).isEmpty();
        }
    }

    @Test
    void aChangedSmtpPasswordRollsTheApiToo() {
        Plan before = SampleInstall.install(b -> b.smtp(SampleInstall.smtp()));
        Plan after = SampleInstall.install(b -> b.smtp(io.selfhosted.pulumi.ecs.service.SmtpArgs.builder(SampleInstall.smtp())
                .password("SMTP-AFTER-77aa88").build()));
        assertThat(PlanDiff.between(before, after).changed()).contains(before.resource(ECS_TASK_DEFINITION, "pulumi-api").urn());
        assertThat(after.resourcesWithPlainInput("SMTP-AFTER-77aa88")).isEmpty();
    }

    @Test
    void aChangedKmsKeyReplacesNoDataAndKeepsTheOldKeyReadable() {
        Plan before = SampleInstall.install(b -> b);
        Plan after = SampleInstall.install(b -> b.kmsKeyArn(OTHER_KEY).previousKmsKeyArns(SampleInstall.KMS_KEY));
        PlanDiff diff = PlanDiff.between(before, after);

        // RDS cannot re-encrypt a cluster: the key is ignored after creation instead of replacing it.
        assertThat(after.single(RDS_CLUSTER).ignoreChanges()).contains("kmsKeyId");
        // Buckets take the key in their encryption configuration, a resource of its own: the
        // buckets themselves do not change. Secrets change their key in place.
        assertThat(diff.changed()).noneMatch(urn -> urn.contains("$" + S3_BUCKET + "::"));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(after.resourcesOfType(SECRETSMANAGER_SECRET)).allSatisfy(s -> assertThat(s.string("kmsKeyId")).isEqualTo(OTHER_KEY));

        var policy = after.resource(IAM_ROLE_POLICY, "pulumi-api-task");
        assertThat(values(statement(policy, "policy", "UseServiceKey"), "Resource")).containsExactly(OTHER_KEY);
        var previous = statement(policy, "policy", "DecryptWithPreviousKeys");
        assertThat(values(previous, "Action")).containsExactly("kms:Decrypt");
        assertThat(values(previous, "Resource")).containsExactly(SampleInstall.KMS_KEY);
    }

    @Test
    void withoutPreviousKeysTheApiUsesOnlyItsKey() {
        var policy = SampleInstall.install(b -> b).resource(IAM_ROLE_POLICY, "pulumi-api-task");
        assertThat(io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statements(policy, "policy"))
                .noneMatch(s -> "DecryptWithPreviousKeys".equals(s.get("Sid")));
    }

    @Test
    void aPreviousKeyMustBeAKeyArnOfThePartition() {
        Plan plan = SampleInstall.plan(b -> b.previousKmsKeyArns("alias/old", "arn:aws-cn:kms:cn-north-1:123456789012:key/x"));
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.property()).isEqualTo("previousKmsKeyArns[0]");
                            assertThat(p.message()).contains("is not an ARN");
                        })
                        .anySatisfy(p -> {
                            assertThat(p.property()).isEqualTo("previousKmsKeyArns[1]");
                            assertThat(p.message()).contains("partition");
                        }));
    }

    @Test
    void movingTheFrontDoorInsideTakesItsTargetGroupsAndListenersAlong() {
        Plan publicDoor = SampleInstall.install(b -> b);
        Plan internalDoor = SampleInstall.install(b -> b.loadBalancing(LoadBalancingArgs.builder().internal(true).build()));

        for (String backend : List.of("api", "app")) {
            PlannedResource before = publicDoor.resource(LB_LOAD_BALANCER, "pulumi-" + backend + "-lb");
            PlannedResource after = internalDoor.resource(LB_LOAD_BALANCER, "pulumi-" + backend + "-lb");
            assertThat(after.bool("internal")).isTrue();
            assertThat(after.list("subnets")).isNotEqualTo(before.list("subnets"));
            // AWS replaces a load balancer that changes scheme; a target group can belong to one
            // load balancer only, so its name follows the balancer's ARN and it is replaced too,
            // and the listener of the new balancer forwards to the new group.
            String oldGroup = publicDoor.resource(LB_TARGET_GROUP, "pulumi-" + backend + "-lb").string("name");
            String newGroup = internalDoor.resource(LB_TARGET_GROUP, "pulumi-" + backend + "-lb").string("name");
            assertThat(newGroup).isNotEqualTo(oldGroup).startsWith("pulumi-" + backend + "-lb-");
            assertThat(oldGroup).startsWith("pulumi-" + backend + "-lb-");
            PlannedResource listener = internalDoor.resources().stream()
                    .filter(r -> r.type().equals(LB_LISTENER) && r.name().startsWith("pulumi-" + backend + "-lb")).findFirst().orElseThrow();
            assertThat(listener.string("loadBalancerArn")).isEqualTo(after.id().orElseThrow());
            assertThat(listener.string("defaultActions[0].targetGroupArn")).contains("targetgroup/" + newGroup + "/");
        }
        // The services move to the new target groups in place.
        assertThat(internalDoor.resource(ECS_SERVICE, "pulumi-api").string("loadBalancers[0].targetGroupArn"))
                .contains("targetgroup/" + internalDoor.resource(LB_TARGET_GROUP, "pulumi-api-lb").string("name") + "/");
    }

    @Test
    void turningOptionalDataOffNeedsNoUnprotect() {
        Plan on = SampleInstall.install(b -> b.smtp(SampleInstall.smtp()).saml(SampleInstall.saml())
                .agGridLicenseKey("ag-grid-key").storage(StorageArgs.builder().engineEventsBucket(true).build()));
        Plan off = SampleInstall.install(b -> b);
        PlanDiff diff = PlanDiff.between(on, off);

        List<PlannedResource> removed = on.resources().stream().filter(r -> diff.removed().contains(r.urn())).toList();
        assertThat(removed).extracting(PlannedResource::name).contains("pulumi-secrets-smtp-password",
                "pulumi-secrets-saml-private-key", "pulumi-secrets-ag-grid-license-key", "pulumi-storage-engine-events");
        // pulumi up would refuse to delete a protected resource; none of these is.
        assertThat(removed).noneMatch(PlannedResource::protect);
        // The engine events bucket holds data nothing can recreate: AWS keeps it.
        assertThat(on.resource(S3_BUCKET, "pulumi-storage-engine-events").retainOnDelete()).isTrue();
    }
}
