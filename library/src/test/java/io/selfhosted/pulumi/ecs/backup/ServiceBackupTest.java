package io.selfhosted.pulumi.ecs.backup;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.security.SecurityChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_PLAN;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_SELECTION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_VAULT;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_VAULT_LOCK_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static org.assertj.core.api.Assertions.assertThat;

/** AWS Backup of the install: what is backed up, where, for how long, and what is refused. */
class ServiceBackupTest {
    private static final String ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    private static final String PROVIDER = "pulumi:providers:aws";

    private static Plan install(String region, UnaryOperator<BackupArgs.Builder> backup) {
        return install(region, SampleInstall.args(region).backup(backup.apply(BackupArgs.builder()).build()));
    }

    private static Plan install(String region, PulumiSelfHostedEcsArgs.Builder args) {
        return SampleInstall.runner(region).run(ctx -> {
            var install = new PulumiSelfHostedEcs("pulumi", args.build(), null);
            install.outputs().forEach(ctx::export);
        });
    }

    private static List<Problem> problems(Plan plan) {
        assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        assertThat(plan.resources()).as("nothing is created").isEmpty();
        return ((InvalidArgumentsException) plan.exceptions().get(0)).problems();
    }

    @Test
    void offByDefault() {
        var plan = install(SampleInstall.REGION, SampleInstall.args()).requireSuccess();

        assertThat(plan.resourcesOfType(ServiceBackup.TYPE)).isEmpty();
        assertThat(plan.resourcesOfType(BACKUP_VAULT)).isEmpty();
        assertThat(plan.outputs()).doesNotContainKeys("backupVaultArn", "backupCopyVaultArn");
    }

    @Test
    void everyBucketAndTheDatabaseGoIntoAVaultEncryptedWithTheServiceKey() {
        var plan = install(SampleInstall.REGION, b -> b).requireSuccess();

        PlannedResource vault = plan.single(BACKUP_VAULT);
        assertThat(vault.string("kmsKeyArn")).isEqualTo(SampleInstall.KMS_KEY);
        assertThat(vault.retainOnDelete()).as("recovery points outlive the program").isTrue();
        assertThat(vault.protect()).as("turning backup off needs no state surgery").isFalse();
        var selected = plan.single(BACKUP_SELECTION).list("resources");
        var bucketArns = plan.resourcesOfType(S3_BUCKET).stream()
                .map(b -> "arn:aws:s3:::" + b.id().orElseThrow()).toList();
        assertThat(selected).containsAll(bucketArns).hasSize(bucketArns.size() + 1);
        assertThat(selected).contains("arn:aws:rds:us-east-1:" + SampleInstall.ACCOUNT + ":cluster:"
                + plan.single(RDS_CLUSTER).string("clusterIdentifier"));
        assertThat(plan.output("backupVaultArn").value()).asString().startsWith("arn:aws:backup:us-east-1:");
        assertThat(plan.outputs()).doesNotContainKey("backupCopyVaultArn");
        SecurityChecks.run(plan).assertPassed();
    }

    @Test
    void aDailyRuleWithTheDefaultsIntoTheVault() {
        var plan = install(SampleInstall.REGION, b -> b).requireSuccess();

        var rule = plan.single(BACKUP_PLAN);
        assertThat(rule.string("rules[0].schedule")).isEqualTo(BackupDefaults.SCHEDULE);
        assertThat(rule.integer("rules[0].lifecycle.deleteAfter")).isEqualTo(BackupDefaults.RETENTION_DAYS);
        assertThat(rule.string("rules[0].targetVaultName")).isEqualTo(plan.single(BACKUP_VAULT).string("name"));
        assertThat(rule.has("rules[0].copyActions")).isFalse();
        assertThat(plan.resourcesOfType(BACKUP_VAULT_LOCK_CONFIGURATION)).isEmpty();
        assertThat(plan.single(BACKUP_SELECTION).string("planId")).isEqualTo(rule.id().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"us-east-1, aws", "us-gov-west-1, aws-us-gov", "cn-north-1, aws-cn"})
    void theRoleHasAwsManagedBackupAndRestorePoliciesOfThePartition(String region, String partition) {
        var plan = install(region, b -> b).requireSuccess();

        var role = plan.resource(IAM_ROLE, "pulumi-backup");
        assertThat(role.string("assumeRolePolicy")).contains("backup.amazonaws.com");
        assertThat(plan.single(BACKUP_SELECTION).string("iamRoleArn")).startsWith("arn:" + partition + ":iam::")
                .contains("role/pulumi-backup-");
        assertThat(plan.resourcesOfType(ATTACHMENT).stream().filter(a -> a.name().startsWith("pulumi-backup-"))
                .map(a -> a.string("policyArn"))).containsExactlyInAnyOrder(
                "arn:" + partition + ":iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
                "arn:" + partition + ":iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
                "arn:" + partition + ":iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup",
                "arn:" + partition + ":iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore");
        assertThat(plan.single(BACKUP_SELECTION).string("resources[0]")).startsWith("arn:" + partition + ":s3:::");
        assertThat(plan.single(BACKUP_SELECTION).dependencies()).as("the role can back up before the selection exists")
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aCopyRegionGetsItsOwnKeyAndVaultAndEveryRecoveryPointIsCopied() {
        var plan = install(SampleInstall.REGION, b -> b.retentionDays(14).copyRegion("us-west-2").copyRetentionDays(90)).requireSuccess();

        var provider = plan.resource(PROVIDER, "pulumi-backup-copy");
        assertThat(provider.string("region")).isEqualTo("us-west-2");
        var copyVault = plan.resource(BACKUP_VAULT, "pulumi-backup-copy");
        var copyKey = plan.resource(KMS_KEY, "pulumi-backup-copy");
        assertThat(copyVault.string("kmsKeyArn")).isNotEqualTo(SampleInstall.KMS_KEY);
        assertThat(copyKey.bool("enableKeyRotation")).isTrue();
        assertThat(copyKey.retainOnDelete()).isTrue();
        assertThat(copyVault.retainOnDelete()).isTrue();
        var rule = plan.single(BACKUP_PLAN);
        assertThat(rule.integer("rules[0].lifecycle.deleteAfter")).isEqualTo(14);
        assertThat(rule.integer("rules[0].copyActions[0].lifecycle.deleteAfter")).isEqualTo(90);
        assertThat(rule.string("rules[0].copyActions[0].destinationVaultArn")).isEqualTo(plan.output("backupCopyVaultArn").value());
        SecurityChecks.run(plan).assertPassed();
    }

    @Test
    void theVaultLockKeepsEveryRecoveryPointForItsRetention() {
        var plan = install(SampleInstall.REGION, b -> b.vaultLock(true).retentionDays(30)).requireSuccess();

        var lock = plan.single(BACKUP_VAULT_LOCK_CONFIGURATION);
        assertThat(lock.integer("minRetentionDays")).isEqualTo(30);
        assertThat(lock.has("changeableForDays")).as("governance mode, never compliance mode").isFalse();
        assertThat(lock.string("backupVaultName")).isEqualTo(plan.single(BACKUP_VAULT).string("name"));
    }

    @Test
    void whatAwsCannotChangeInPlaceIsReplacedDeleteFirst() {
        var plan = install(SampleInstall.REGION, b -> b.vaultLock(true)).requireSuccess();

        assertThat(plan.single(BACKUP_VAULT_LOCK_CONFIGURATION).deleteBeforeReplace())
                .as("deleting an old lock would unlock the vault the new one locked").isTrue();
        assertThat(plan.single(BACKUP_SELECTION).deleteBeforeReplace()).as("a new selection keeps the name").isTrue();
    }

    @Test
    void anotherKeyMeansAnotherVaultNameSoTheRetainedOneIsNeverInTheWay() {
        String otherKey = SampleInstall.arn(SampleInstall.REGION, "kms", "key/0a1b2c3d-1111-2222-3333-444455556666");
        var first = install(SampleInstall.REGION, b -> b).requireSuccess();
        var second = install(SampleInstall.REGION, SampleInstall.args().kmsKeyArn(otherKey)
                .backup(BackupArgs.builder().build())).requireSuccess();

        assertThat(second.single(BACKUP_VAULT).string("name")).isNotEqualTo(first.single(BACKUP_VAULT).string("name"));
        assertThat(second.single(BACKUP_VAULT).string("name")).matches("^[a-zA-Z0-9_-]{2,50}$");
        assertThat(second.single(BACKUP_PLAN).string("rules[0].targetVaultName")).isEqualTo(second.single(BACKUP_VAULT).string("name"));
    }

    @Test
    void badChoicesAreReportedTogetherBeforeAnythingIsCreated() {
        var plan = install(SampleInstall.REGION, b -> b.schedule("daily").retentionDays(3).copyRetentionDays(40000).copyRegion("us-east-1"));

        assertThat(problems(plan)).extracting(Problem::property)
                .containsExactly("backup.schedule", "backup.retentionDays", "backup.copyRetentionDays", "backup.copyRegion");
        assertThat(problems(plan).get(3).message()).contains("the install's own region");
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"us-east-1, cn-north-1, aws-cn", "us-gov-west-1, us-east-1, aws", "us-east-1, us-east-42, ''"})
    void aCopyRegionOfAnotherPartitionOrNoRegionIsRefused(String home, String copy, String copyPartition) {
        var plan = install(home, b -> b.copyRegion(copy));

        assertThat(problems(plan)).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("backup.copyRegion");
            assertThat(p.message()).contains(copyPartition.isEmpty() ? "not an AWS region" : "in partition " + copyPartition);
        });
    }

    @Test
    void longInstallNamesStillGiveDistinctValidVaultNames() {
        var plan = install(SampleInstall.REGION, b -> b).requireSuccess();

        assertThat(plan.single(BACKUP_VAULT).string("name")).matches("^[a-zA-Z0-9_-]{2,50}$");
        assertThat(plan.single(BACKUP_PLAN).string("name")).matches("^[a-zA-Z0-9_.-]{1,50}$");
        assertThat(plan.single(BACKUP_SELECTION).string("name")).matches("^[a-zA-Z0-9_.-]{1,50}$")
                .isNotEqualTo(plan.single(BACKUP_PLAN).string("name"));
    }
}
