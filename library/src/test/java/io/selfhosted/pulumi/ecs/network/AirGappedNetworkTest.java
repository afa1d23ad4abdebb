package io.selfhosted.pulumi.ecs.network;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.RegistryCredentialsArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules;
import io.selfhosted.pulumi.ecs.testing.security.SecurityChecks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_VPC_ENDPOINT;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static org.assertj.core.api.Assertions.assertThat;

/** VPC endpoints and egress limited to the VPC: what exists, what tasks may reach, what is refused. */
class AirGappedNetworkTest {
    /** The fake VPC's CIDR block, as the fake AWS's VPC lookup answers. */
    private static final String VPC_CIDR = "10.0.0.0/16";
    private static final String MIRROR = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    private static PulumiSelfHostedEcsArgs.Builder airGapped(PulumiSelfHostedEcsArgs.Builder args, UnaryOperator<NetworkArgs.Builder> network) {
        return args.network(network.apply(NetworkArgs.builder(SampleInstall.network()).vpcEndpoints(true).limitEgress(true)).build())
                .loadBalancing(LoadBalancingArgs.builder().internal(true).build())
                .images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").registry(MIRROR).build());
    }

    private static Plan install(UnaryOperator<NetworkArgs.Builder> network) {
        return exported(args -> airGapped(args, network));
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

    private static PlannedResource endpoint(Plan plan, String service) {
        return plan.resource(EC2_VPC_ENDPOINT, "pulumi-endpoints-" + service.replace('.', '-'));
    }

    @Test
    void offByDefault() {
        var plan = SampleInstall.install(args -> args);

        assertThat(plan.resourcesOfType(EC2_VPC_ENDPOINT)).isEmpty();
        assertThat(plan.resource(VPC_SECURITY_GROUP_EGRESS_RULE, "pulumi-api-egress-443-0-0-0-0-0").string("cidrIpv4"))
                .as("the rule of an existing install keeps its name").isEqualTo("0.0.0.0/0");
    }

    @Test
    void everyServiceTheTasksCallHasAPrivateEndpointAndS3AGatewayOnThePrivateRouteTables() {
        var plan = install(n -> n);

        assertThat(plan.resourcesOfType(EC2_VPC_ENDPOINT)).extracting(r -> r.string("serviceName")).containsExactlyInAnyOrder(
                "com.amazonaws.us-east-1.ecr.api", "com.amazonaws.us-east-1.ecr.dkr", "com.amazonaws.us-east-1.logs",
                "com.amazonaws.us-east-1.secretsmanager", "com.amazonaws.us-east-1.kms", "com.amazonaws.us-east-1.sts",
                "com.amazonaws.us-east-1.s3");
        String group = plan.output("vpcEndpointsSecurityGroupId").value().toString();
        for (String service : List.of("ecr.api", "ecr.dkr", "logs", "secretsmanager", "kms", "sts")) {
            var interfaceEndpoint = endpoint(plan, service);
            assertThat(interfaceEndpoint.string("vpcEndpointType")).isEqualTo("Interface");
            assertThat(interfaceEndpoint.bool("privateDnsEnabled")).as(service).isTrue();
            assertThat(interfaceEndpoint.list("subnetIds")).containsExactly("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012");
            assertThat(interfaceEndpoint.list("securityGroupIds")).containsExactly(group);
        }
        var s3 = endpoint(plan, "s3");
        assertThat(s3.string("vpcEndpointType")).isEqualTo("Gateway");
        assertThat(s3.list("routeTableIds")).as("looked up, one per private subnet").hasSize(2).allSatisfy(id ->
                assertThat(id.toString()).startsWith("rtb-"));

        var ingress = SecurityGroupRules.ingressRulesOf(plan, group);
        assertThat(ingress).singleElement().satisfies(rule -> {
            assertThat(rule.string("cidrIpv4")).isEqualTo(VPC_CIDR);
            assertThat(rule.integer("fromPort")).isEqualTo(443);
            assertThat(rule.integer("toPort")).isEqualTo(443);
        });
        assertThat(SecurityGroupRules.egressRulesOf(plan, group)).isEmpty();
        SecurityChecks.run(plan).assertPassed();
    }

    @Test
    void givenRouteTablesAndAServiceSubsetAreUsedAsGiven() {
        var plan = install(n -> n.routeTableIds("rtb-0a1b2c3d4e5f60011").vpcEndpointServices("ecr.api", "ecr.dkr", "s3"));

        assertThat(plan.resourcesOfType(EC2_VPC_ENDPOINT)).hasSize(3);
        assertThat(endpoint(plan, "s3").list("routeTableIds")).containsExactly("rtb-0a1b2c3d4e5f60011");
    }

    @Test
    void emailThroughSesOfTheRegionGetsItsSmtpEndpointAndPort() {
        var plan = exported(args -> airGapped(args, n -> n).smtp(SmtpArgs.builder(SampleInstall.smtp())
                .server("email-smtp.us-east-1.amazonaws.com:2587").build()));

        assertThat(endpoint(plan, "email-smtp").string("serviceName")).isEqualTo("com.amazonaws.us-east-1.email-smtp");
        String group = plan.output("vpcEndpointsSecurityGroupId").value().toString();
        assertThat(SecurityGroupRules.ingressRulesOf(plan, group)).extracting(r -> r.integer("fromPort")).containsExactlyInAnyOrder(443, 2587);
        assertThat(plan.resource(VPC_SECURITY_GROUP_EGRESS_RULE, "pulumi-api-egress-vpc-smtp").string("cidrIpv4")).isEqualTo(VPC_CIDR);
    }

    @Test
    void limitedEgressLeavesNoRuleToTheWorld() {
        var plan = install(n -> n);

        assertThat(plan.resourcesOfType(VPC_SECURITY_GROUP_EGRESS_RULE)).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.input("cidrIpv4").orElse("")).as(rule.name()).isNotEqualTo("0.0.0.0/0"));
        String prefixList = plan.resource(VPC_SECURITY_GROUP_EGRESS_RULE, "pulumi-api-egress-s3-https").string("prefixListId");
        assertThat(prefixList).as("the gateway endpoint's").startsWith("pl-");
        for (String task : List.of("pulumi-api", "pulumi-api-migrations", "pulumi-console")) {
            assertThat(plan.resource(VPC_SECURITY_GROUP_EGRESS_RULE, task + "-egress-vpc-https").string("cidrIpv4")).isEqualTo(VPC_CIDR);
            assertThat(plan.resource(VPC_SECURITY_GROUP_EGRESS_RULE, task + "-egress-s3-https").string("prefixListId"))
                    .isEqualTo(prefixList);
        }
    }

    @Test
    void withTheVpcsOwnEndpointsS3sPrefixListIsLookedUp() {
        var plan = exported(args -> airGapped(args, n -> n.vpcEndpoints(false)));

        assertThat(plan.resourcesOfType(EC2_VPC_ENDPOINT)).isEmpty();
        assertThat(plan.resource(VPC_SECURITY_GROUP_EGRESS_RULE, "pulumi-api-egress-s3-https").string("prefixListId")).startsWith("pl-");
        assertThat(plan.outputs()).doesNotContainKey("vpcEndpointsSecurityGroupId");
    }

    @Test
    void whatTasksCannotReachFromInsideTheVpcIsRefusedTogether() {
        var plan = SampleInstall.plan(args -> args
                .network(NetworkArgs.builder(SampleInstall.network()).limitEgress(true).vpcEndpointServices("ecr.api", "ec2").build())
                .images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").credentials(RegistryCredentialsArgs.builder()
                        .username("bot").password("dckr_pat_x").build()).build())
                .smtp(SmtpArgs.builder(SampleInstall.smtp()).server("email-smtp.eu-west-1.amazonaws.com:587").build()));

        assertThat(problems(plan)).extracting(Problem::property).containsExactlyInAnyOrder(
                "network.limitEgress", "network.vpcEndpointServices[1]", "images.credentials.username", "images.registry",
                "smtp.server");
        assertThat(problems(plan)).filteredOn(p -> p.property().equals("network.limitEgress")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("loadBalancing.internal"));
    }

    @Test
    void anImageRegistryOfAnotherRegionIsRefused() {
        var plan = SampleInstall.plan(args -> airGapped(args, n -> n)
                .images(ContainerImagesArgs.builder().tag("1").registry("123456789012.dkr.ecr.eu-west-1.amazonaws.com").build()));

        assertThat(problems(plan)).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("images.registry");
            assertThat(p.message()).contains("us-east-1");
        });
    }

    @Test
    void inChinaTheEndpointServiceNamesAreLookedUpAmongBothSpellings() {
        var plan = SampleInstall.installIn("cn-north-1", args -> args
                .network(NetworkArgs.builder(SampleInstall.network()).vpcEndpoints(true).build()));

        // The fake AWS offers ECR under cn.com.amazonaws and the others under com.amazonaws.
        assertThat(endpoint(plan, "ecr.api").string("serviceName")).isEqualTo("cn.com.amazonaws.cn-north-1.ecr.api");
        assertThat(endpoint(plan, "logs").string("serviceName")).isEqualTo("com.amazonaws.cn-north-1.logs");
        assertThat(endpoint(plan, "s3").string("vpcEndpointType")).isEqualTo("Gateway");
    }

    @Test
    void chinaSpellingsOfEndpointServicesAreCandidates() {
        assertThat(AwsPartition.ofRegion("cn-north-1").endpointServiceNames("ecr.api"))
                .containsExactly("com.amazonaws.cn-north-1.ecr.api", "cn.com.amazonaws.cn-north-1.ecr.api");
        assertThat(AwsPartition.ofRegion("us-gov-west-1").endpointServiceNames("logs")).containsExactly("com.amazonaws.us-gov-west-1.logs");
    }
}
