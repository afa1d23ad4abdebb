package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.ecs.Cluster;
import com.pulumi.aws.ecs.ClusterArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.container;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.database;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.logGroup;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.policyDocument;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.rolePolicy;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.securityGroup;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.service;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.statement;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.taskDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The check catalogue, suppressions and the report. */
class SecurityChecksTest {

    /** Breaks CW-1 (log group "forever") and KMS-1 (key "static"); everything else is compliant. */
    private static Plan twoFindings;

    @BeforeAll
    static void runOnce() {
        twoFindings = plan(ctx -> {
            logGroup("forever", null);
            new Key("static", KeyArgs.builder().build());
        });
    }

    @Test
    void everyCheckHasAUniqueIdAndADescription() {
        var checks = SecurityChecks.all();

        assertThat(checks).extracting(SecurityCheck::id).doesNotHaveDuplicates().containsExactly(
                "S3-1", "S3-2", "S3-3", "S3-4", "RDS-1", "RDS-2", "RDS-3", "RDS-4", "RDS-5", "RDS-6", "RDS-7",
                "ECS-1", "ECS-2", "ECS-3", "ECS-4", "ECS-5", "CW-1", "ELB-1", "ELB-2", "ELB-3", "ELB-4", "EC2-1", "EC2-2",
                "IAM-1", "IAM-2", "KMS-1", "SM-1", "BACKUP-1", "BACKUP-2", "WAF-1", "WAF-2",
                "SEARCH-1", "SEARCH-2", "SEARCH-3", "SEARCH-4", "SEARCH-5", "SEARCH-6", "SEARCH-7", "SEARCH-8", "SEARCH-9");
        assertThat(checks).allSatisfy(check -> {
            assertThat(check.description()).as(check.id()).isNotBlank();
            assertThat(check.control()).as(check.id()).isNotNull();
            assertThat(check.toString()).startsWith(check.id());
        });
    }

    @Test
    void aSmallCompliantStackPassesEveryCheck() {
        var plan = plan(ctx -> {
            new Cluster("cluster", ClusterArgs.builder().settings(ClusterSettingArgs.builder()
                    .name("containerInsights").value("enhanced").build()).build());
            taskDefinition("api", List.of(container("api", Map.of("SMTP_USERNAME", "mailer"))));
            var tasks = securityGroup("tasks");
            service("api", tasks, b -> { });
            var dbGroup = securityGroup("db");
            database("db", b -> b.vpcSecurityGroupIds(dbGroup.id().applyValue(List::of)));
            logGroup("api", 90);
            rolePolicy("api", policyDocument(statement("Allow", List.of("ecr:GetAuthorizationToken"), List.of("*"))));
            var key = new Key("key", KeyArgs.builder().enableKeyRotation(true).build());
            new Secret("db-password", SecretArgs.builder().kmsKeyId(key.arn()).build());
        });

        var report = SecurityChecks.run(plan).assertPassed();

        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).isEmpty();
        assertThat(report.unusedSuppressions()).isEmpty();
    }

    @Test
    void aSuppressionNeedsAReason() {
        for (var reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> new Suppression("EC2-1", "alb-ssh", reason))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EC2-1").hasMessageContaining("alb-ssh");
        }
        assertThatCode(() -> new Suppression("EC2-1", "alb-ssh", "bastion, closed in production")).doesNotThrowAnyException();
    }

    @Test
    void aFailingReportListsCheckControlAndResource() {
        var report = SecurityChecks.run(twoFindings);

        assertThat(report.passed()).isFalse();
        assertThat(report.findings()).extracting(Finding::checkId).containsExactly("CW-1", "KMS-1");
        assertThatThrownBy(report::assertPassed).isInstanceOf(AssertionError.class)
                .hasMessageContaining("[CW-1 / CloudWatch.16] aws:cloudwatch/logGroup:LogGroup forever")
                .hasMessageContaining("[KMS-1 / KMS.4] aws:kms/key:Key static")
                .hasMessageNotContaining("Unused suppressions");
    }

    @Test
    void aSuppressionMovesItsFindingAsideAndTheReportPasses() {
        var report = SecurityChecks.run(twoFindings,
                new Suppression("CW-1", "forever", "audit logs are kept forever by policy"),
                new Suppression("KMS-1", "static", "imported key, rotated by hand"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).extracting(Finding::checkId, Finding::resourceName)
                .containsExactly(tuple("CW-1", "forever"),
                        tuple("KMS-1", "static"));
        assertThat(report.unusedSuppressions()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.assertPassed()).isSameAs(report);
    }

    @Test
    void aSuppressionCoversOneCheckOnOneResourceOnly() {
        var report = SecurityChecks.run(twoFindings, List.of(
                new Suppression("CW-1", "forever", "kept forever by policy"),
                new Suppression("KMS-1", "forever", "wrong resource"),
                new Suppression("SM-1", "static", "wrong check")));

        assertThat(report.findings()).extracting(Finding::checkId).containsExactly("KMS-1");
        assertThat(report.suppressed()).extracting(Finding::checkId).containsExactly("CW-1");
        assertThat(report.unusedSuppressions()).extracting(Suppression::reason).containsExactly("wrong resource", "wrong check");
    }

    @Test
    void anUnusedSuppressionFailsTheReport() {
        var report = SecurityChecks.run(twoFindings,
                new Suppression("CW-1", "forever", "kept forever by policy"),
                new Suppression("KMS-1", "static", "rotated by hand"),
                new Suppression("EC2-1", "alb-ssh", "no longer exists"));

        assertThat(report.passed()).as("no open finding").isTrue();
        assertThat(report.unusedSuppressions()).containsExactly(new Suppression("EC2-1", "alb-ssh", "no longer exists"));
        assertThatThrownBy(report::assertPassed).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unused suppressions").hasMessageContaining("EC2-1").hasMessageContaining("alb-ssh");
    }

    @Test
    void aFindingWithoutControlRendersWithoutOne() {
        var finding = new Finding("SM-1", "", SECRETSMANAGER_SECRET, "db", "uses the AWS-managed key");

        assertThat(finding).hasToString("[SM-1] aws:secretsmanager/secret:Secret db: uses the AWS-managed key");
    }
}
