package io.selfhosted.pulumi.ecs.testing.aws;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.NoSuchElementException;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.egressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.ingressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.taskSecurityGroupId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityGroupRulesTest {
    private static Plan plan;

    private static SecurityGroup group(String name) {
        return new SecurityGroup(name, SecurityGroupArgs.builder().vpcId("vpc-0123456789abcdef0").description(name).build());
    }

    private static Service service(String name, Output<List<String>> groups) {
        return new Service(name, ServiceArgs.builder().launchType("FARGATE").desiredCount(1)
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder().subnets("subnet-0a")
                        .securityGroups(groups).assignPublicIp(false).build()).build());
    }

    @BeforeAll
    static void run() {
        plan = plan(ctx -> {
            var balancer = group("balancer");
            var tasks = group("tasks");
            var other = group("other");
            new SecurityGroupIngressRule("internet-to-balancer", SecurityGroupIngressRuleArgs.builder()
                    .securityGroupId(balancer.id()).ipProtocol("tcp").fromPort(443).toPort(443).cidrIpv4("0.0.0.0/0").build());
            new SecurityGroupIngressRule("balancer-to-tasks", SecurityGroupIngressRuleArgs.builder()
                    .securityGroupId(tasks.id()).ipProtocol("tcp").fromPort(8080).toPort(8080)
                    .referencedSecurityGroupId(balancer.id()).build());
            new SecurityGroupIngressRule("monitoring-to-tasks", SecurityGroupIngressRuleArgs.builder()
                    .securityGroupId(tasks.id()).ipProtocol("tcp").fromPort(9090).toPort(9090).cidrIpv4("10.0.0.0/16").build());
            new SecurityGroupEgressRule("balancer-to-tasks", SecurityGroupEgressRuleArgs.builder()
                    .securityGroupId(balancer.id()).ipProtocol("tcp").fromPort(8080).toPort(8080)
                    .referencedSecurityGroupId(tasks.id()).build());
            service("api", tasks.id().applyValue(List::of));
            service("two-groups", Output.all(tasks.id(), other.id()));
        });
    }

    private static String id(String group) {
        return plan.resource(EC2_SECURITY_GROUP, group).id().orElseThrow();
    }

    @Test
    void rulesOfAGroupAreThoseNamingItsId() {
        assertThat(ingressRulesOf(plan, id("tasks"))).extracting(PlannedResource::name)
                .containsExactly("balancer-to-tasks", "monitoring-to-tasks");
        assertThat(ingressRulesOf(plan, id("balancer"))).extracting(PlannedResource::name)
                .containsExactly("internet-to-balancer");
        assertThat(egressRulesOf(plan, id("balancer"))).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("balancer-to-tasks");
            assertThat(rule.string("referencedSecurityGroupId")).isEqualTo(id("tasks"));
        });
        assertThat(egressRulesOf(plan, id("tasks"))).isEmpty();
        assertThat(ingressRulesOf(plan, id("other"))).isEmpty();
        assertThat(ingressRulesOf(plan, "sg-unknown")).isEmpty();
    }

    @Test
    void taskSecurityGroupOfAService() {
        assertThat(taskSecurityGroupId(plan, "api")).isEqualTo(id("tasks")).startsWith("sg-");
        assertThatThrownBy(() -> taskSecurityGroupId(plan, "two-groups")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in exactly one security group");
        assertThatThrownBy(() -> taskSecurityGroupId(plan, "worker")).isInstanceOf(NoSuchElementException.class);
    }
}
