package io.selfhosted.pulumi.ecs.testing.aws;

import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.secretsmanager.SecretVersion;
import com.pulumi.aws.secretsmanager.SecretVersionArgs;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsPrograms.json;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

class ArnsTest {
    private static final String BUCKET = "arn:aws-cn:s3:::pulumi-checkpoints";
    private static final String LOGS = "arn:aws-cn:logs:cn-north-1:123456789012:log-group:/ecs/api:*";
    private static final String ROLE = "arn:aws-cn:iam::123456789012:role/task";

    @Test
    void everyArnOfThePlainInputsWholeAndInOrder() {
        var plan = plan(ctx -> {
            new RolePolicy("task", RolePolicyArgs.builder().role(ROLE).policy(json(Map.of("Version", "2012-10-17",
                    "Statement", List.of(Map.of("Effect", "Allow", "Action", "s3:ListBucket", "Resource", List.of(BUCKET, BUCKET + "/*")),
                            Map.of("Effect", "Allow", "Action", "logs:PutLogEvents", "Resource", LOGS))))).build());
            new Parameter("list", ParameterArgs.builder().type("StringList")
                    .value(ROLE + "," + BUCKET + ";" + LOGS + " (learn:more:about:it, warn:x:y:z)").build());
        });

        assertThat(Arns.foundIn(plan.resource(IAM_ROLE_POLICY, "task")))
                .containsExactly(BUCKET, BUCKET + "/*", LOGS, ROLE);
        assertThat(Arns.foundIn(plan.resource("aws:ssm/parameter:Parameter", "list"))).containsExactly(ROLE, BUCKET, LOGS);
    }

    @Test
    void secretInputsAreNotRead() {
        var plan = plan(ctx -> new SecretVersion("token", SecretVersionArgs.builder().secretId(ROLE)
                .secretString(Output.ofSecret("arn:aws:iam::123456789012:user/hidden")).build()));

        assertThat(Arns.foundIn(plan.resource(SECRETSMANAGER_SECRET_VERSION, "token"))).containsExactly(ROLE);
    }

    @Test
    void thePatternCapturesPartitionAndServiceOfMalformedArnsToo() {
        var matcher = Arns.PATTERN.matcher("see \"arn:aws-us-gov:kms:*:key/1\" and arn::ecs:");

        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isEqualTo("arn:aws-us-gov:kms:*:key/1");
        assertThat(matcher.group(1)).isEqualTo("aws-us-gov");
        assertThat(matcher.group(2)).isEqualTo("kms");
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isEqualTo("arn::ecs:");
        assertThat(matcher.group(1)).isEmpty();
        assertThat(matcher.find()).isFalse();
    }
}
