package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.egressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.ingressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.taskSecurityGroupId;
import static org.assertj.core.api.Assertions.assertThat;

/** Task security groups: only the load balancer in, only what is needed out. */
class ServiceSecurityGroupsTest {
    private static Plan plan;

    @BeforeAll
    static void run() {
        plan = install(b -> b);
    }

    @ParameterizedTest
    @CsvSource({"pulumi-api, pulumi-api-lb, 8080", "pulumi-console, pulumi-app-lb, 3000"})
    void onlyTheServicesLoadBalancerGetsInOnTheContainerPort(String service, String loadBalancer, int port) {
        String tasks = taskSecurityGroupId(plan, service);
        String lbGroup = plan.resource(LB_LOAD_BALANCER, loadBalancer).string("securityGroups[0]");

        var ingress = ingressRulesOf(plan, tasks);
        assertThat(ingress).hasSize(1);
        assertTcp(ingress.get(0), port);
        assertThat(ingress.get(0).string("referencedSecurityGroupId")).isEqualTo(lbGroup);
        assertThat(ingress.get(0).has("cidrIpv4")).isFalse();
        // The load balancer may forward to the tasks' port and nowhere else.
        var lbEgress = egressRulesOf(plan, lbGroup);
        assertThat(lbEgress).hasSize(1);
        assertTcp(lbEgress.get(0), port);
        assertThat(lbEgress.get(0).string("referencedSecurityGroupId")).isEqualTo(tasks);
        assertThat(plan.resource(EC2_SECURITY_GROUP, service).has("ingress")).isFalse();
        assertThat(plan.resource(EC2_SECURITY_GROUP, service).has("egress")).isFalse();
    }

    @Test
    void apiTasksReachHttpsAndTheDatabaseOnly() {
        String tasks = taskSecurityGroupId(plan, "pulumi-api");
        String database = plan.single(RDS_CLUSTER).string("vpcSecurityGroupIds[0]");

        var egress = egressRulesOf(plan, tasks);
        assertThat(egress).hasSize(2);
        var https = only(egress.stream().filter(r -> r.has("cidrIpv4")).toList());
        assertTcp(https, 443);
        assertThat(https.string("cidrIpv4")).isEqualTo("0.0.0.0/0");
        var toDatabase = only(egress.stream().filter(r -> r.has("referencedSecurityGroupId")).toList());
        assertTcp(toDatabase, 3306);
        assertThat(toDatabase.string("referencedSecurityGroupId")).isEqualTo(database);
    }

    @Test
    void consoleTasksReachHttpsOnly() {
        var egress = egressRulesOf(plan, taskSecurityGroupId(plan, "pulumi-console"));
        assertThat(egress).hasSize(2).allSatisfy(rule -> assertTcp(rule, 443));
        assertThat(egress).filteredOn(r -> r.has("cidrIpv4")).singleElement()
                .satisfies(r -> assertThat(r.string("cidrIpv4")).isEqualTo("0.0.0.0/0"));
    }

    @Test
    void theApiLoadBalancerAdmitsTheConsoleTasksWhateverTheAllowList() {
        Plan restricted = install(b -> b.loadBalancing(LoadBalancingArgs.builder().ingressCidrs("203.0.113.0/24").build()));
        String consoleTasks = taskSecurityGroupId(restricted, "pulumi-console");
        var toApi = restricted.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE).stream()
                .filter(r -> r.has("referencedSecurityGroupId") && r.string("referencedSecurityGroupId").equals(consoleTasks))
                .toList();
        assertThat(toApi).singleElement().satisfies(rule -> {
            assertTcp(rule, 443);
            assertThat(rule.name()).isEqualTo("pulumi-console-to-api-lb");
        });
    }

    @Test
    void emailOpensTheSmtpPortToo() {
        Plan withEmail = install(b -> b.smtp(SmtpArgs.builder().server("smtp.example.com:2587").username("mailer")
                .password("smtp-pw-x").genericSender("pulumi@example.com").build()));

        var egress = egressRulesOf(withEmail, taskSecurityGroupId(withEmail, "pulumi-api"));
        assertThat(egress).hasSize(3);
        assertThat(egress).extracting(r -> r.integer("fromPort")).containsExactlyInAnyOrder(443, 2587, 3306);
        var smtp = only(egress.stream().filter(r -> r.integer("fromPort") == 2587).toList());
        assertTcp(smtp, 2587);
        assertThat(smtp.string("cidrIpv4")).isEqualTo("0.0.0.0/0");
        // The Console does not send mail.
        assertThat(egressRulesOf(withEmail, taskSecurityGroupId(withEmail, "pulumi-console")))
                .noneMatch(r -> r.integer("fromPort") == 2587);
    }

    private static void assertTcp(PlannedResource rule, int port) {
        assertThat(rule.string("ipProtocol")).isEqualTo("tcp");
        assertThat(rule.integer("fromPort")).isEqualTo(port);
        assertThat(rule.integer("toPort")).isEqualTo(port);
    }

    private static PlannedResource only(List<PlannedResource> rules) {
        assertThat(rules).hasSize(1);
        return rules.get(0);
    }
}
