package io.selfhosted.pulumi.ecs.testing.aws;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsPrograms.json;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statements;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statementsOrEmpty;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyDocumentsTest {
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d";
    private static final String LOGS = "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/api:*";

    private static Plan plan;

    private static RolePolicy rolePolicy(String name, String document) {
        return new RolePolicy(name, RolePolicyArgs.builder().role("task-role").policy(document).build());
    }

    @BeforeAll
    static void run() {
        plan = plan(ctx -> {
            rolePolicy("task", json(Map.of("Version", "2012-10-17", "Statement", List.of(
                    Map.of("Sid", "WriteLogs", "Effect", "Allow", "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                            "Resource", LOGS),
                    Map.of("Sid", "UseKey", "Effect", "Allow", "Action", "kms:Decrypt", "Resource", List.of(KEY)),
                    Map.of("Effect", "Deny", "NotAction", "s3:GetObject", "NotResource", List.of("*"))))));
            rolePolicy("single", json(Map.of("Version", "2012-10-17", "Statement",
                    Map.of("Sid", "Only", "Effect", "Allow", "Action", "sts:GetCallerIdentity", "Resource", "*"))));
            rolePolicy("odd", json(Map.of("Version", "2012-10-17", "Statement", "not a statement")));
            new Role("task", RoleArgs.builder().assumeRolePolicy(json(Map.of("Version", "2012-10-17", "Statement", List.of(
                    Map.of("Effect", "Allow", "Action", "sts:AssumeRole",
                            "Principal", Map.of("Service", "ecs-tasks.amazonaws.com")))))).build());
        });
    }

    @Test
    void statementsOfAPolicyInDocumentOrder() {
        var policy = plan.resource(IAM_ROLE_POLICY, "task");

        assertThat(statements(policy, "policy")).extracting(s -> s.get("Effect")).containsExactly("Allow", "Allow", "Deny");
        assertThat(statementsOrEmpty(policy, "policy")).isEqualTo(statements(policy, "policy"));
        assertThat(statements(plan.resource(IAM_ROLE, "task"), "assumeRolePolicy")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("Principal", Map.of("Service", "ecs-tasks.amazonaws.com")));
    }

    @Test
    void aSingleStatementObjectIsAListOfOne() {
        var policy = plan.resource(IAM_ROLE_POLICY, "single");

        assertThat(statements(policy, "policy")).singleElement().satisfies(s -> assertThat(s).containsEntry("Sid", "Only"));
        assertThat(statementsOrEmpty(policy, "policy")).hasSize(1);
    }

    @Test
    void statementBySid() {
        var policy = plan.resource(IAM_ROLE_POLICY, "task");

        assertThat(statement(policy, "policy", "UseKey")).containsEntry("Action", "kms:Decrypt");
        assertThatThrownBy(() -> statement(policy, "policy", "ReadSecrets")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("has no statement ReadSecrets").hasMessageContaining("[WriteLogs, UseKey, null]");
    }

    @Test
    void valuesOfAStringOrListElement() {
        var policy = plan.resource(IAM_ROLE_POLICY, "task");
        var logs = statement(policy, "policy", "WriteLogs");
        var key = statement(policy, "policy", "UseKey");
        var deny = statements(policy, "policy").get(2);

        assertThat(values(logs, "Action")).containsExactly("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(values(logs, "Resource")).containsExactly(LOGS);
        assertThat(values(key, "Action")).containsExactly("kms:Decrypt");
        assertThat(values(key, "Resource")).containsExactly(KEY);
        assertThat(values(deny, "NotAction")).containsExactly("s3:GetObject");
        assertThat(values(deny, "Action")).isEmpty();
        var trust = statements(plan.resource(IAM_ROLE, "task"), "assumeRolePolicy").get(0);
        assertThatThrownBy(() -> values(trust, "Principal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Principal");
    }

    @Test
    void aMissingOrMalformedDocumentFailsTheStrictQueryAndIsEmptyForTheLenientOne() {
        var role = plan.resource(IAM_ROLE, "task");
        var odd = plan.resource(IAM_ROLE_POLICY, "odd");

        assertThatThrownBy(() -> statements(role, "inlinePolicy")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no policy document");
        assertThat(statementsOrEmpty(role, "inlinePolicy")).isEmpty();
        assertThatThrownBy(() -> statements(odd, "policy")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a statement");
        assertThat(statementsOrEmpty(odd, "policy")).isEmpty();
    }
}
