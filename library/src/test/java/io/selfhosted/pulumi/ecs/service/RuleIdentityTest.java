package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.fargate.ContainerArgs;
import io.selfhosted.pulumi.ecs.fargate.EgressRuleArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateService;
import io.selfhosted.pulumi.ecs.fargate.FargateServiceArgs;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;
import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security group rules are named after what they allow, so dropping or reordering a CIDR changes
 * only the rules of that CIDR (rules named by position would be rewritten into duplicates).
 */
class RuleIdentityTest {
    static List<String> httpsRuleNames(Plan plan) {
        return plan.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE).stream()
                .map(PlannedResource::name).filter(n -> n.startsWith("pulumi-api-lb-https-")).sorted().toList();
    }

    @Test
    void reorderingTheAllowListKeepsEveryRule() {
        Plan before = SampleInstall.plan(b -> b.loadBalancing(LoadBalancingArgs.builder()
                .ingressCidrs("10.0.0.0/8", "203.0.113.0/24").build())).requireSuccess();
        Plan after = SampleInstall.plan(b -> b.loadBalancing(LoadBalancingArgs.builder()
                .ingressCidrs("203.0.113.0/24", "10.0.0.0/8").build())).requireSuccess();
        assertThat(httpsRuleNames(before)).containsExactly("pulumi-api-lb-https-443-10-0-0-0-8", "pulumi-api-lb-https-443-203-0-113-0-24")
                .isEqualTo(httpsRuleNames(after));
    }

    @Test
    void ruleDescriptionsUseOnlyCharactersAwsAccepts() {
        Plan plan = SampleInstall.plan(b -> b).requireSuccess();
        for (String type : List.of(VPC_SECURITY_GROUP_INGRESS_RULE,
                VPC_SECURITY_GROUP_EGRESS_RULE)) {
            assertThat(plan.resourcesOfType(type)).allSatisfy(rule ->
                    assertThat(rule.string("description")).as(rule.name()).matches("[A-Za-z0-9 ._\\-:/()#,@\\[\\]+=;{}!$*]*"));
        }
    }

    @Test
    void aDescriptionAwsWouldRejectIsRefused() {
        Plan plan = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new FargateService("svc", FargateServiceArgs.builder()
                .placement(PlacementArgs.builder().clusterArn("arn:aws:ecs:us-east-1:123456789012:cluster/c").clusterName("c")
                        .vpcId("vpc-0a1b2c3d4e5f67890").subnetIds("subnet-0a1b2c3d4e5f60011").build())
                .containers(ContainerArgs.builder().name("app").image("nginx:1.27").build())
                .sizing(TaskSizingArgs.builder().cpu(256).memory(512).build())
                .egressRules(EgressRuleArgs.builder().port(443).cidr("0.0.0.0/0").description("the service's way out").build())
                .build(), null));
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.problems()).anyMatch(p -> p.contains("egressRules[0].description"));
    }
}
