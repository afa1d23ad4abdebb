package io.selfhosted.pulumi.ecs.testing.aws;

import com.google.common.collect.ImmutableMap;
import com.pulumi.test.Mocks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake cloud's answers, called directly as the mock engine would. */
class FakeAwsTest {

    private final FakeAws aws = FakeAws.create();

    private static Mocks.ResourceResult create(FakeAws fake, String type, String name, Map<String, Object> inputs) {
        return fake.newResourceAsync(new Mocks.ResourceArgs(type, name, inputs, null, null)).join();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Mocks.ResourceResult result) {
        return (Map<String, Object>) result.state;
    }

    private static Map<String, Object> invoke(FakeAws fake, String token, Map<String, Object> args) {
        return fake.callAsync(new Mocks.CallArgs(token, ImmutableMap.copyOf(args), null)).join();
    }

    @Test
    void isDeterministicAndKeepsInputs() {
        var first = create(aws, "aws:ec2/securityGroup:SecurityGroup", "api", Map.of("description", "API"));
        var again = create(FakeAws.create(), "aws:ec2/securityGroup:SecurityGroup", "api", Map.of("description", "API"));
        var other = create(aws, "aws:ec2/securityGroup:SecurityGroup", "db", Map.of());

        assertThat(first.id).get().asString().matches("sg-[0-9a-f]{17}");
        assertThat(again.id).isEqualTo(first.id);
        assertThat(again.state).isEqualTo(first.state);
        assertThat(other.id).isNotEqualTo(first.id);
        assertThat(state(first)).containsEntry("description", "API")
                .containsEntry("arn", "arn:aws:ec2:us-east-1:123456789012:security-group/" + first.id.get());
        assertThat((String) state(first).get("name")).matches("api-[0-9a-f]{7}");
    }

    @Test
    void autonamesLikePulumiUnlessANameOrPrefixIsGiven() {
        assertThat(state(create(aws, "aws:iam/role:Role", "task", Map.of("name", "fixed"))))
                .containsEntry("name", "fixed").containsEntry("arn", "arn:aws:iam::123456789012:role/fixed");
        assertThat((String) state(create(aws, "aws:iam/role:Role", "task", Map.of("namePrefix", "svc-"))).get("name"))
                .matches("svc-[0-9]{26}");
        var bucket = create(aws, "aws:s3/bucketV2:BucketV2", "Checkpoints", Map.of());
        assertThat(bucket.id.get()).matches("checkpoints-[0-9a-f]{7}");
        assertThat(state(bucket)).containsEntry("arn", "arn:aws:s3:::" + bucket.id.get())
                .containsEntry("bucketRegionalDomainName", bucket.id.get() + ".s3.us-east-1.amazonaws.com");
        assertThat(create(aws, "aws:s3/bucketV2:BucketV2", "x", Map.of("bucketPrefix", "ckpt-")).id.get())
                .matches("ckpt-[0-9]{26}");
        var longName = create(aws, "aws:lb/targetGroup:TargetGroup", "a-very-long-target-group-logical-name", Map.of());
        assertThat((String) state(longName).get("name")).as("load balancing names are at most 32 characters")
                .hasSize(32).matches("a-very-long-target-group-[0-9a-f]{7}");
    }

    @Test
    void shapesLoadBalancingResources() {
        var nlb = state(create(aws, "aws:lb/loadBalancer:LoadBalancer", "nlb",
                Map.of("name", "pulumi", "loadBalancerType", "network")));
        assertThat((String) nlb.get("arn")).matches(
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/pulumi/[0-9a-f]{16}");
        assertThat((String) nlb.get("arnSuffix")).startsWith("net/pulumi/");
        assertThat((String) nlb.get("dnsName")).matches("pulumi-[0-9a-f]{16}\\.elb\\.us-east-1\\.amazonaws\\.com");
        assertThat((String) nlb.get("zoneId")).matches("Z[0-9A-Z]{13}");

        var listener = create(aws, "aws:lb/listener:Listener", "https", Map.of("loadBalancerArn", nlb.get("arn")));
        assertThat(listener.id.get()).startsWith(((String) nlb.get("arn")).replace(":loadbalancer/", ":listener/") + "/");
        var targetGroup = state(create(aws, "aws:lb/targetGroup:TargetGroup", "api", Map.of("name", "api")));
        assertThat((String) targetGroup.get("arnSuffix")).matches("targetgroup/api/[0-9a-f]{16}");
    }

    @Test
    void shapesDatabaseAndContainerResources() {
        var cluster = create(aws, "aws:rds/cluster:Cluster", "db", Map.of("engine", "aurora-mysql"));
        var endpoint = (String) state(cluster).get("endpoint");
        assertThat(endpoint).startsWith(cluster.id.get() + ".cluster-").endsWith(".us-east-1.rds.amazonaws.com");
        assertThat((String) state(cluster).get("readerEndpoint")).contains(".cluster-ro-");
        assertThat(state(cluster)).containsEntry("port", 3306).containsEntry("masterUserSecrets", List.of())
                .containsEntry("clusterIdentifier", cluster.id.get());
        var instance = state(create(aws, "aws:rds/clusterInstance:ClusterInstance", "db-1", Map.of()));
        assertThat((String) instance.get("endpoint")).startsWith(instance.get("identifier") + ".");

        var task = create(aws, "aws:ecs/taskDefinition:TaskDefinition", "api", Map.of("family", "pulumi-api"));
        assertThat(task.id).contains("pulumi-api");
        assertThat(state(task)).containsEntry("revision", 1)
                .containsEntry("arn", "arn:aws:ecs:us-east-1:123456789012:task-definition/pulumi-api:1")
                .containsEntry("arnWithoutRevision", "arn:aws:ecs:us-east-1:123456789012:task-definition/pulumi-api");
        var service = create(aws, "aws:ecs/service:Service", "api", Map.of("name", "api",
                "cluster", "arn:aws:ecs:us-east-1:123456789012:cluster/main"));
        assertThat(service.id).contains("arn:aws:ecs:us-east-1:123456789012:service/main/api");

        var key = state(create(aws, "aws:kms/key:Key", "key", Map.of()));
        assertThat((String) key.get("arn")).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/" + key.get("keyId"));
        var secret = create(aws, "aws:secretsmanager/secret:Secret", "db", Map.of("name", "db-password"));
        assertThat(secret.id.get()).matches(
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-[A-Za-z0-9]{6}");
        assertThat(state(create(aws, "aws:cloudwatch/logGroup:LogGroup", "logs", Map.of("name", "/ecs/api"))))
                .containsEntry("arn", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/api");
    }

    @Test
    void certificatesGetOneValidationRecordPerDistinctDomain() {
        var certificate = state(create(aws, "aws:acm/certificate:Certificate", "cert", Map.of(
                "domainName", "pulumi.example.com",
                "subjectAlternativeNames", List.of("api.pulumi.example.com", "pulumi.example.com"))));

        @SuppressWarnings("unchecked")
        var options = (List<Map<String, Object>>) certificate.get("domainValidationOptions");
        assertThat(options).extracting(o -> o.get("domainName"))
                .containsExactly("pulumi.example.com", "api.pulumi.example.com");
        assertThat(options.get(0)).containsEntry("resourceRecordType", "CNAME");
        assertThat((String) options.get(0).get("resourceRecordName")).matches("_[0-9a-f]{32}\\.pulumi\\.example\\.com\\.");
        assertThat((String) options.get(0).get("resourceRecordValue")).endsWith(".acm-validations.aws.");
    }

    @Test
    void partitionFollowsTheRegion() {
        var gov = FakeAws.builder().region("us-gov-west-1").build();
        var china = FakeAws.builder().region("cn-northwest-1").accountId("210987654321").build();

        assertThat(gov.partition()).isEqualTo("aws-us-gov");
        assertThat(state(create(gov, "aws:ecs/cluster:Cluster", "c", Map.of("name", "main"))))
                .containsEntry("arn", "arn:aws-us-gov:ecs:us-gov-west-1:123456789012:cluster/main");
        assertThat(china.dnsSuffix()).isEqualTo("amazonaws.com.cn");
        assertThat(state(create(china, "aws:s3/bucketV2:BucketV2", "b", Map.of("bucket", "data"))))
                .containsEntry("arn", "arn:aws-cn:s3:::data")
                .containsEntry("bucketDomainName", "data.s3.amazonaws.com.cn");
        assertThat(invoke(china, "aws:index/getPartition:getPartition", Map.of()))
                .containsEntry("partition", "aws-cn").containsEntry("reverseDnsPrefix", "cn.com.amazonaws");
        assertThat(invoke(china, "aws:index/getCallerIdentity:getCallerIdentity", Map.of()))
                .containsEntry("accountId", "210987654321");
    }

    @Test
    void answersCommonDataSources() {
        assertThat(invoke(aws, "aws:index/getRegion:getRegion", Map.of()))
                .containsEntry("name", "us-east-1").containsEntry("endpoint", "ec2.us-east-1.amazonaws.com");
        assertThat(invoke(aws, "aws:index/getAvailabilityZones:getAvailabilityZones", Map.of()))
                .containsEntry("names", List.of("us-east-1a", "us-east-1b", "us-east-1c"));
        var zone = invoke(aws, "aws:route53/getZone:getZone", Map.of("name", "example.com."));
        assertThat(zone).containsEntry("name", "example.com").containsEntry("privateZone", false);
        assertThat((String) zone.get("zoneId")).matches("Z[0-9A-Z]{13}");
        assertThat(invoke(aws, "aws:route53/getZone:getZone", Map.of("name", "example.com")).get("zoneId"))
                .isEqualTo(zone.get("zoneId"));
        assertThat(invoke(aws, "aws:ec2/getVpc:getVpc", Map.of("id", "vpc-1"))).containsEntry("cidrBlock", "10.0.0.0/16");
        assertThat(invoke(aws, "aws:unknown/getNothing:getNothing", Map.of())).isEmpty();
    }

    @Test
    void consecutiveSubnetIdsLandInDistinctZonesWhateverTheOrder() {
        var zones = List.of("subnet-0a1", "subnet-0a2", "subnet-0a3").stream()
                .map(id -> invoke(aws, "aws:ec2/getSubnet:getSubnet", Map.of("id", id)).get("availabilityZone"))
                .toList();
        var reversed = invoke(aws, "aws:ec2/getSubnet:getSubnet", Map.of("id", "subnet-0a3")).get("availabilityZone");

        assertThat(zones).doesNotHaveDuplicates();
        assertThat(reversed).isEqualTo(zones.get(2));
    }

    @Test
    void policyDocumentsRenderStatements() {
        var document = invoke(aws, "aws:iam/getPolicyDocument:getPolicyDocument", Map.of("statements", List.of(Map.of(
                "actions", List.of("s3:GetObject"), "resources", List.of("arn:aws:s3:::b/*"),
                "principals", List.of(Map.of("type", "Service", "identifiers", List.of("ecs-tasks.amazonaws.com")))))));

        assertThat((String) document.get("minifiedJson")).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":"
                + "[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":[\"arn:aws:s3:::b/*\"],"
                + "\"Principal\":{\"Service\":[\"ecs-tasks.amazonaws.com\"]}}]}");
    }

    @Test
    void overridesReplaceAnswersAndAddState() {
        var fake = FakeAws.builder()
                .onInvoke("aws:ec2/getSubnet:getSubnet", args -> Map.of("availabilityZone", "us-east-1f"))
                .onResource("aws:ecs/service:Service", state -> Map.of("id", "svc-1", "desiredCount", 2))
                .build();

        assertThat(invoke(fake, "aws:ec2/getSubnet:getSubnet", Map.of("id", "x"))).containsOnlyKeys("availabilityZone");
        var service = create(fake, "aws:ecs/service:Service", "api", Map.of());
        assertThat(service.id).contains("svc-1");
        assertThat(state(service)).containsEntry("desiredCount", 2).containsKey("arn");
    }

    @Test
    void otherAwsTypesGetAGenericNameAndArn() {
        var queue = state(create(aws, "aws:sqs/queue:Queue", "jobs", Map.of("name", "jobs")));
        var attachment = state(create(aws, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "a", Map.of()));

        assertThat(queue).containsEntry("arn", "arn:aws:sqs:us-east-1:123456789012:queue/jobs");
        assertThat((String) attachment.get("arn")).startsWith("arn:aws:iam::123456789012:rolepolicyattachment/a-");
    }

    @Test
    void componentsAndOtherProvidersGetAStableIdAndTheirInputs() {
        var component = create(aws, "pkg:index:Thing", "thing", Map.of("a", "b"));

        assertThat(component.id.get()).matches("thing-[0-9a-f]{8}");
        assertThat(state(component)).isEqualTo(Map.of("a", "b"));
    }
}
