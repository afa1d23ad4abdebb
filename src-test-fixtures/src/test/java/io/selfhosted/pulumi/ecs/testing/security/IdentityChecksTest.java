package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretArgs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.POLICY;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertNoFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertSingleFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.findings;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.json;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.policyDocument;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.rolePolicy;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IAM-1, IAM-2, KMS-1 and SM-1. */
class IdentityChecksTest {

    private static final String OBJECTS = "arn:aws:s3:::checkpoints-0a1b2c3/*";

    private static Map<String, Object> allow(List<String> actions, List<String> resources) {
        return statement("Allow", actions, resources);
    }

    @Test
    void scopedPoliciesAndActionsWithoutResourceLevelPermissionsPass() {
        var plan = plan(ctx -> {
            rolePolicy("task", policyDocument(
                    allow(List.of("s3:GetObject", "s3:PutObject"), List.of(OBJECTS)),
                    allow(List.of("ecr:GetAuthorizationToken"), List.of("*")),
                    allow(List.of("ssmmessages:CreateControlChannel", "ssmmessages:OpenDataChannel"), List.of("*"))));
            // Action and Resource may also be single strings.
            new Policy("managed", PolicyArgs.builder().policy(json(Map.of("Version", "2012-10-17", "Statement", List.of(
                    Map.of("Effect", "Allow", "Action", "kms:Decrypt",
                            "Resource", "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d"))))).build());
        });

        assertNoFinding(plan, "IAM-1");
        assertNoFinding(plan, "IAM-2");
    }

    @Test
    void aStatementWhoseActionIsNeitherAStringNorAListIsReportedNotPassed() {
        var plan = plan(ctx -> rolePolicy("malformed", policyDocument(
                Map.of("Effect", "Allow", "Action", Map.of("s3", "*"), "Resource", List.of(OBJECTS)))));

        assertThatThrownBy(() -> SecurityChecks.run(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Action").hasMessageContaining("neither a string nor a list");
    }

    @Test
    void iam1_aServiceWildcardAction() {
        var plan = plan(ctx -> {
            rolePolicy("scoped", policyDocument(allow(List.of("s3:GetObject"), List.of(OBJECTS))));
            rolePolicy("broad", policyDocument(allow(List.of("s3:GetObject", "s3:*"), List.of(OBJECTS))));
        });

        var finding = assertSingleFinding(plan, "IAM-1", "IAM.21", IAM_ROLE_POLICY, "broad");
        assertThat(finding.message()).contains("s3:*");
        assertNoFinding(plan, "IAM-2");
    }

    @Test
    void iam1_theFullWildcardInAManagedPolicyWithAStringAction() {
        var plan = plan(ctx -> new Policy("admin", PolicyArgs.builder().policy(json(Map.of("Version", "2012-10-17",
                "Statement", List.of(Map.of("Sid", "Everything", "Effect", "Allow", "Action", "*", "Resource", OBJECTS)))))
                .build()));

        var finding = assertSingleFinding(plan, "IAM-1", "IAM.21", POLICY, "admin");
        assertThat(finding.message()).contains("Everything");
    }

    @Test
    void iam1_aSingleStatementObjectInsteadOfAList() {
        var plan = plan(ctx -> new Policy("single", PolicyArgs.builder().policy(json(Map.of("Version", "2012-10-17",
                "Statement", Map.of("Effect", "Allow", "Action", "dynamodb:*", "Resource", "*")))).build()));

        assertSingleFinding(plan, "IAM-1", "IAM.21", POLICY, "single");
        assertSingleFinding(plan, "IAM-2", "", POLICY, "single");
    }

    @Test
    void iam2_getObjectOnEveryResource() {
        var plan = plan(ctx -> {
            rolePolicy("scoped", policyDocument(allow(List.of("s3:GetObject"), List.of(OBJECTS))));
            rolePolicy("unscoped", policyDocument(allow(List.of("s3:GetObject"), List.of("*"))));
        });

        var finding = assertSingleFinding(plan, "IAM-2", "", IAM_ROLE_POLICY, "unscoped");
        assertThat(finding.message()).contains("s3:GetObject");
        assertNoFinding(plan, "IAM-1");
    }

    @Test
    void iam2_anUnscopableActionDoesNotExcuseAScopableOneInTheSameStatement() {
        var plan = plan(ctx -> rolePolicy("mixed", policyDocument(
                allow(List.of("ecr:GetAuthorizationToken", "ecr:BatchGetImage"), List.of("*")))));

        assertSingleFinding(plan, "IAM-2", "", IAM_ROLE_POLICY, "mixed");
    }

    @Test
    void denyStatementsAreIgnored() {
        var plan = plan(ctx -> rolePolicy("guard", policyDocument(
                allow(List.of("s3:GetObject"), List.of(OBJECTS)),
                statement("Deny", List.of("*"), List.of("*")),
                statement("Deny", List.of("s3:*"), List.of("*")))));

        assertNoFinding(plan, "IAM-1");
        assertNoFinding(plan, "IAM-2");
    }

    @Test
    void kms1_aKeyWithoutRotation() {
        var plan = plan(ctx -> {
            new Key("rotating", KeyArgs.builder().enableKeyRotation(true).build());
            new Key("static", KeyArgs.builder().description("no rotation").build());
        });

        assertSingleFinding(plan, "KMS-1", "KMS.4", KMS_KEY, "static");

        // Asymmetric and HMAC keys cannot rotate: KMS.4 does not apply to them.
        var compliant = plan(ctx -> {
            new Key("rotating", KeyArgs.builder().enableKeyRotation(true).build());
            new Key("signing", KeyArgs.builder().customerMasterKeySpec("RSA_2048").keyUsage("SIGN_VERIFY").build());
            new Key("hmac", KeyArgs.builder().customerMasterKeySpec("HMAC_256").keyUsage("GENERATE_VERIFY_MAC").build());
        });
        assertNoFinding(compliant, "KMS-1");

        var symmetric = plan(ctx -> new Key("explicit-symmetric", KeyArgs.builder()
                .customerMasterKeySpec("SYMMETRIC_DEFAULT").enableKeyRotation(false).build()));
        assertSingleFinding(symmetric, "KMS-1", "KMS.4", KMS_KEY, "explicit-symmetric");
    }

    @Test
    void sm1_aSecretWithTheAwsManagedKey() {
        var plan = plan(ctx -> {
            var key = new Key("secrets", KeyArgs.builder().enableKeyRotation(true).build());
            new Secret("customer-key", SecretArgs.builder().kmsKeyId(key.arn()).build());
            new Secret("aws-managed");
        });

        var finding = assertSingleFinding(plan, "SM-1", "", SECRETSMANAGER_SECRET, "aws-managed");
        assertThat(finding.message()).contains("kmsKeyId");

        var compliant = plan(ctx -> new Secret("customer-key", SecretArgs.builder()
                .kmsKeyId("arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d").build()));
        assertNoFinding(compliant, "SM-1");
    }
}
