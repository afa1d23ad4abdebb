package io.selfhosted.pulumi.ecs.search;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments;
import io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules;
import io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions;
import io.selfhosted.pulumi.ecs.testing.security.SecurityChecks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_RESOURCE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.OPENSEARCH_DOMAIN;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static org.assertj.core.api.Assertions.assertThat;

/** Resource Search: the domain, who may reach it, what the API gets, and what is refused. */
class ServiceSearchTest {
    private static Plan install(UnaryOperator<SearchArgs.Builder> search) {
        return exported(args -> args.search(search.apply(SearchArgs.builder()).build()));
    }

    /** A successful install plan whose outputs are exported as stack outputs. */
    private static Plan exported(UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change) {
        return SampleInstall.runner(SampleInstall.REGION).run(ctx -> {
            var install = new PulumiSelfHostedEcs("pulumi", change.apply(SampleInstall.args()).build(), null);
            install.outputs().forEach(ctx::export);
        }).requireSuccess();
    }


    private static List<Problem> problems(Plan plan) {
        assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        assertThat(plan.resources()).as("nothing is created").isEmpty();
        return ((InvalidArgumentsException) plan.exceptions().get(0)).problems();
    }

    private static PlannedResource apiTaskDefinition(Plan plan) {
        return plan.resource(ECS_TASK_DEFINITION, "pulumi-api");
    }

    @Test
    void offByDefault() {
        var plan = exported(args -> args);

        assertThat(plan.resourcesOfType(OPENSEARCH_DOMAIN)).isEmpty();
        assertThat(plan.resourcesOfType(ServiceSearch.TYPE)).isEmpty();
        assertThat(TaskDefinitions.environment(apiTaskDefinition(plan), "pulumi-service")).doesNotContainKeys(
                "PULUMI_SEARCH_DOMAIN", "PULUMI_SEARCH_USER");
        assertThat(plan.outputs()).doesNotContainKeys("searchDomainEndpoint", "searchDomainArn", "searchCredentialsSecretArn");
    }

    @Test
    void theDomainIsEncryptedPrivateAndBehindFineGrainedAccessControl() {
        var plan = install(b -> b);
        PlannedResource domain = plan.single(OPENSEARCH_DOMAIN);

        assertThat(domain.bool("encryptAtRest.enabled")).isTrue();
        assertThat(domain.string("encryptAtRest.kmsKeyId")).as("the service key").isEqualTo(SampleInstall.KMS_KEY);
        assertThat(domain.bool("nodeToNodeEncryption.enabled")).isTrue();
        assertThat(domain.bool("domainEndpointOptions.enforceHttps")).isTrue();
        assertThat(domain.string("domainEndpointOptions.tlsSecurityPolicy")).isEqualTo("Policy-Min-TLS-1-2-PFS-2023-10");
        assertThat(domain.bool("advancedSecurityOptions.enabled")).isTrue();
        assertThat(domain.bool("advancedSecurityOptions.internalUserDatabaseEnabled")).isTrue();
        assertThat(domain.string("advancedSecurityOptions.masterUserOptions.masterUserName")).isEqualTo("pulumi");
        assertThat(domain.isSecret("advancedSecurityOptions.masterUserOptions.masterUserPassword")).isTrue();
        assertThat(domain.list("vpcOptions.subnetIds")).as("the private subnets")
                .containsExactly("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012");
        assertThat(domain.string("engineVersion")).isEqualTo(SearchDefaults.ENGINE_VERSION);
        assertThat(domain.bool("softwareUpdateOptions.autoSoftwareUpdateEnabled")).isTrue();
        assertThat(domain.retainOnDelete()).as("the index outlives the program").isTrue();
        assertThat(domain.protect()).as("turning search off needs no state surgery").isFalse();
        SecurityChecks.run(plan).assertPassed();
    }

    @Test
    void slowErrorAndAuditLogsGoToLogGroupsWithRetentionThatOnlyThisDomainMayWrite() {
        var plan = install(b -> b);
        PlannedResource domain = plan.single(OPENSEARCH_DOMAIN);

        var published = domain.list("logPublishingOptions").stream().map(o -> (Map<?, ?>) o).toList();
        assertThat(published).extracting(o -> (Object) o.get("logType"))
                .containsExactlyInAnyOrder("ES_APPLICATION_LOGS", "INDEX_SLOW_LOGS", "SEARCH_SLOW_LOGS", "AUDIT_LOGS");
        var searchLogs = plan.childrenOf(plan.single(ServiceSearch.TYPE)).stream()
                .filter(r -> r.type().equals(CLOUDWATCH_LOG_GROUP)).toList();
        assertThat(searchLogs).hasSize(4).allSatisfy(group -> assertThat(group.integer("retentionInDays")).isEqualTo(365));
        var statement = PolicyDocuments.statements(plan.single(CLOUDWATCH_LOG_RESOURCE_POLICY), "policyDocument").get(0);
        assertThat(PolicyDocuments.values(statement, "Action")).containsExactlyInAnyOrder("logs:PutLogEvents", "logs:CreateLogStream");
        assertThat(statement.get("Condition").toString()).contains("aws:SourceAccount", SampleInstall.ACCOUNT, "aws:SourceArn",
                domain.string("domainName"));
        assertThat(domain.dependencies()).as("the policy exists before the domain publishes")
                .contains(plan.single(CLOUDWATCH_LOG_RESOURCE_POLICY).urn());
    }

    @Test
    void onlyTheApiTasksReachTheDomainAndOnlyItsHttpApiIsAllowed() {
        var plan = install(b -> b);
        PlannedResource domain = plan.single(OPENSEARCH_DOMAIN);
        String domainGroup = (String) domain.list("vpcOptions.securityGroupIds").get(0);
        String apiGroup = SecurityGroupRules.taskSecurityGroupId(plan, "pulumi-api");
        String consoleGroup = SecurityGroupRules.taskSecurityGroupId(plan, "pulumi-console");

        var ingress = SecurityGroupRules.ingressRulesOf(plan, domainGroup);
        assertThat(ingress).singleElement().satisfies(rule -> {
            assertThat(rule.string("referencedSecurityGroupId")).isEqualTo(apiGroup);
            assertThat(rule.integer("fromPort")).isEqualTo(443);
            assertThat(rule.has("cidrIpv4")).isFalse();
        });
        assertThat(SecurityGroupRules.egressRulesOf(plan, domainGroup)).as("the domain opens no connection").isEmpty();
        assertThat(SecurityGroupRules.egressRulesOf(plan, consoleGroup))
                .noneMatch(rule -> rule.input("referencedSecurityGroupId").map(domainGroup::equals).orElse(false));

        // Basic authentication is unsigned: the policy admits any principal, on this domain only,
        // and the network and fine-grained access control decide.
        var statement = PolicyDocuments.statements(domain, "accessPolicies").get(0);
        assertThat(PolicyDocuments.values(statement, "Action")).containsExactly("es:ESHttp*");
        assertThat(PolicyDocuments.values(statement, "Resource")).containsExactly(
                "arn:aws:es:us-east-1:" + SampleInstall.ACCOUNT + ":domain/" + domain.string("domainName") + "/*");

        var taskPolicy = plan.resourcesOfType(IAM_ROLE_POLICY).stream().filter(p -> p.name().equals("pulumi-api-task")).findFirst()
                .orElseThrow();
        var use = PolicyDocuments.statement(taskPolicy, "policy", "UseOwnSearchDomain");
        String arn = plan.output("searchDomainArn").value().toString();
        assertThat(PolicyDocuments.values(use, "Action")).containsExactly("es:ESHttp*");
        assertThat(PolicyDocuments.values(use, "Resource")).containsExactly(arn, arn + "/*");
    }

    @Test
    void theApiGetsTheUrlWithItsPortTheUserAndThePasswordOnlyAsASecret() {
        var plan = install(b -> b.masterUserName("search-admin"));
        var env = TaskDefinitions.environment(apiTaskDefinition(plan), "pulumi-service");
        var secrets = TaskDefinitions.secrets(apiTaskDefinition(plan), "pulumi-service");

        assertThat(env.get("PULUMI_SEARCH_DOMAIN")).matches("^https://vpc-[a-z0-9-]+\\.us-east-1\\.es\\.amazonaws\\.com:443$");
        assertThat(env.get("PULUMI_SEARCH_USER")).isEqualTo("search-admin");
        assertThat(env).doesNotContainKey("PULUMI_SEARCH_PASSWORD");
        String secretArn = plan.output("searchCredentialsSecretArn").value().toString();
        assertThat(secrets.get("PULUMI_SEARCH_PASSWORD")).isEqualTo(secretArn + ":password::");

        PlannedResource secret = plan.resource(SECRETSMANAGER_SECRET, "pulumi-secrets-search-credentials");
        assertThat(secret.retainOnDelete()).isTrue();
        assertThat(secret.protect()).as("turning search off needs no state surgery").isFalse();
        PlannedResource version = plan.resource(SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-search-credentials");
        assertThat(version.ignoreChanges()).as("generated once, kept").contains("secretString");
        assertThat(version.isSecret("secretString")).isTrue();
        // The execution role may read the secret: it is one of the API's container secrets.
        assertThat(plan.resourcesOfType(VPC_SECURITY_GROUP_EGRESS_RULE)).extracting(PlannedResource::name).contains("pulumi-api-to-search");
    }

    @Test
    void zonesFollowThePrivateSubnetsAndDataNodesStayAtLeastThree() {
        var two = install(b -> b).single(OPENSEARCH_DOMAIN);
        assertThat(two.integer("clusterConfig.zoneAwarenessConfig.availabilityZoneCount")).isEqualTo(2);
        assertThat(two.integer("clusterConfig.instanceCount")).as("even over two zones, at least three").isEqualTo(4);
        assertThat(two.bool("clusterConfig.dedicatedMasterEnabled")).isFalse();

        var three = SampleInstall.install(args -> args.network(NetworkArgs.builder(SampleInstall.network())
                        .privateSubnetIds("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012", "subnet-0a1b2c3d4e5f60013").build())
                .search(SearchArgs.builder().dedicatedMasterCount(3).build())).single(OPENSEARCH_DOMAIN);
        assertThat(three.integer("clusterConfig.zoneAwarenessConfig.availabilityZoneCount")).isEqualTo(3);
        assertThat(three.integer("clusterConfig.instanceCount")).isEqualTo(3);
        assertThat(three.list("vpcOptions.subnetIds")).hasSize(3);
        assertThat(three.integer("clusterConfig.dedicatedMasterCount")).isEqualTo(3);
        assertThat(three.string("clusterConfig.dedicatedMasterType")).isEqualTo(SearchDefaults.INSTANCE_TYPE);

        var one = install(b -> b.availabilityZoneCount(1).instanceCount(1)).single(OPENSEARCH_DOMAIN);
        assertThat(one.bool("clusterConfig.zoneAwarenessEnabled")).isFalse();
        assertThat(one.list("vpcOptions.subnetIds")).hasSize(1);
    }

    @Test
    void zonesAreTheZonesThePrivateSubnetsSpanNotTheirNumber() {
        // Four subnets in two zones (the fake AWS places subnet ids by their characters).
        var domain = SampleInstall.install(args -> args.network(NetworkArgs.builder(SampleInstall.network())
                        .privateSubnetIds("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012", "subnet-0a1b2c3d4e5f60014",
                                "subnet-0a1b2c3d4e5f60015").build())
                .search(SearchArgs.builder().build())).single(OPENSEARCH_DOMAIN);

        assertThat(domain.integer("clusterConfig.zoneAwarenessConfig.availabilityZoneCount")).isEqualTo(2);
        assertThat(domain.list("vpcOptions.subnetIds")).containsExactly("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012");
        assertThat(domain.integer("clusterConfig.instanceCount")).isEqualTo(4);
    }

    @Test
    void turningSearchOffLeavesTheDomainWithItsSecurityGroupAndANewKeyMakesANewName() {
        var plan = install(b -> b);
        PlannedResource group = plan.resource(io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP, "pulumi-search");
        assertThat(group.retainOnDelete()).as("the retained domain's interfaces still use it").isTrue();

        String name = plan.single(OPENSEARCH_DOMAIN).string("domainName");
        String otherKey = SampleInstall.arn(SampleInstall.REGION, "kms", "key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        String renamed = SampleInstall.install(args -> args.kmsKeyArn(otherKey).search(SearchArgs.builder().build()))
                .single(OPENSEARCH_DOMAIN).string("domainName");
        assertThat(renamed).isNotEqualTo(name).hasSizeLessThanOrEqualTo(28).matches("^[a-z][a-z0-9-]+$");
        assertThat(name).hasSizeLessThanOrEqualTo(28);
    }

    @Test
    void badSettingsAreRefusedTogetherBeforeAnythingExists() {
        var plan = SampleInstall.plan(args -> args.search(SearchArgs.builder()
                .engineVersion("Elasticsearch_7.10")
                .instanceType("t2.small.search")
                .instanceCount(3)
                .dedicatedMasterCount(2)
                .volumeSize(5)
                .domainName("Search_Domain")
                .masterUserName("1admin")
                .build()));

        assertThat(problems(plan)).extracting(Problem::property).containsExactlyInAnyOrder(
                "search.engineVersion", "search.instanceType", "search.dedicatedMasterCount", "search.volumeSize",
                "search.domainName", "search.masterUserName", "search.instanceCount");
        assertThat(problems(plan)).filteredOn(p -> p.property().equals("search.instanceCount")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("even", "set instanceCount 4"));
    }

    @Test
    void moreZonesThanPrivateSubnetsAreRefused() {
        var plan = SampleInstall.plan(args -> args.search(SearchArgs.builder().availabilityZoneCount(3).build()));

        assertThat(problems(plan)).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("search.availabilityZoneCount");
            assertThat(p.message()).contains("3 private subnets", "has 2");
        });
    }
}
