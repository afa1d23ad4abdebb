package io.selfhosted.pulumi.ecs;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.aws.Arns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static io.selfhosted.pulumi.ecs.SampleInstall.installIn;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statements;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static org.assertj.core.api.Assertions.assertThat;

/** GovCloud and China installs produce ARNs, endpoints and principals of their own partition. */
class PartitionAwarenessTest {

    /** The install with every ARN-producing option on: created key and certificate, an ECR mirror. */
    private static Plan installWithEverything(String region, String dnsSuffix) {
        return installIn(region, b -> b
                .kmsKeyArn((Output<String>) null)
                .domain(DomainArgs.builder().zoneName("example.com").subdomain("pulumi").build())
                .images(ContainerImagesArgs.builder().tag("20250415-3b9e42c")
                        .registry(SampleInstall.ACCOUNT + ".dkr.ecr." + region + "." + dnsSuffix).build()));
    }

    @ParameterizedTest
    @CsvSource({"us-gov-west-1, aws-us-gov", "cn-north-1, aws-cn"})
    void everyArnOfTheUsersInstallIsInItsPartition(String region, String partition) {
        Plan plan = installIn(region, b -> b);

        List<String> arns = plan.resources().stream().flatMap(r -> Arns.foundIn(r).stream()).toList();
        assertThat(arns).hasSizeGreaterThan(20).allSatisfy(arn -> assertThat(arn).startsWith("arn:" + partition + ":"));
        assertThat(plan.resourcesWithPlainInput("arn:aws:")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"us-gov-west-1, aws-us-gov, amazonaws.com", "cn-north-1, aws-cn, amazonaws.com.cn"})
    void createdKeyCertificateAndMirrorStayInThePartition(String region, String partition, String dnsSuffix) {
        Plan plan = installWithEverything(region, dnsSuffix);

        assertThat(plan.resources()).allSatisfy(r -> assertThat(Arns.foundIn(r)).as("%s", r)
                .allSatisfy(arn -> assertThat(arn).startsWith("arn:" + partition + ":")));
        assertThat(plan.resourcesWithPlainInput("arn:aws:")).isEmpty();
        var pull = statement(plan.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy", "PullOwnImages");
        assertThat(values(pull, "Resource")).isNotEmpty()
                .allSatisfy(arn -> assertThat(arn).startsWith("arn:" + partition + ":ecr:" + region + ":"));
    }

    @ParameterizedTest
    @CsvSource({"us-gov-west-1, aws-us-gov, amazonaws.com", "cn-north-1, aws-cn, amazonaws.com.cn"})
    void endpointsAndS3ArnsFollowThePartition(String region, String partition, String dnsSuffix) {
        Plan plan = installIn(region, b -> b);

        var decrypt = statement(plan.resource(IAM_ROLE_POLICY, "pulumi-api-execution"), "policy", "DecryptOwnSecrets");
        assertThat(decrypt.get("Condition")).isEqualTo(Map.of("StringEquals",
                Map.of("kms:ViaService", "secretsmanager." + region + "." + dnsSuffix)));
        var task = plan.resource(IAM_ROLE_POLICY, "pulumi-api-task");
        assertThat(statement(task, "policy", "ListOwnBuckets").get("Resource")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(3)
                .allSatisfy(arn -> assertThat((String) arn).startsWith("arn:" + partition + ":s3:::pulumi-"));
        assertThat(plan.resourcesOfType(S3_BUCKET_POLICY)).hasSize(3).allSatisfy(p ->
                assertThat(statements(p, "policy")).allSatisfy(s -> assertThat(values(s, "Resource"))
                        .allSatisfy(arn -> assertThat(arn).startsWith("arn:" + partition + ":s3:::"))));
        PlannedResource apiTask = plan.resource(ECS_TASK_DEFINITION, "pulumi-api");
        assertThat(environment(apiTask, "pulumi-service")).containsEntry("AWS_REGION", region)
                .hasEntrySatisfying("PULUMI_KMS_KEY", key -> assertThat(key).startsWith("arn:" + partition + ":kms:" + region + ":"));
        assertThat(apiTask.string("containerDefinitions[0].logConfiguration.options.awslogs-region")).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource({"cn-north-1, amazonaws.com.cn"})
    void chinaEndpointsUseTheChinaDnsSuffix(String region, String dnsSuffix) {
        Plan plan = installIn(region, b -> b);

        // Every regional endpoint the install writes down (kms:ViaService, the database host) ends in .com.cn.
        List<String> hosts = plan.resources().stream().flatMap(r -> r.plainStrings().stream())
                .flatMap(s -> Pattern.compile("[a-z0-9.-]+\\." + region + "\\.amazonaws\\.com[a-z.]*")
                        .matcher(s).results().map(MatchResult::group))
                .toList();
        assertThat(hosts).isNotEmpty().allSatisfy(h -> assertThat(h).endsWith("." + dnsSuffix));
    }
}
