package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.backup.Plan;
import com.pulumi.aws.backup.PlanArgs;
import com.pulumi.aws.backup.Vault;
import com.pulumi.aws.backup.VaultArgs;
import com.pulumi.aws.backup.inputs.PlanRuleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionLifecycleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleLifecycleArgs;
import org.junit.jupiter.api.Test;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_PLAN;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_VAULT;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertNoFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertSingleFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;

/** BACKUP-1 and BACKUP-2. */
class BackupChecksTest {
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";

    private static PlanRuleArgs rule(int days, Integer copyDays) {
        var rule = PlanRuleArgs.builder().ruleName("daily").targetVaultName("vault").schedule("cron(0 5 * * ? *)")
                .lifecycle(PlanRuleLifecycleArgs.builder().deleteAfter(days).build());
        if (copyDays != null) {
            rule.copyActions(PlanRuleCopyActionArgs.builder().destinationVaultArn("arn:aws:backup:eu-central-1:123456789012:backup-vault:v")
                    .lifecycle(PlanRuleCopyActionLifecycleArgs.builder().deleteAfter(copyDays).build()).build());
        }
        return rule.build();
    }

    @Test
    void backup1_aVaultWithoutACustomerKey() {
        var plan = plan(ctx -> {
            new Vault("keyed", VaultArgs.builder().kmsKeyArn(KEY).build());
            new Vault("default", VaultArgs.builder().build());
        });

        assertSingleFinding(plan, "BACKUP-1", "Backup.1", BACKUP_VAULT, "default");
    }

    @Test
    void backup2_aRuleOrACopyKeptLessThanAWeek() {
        var plan = plan(ctx -> {
            new Plan("weeks", PlanArgs.builder().rules(rule(35, 90)).build());
            new Plan("short-copy", PlanArgs.builder().rules(rule(35, 3)).build());
        });

        assertSingleFinding(plan, "BACKUP-2", "", BACKUP_PLAN, "short-copy");
        assertNoFinding(plan(ctx -> new Plan("forever", PlanArgs.builder().rules(PlanRuleArgs.builder().ruleName("r")
                .targetVaultName("vault").schedule("cron(0 5 * * ? *)").build()).build())), "BACKUP-2");
    }

    @Test
    void backup2_aRuleKeptTwoDays() {
        var plan = plan(ctx -> new Plan("days", PlanArgs.builder().rules(rule(2, null)).build()));

        assertSingleFinding(plan, "BACKUP-2", "", BACKUP_PLAN, "days");
    }
}
