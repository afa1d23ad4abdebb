package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.SecurityGroupRule;
import com.pulumi.aws.ec2.SecurityGroupRuleArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.LEGACY_RULE;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertNoFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertSingleFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.database;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.findings;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.ingress;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.loadBalancer;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.securityGroup;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** ELB-1, ELB-2, EC2-1 and EC2-2. */
class NetworkChecksTest {

    private static final String TLS13 = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    private static final String TARGET_GROUP = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef";
    private static final String CERTIFICATE = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d";

    private static ListenerDefaultActionArgs forward() {
        return ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(TARGET_GROUP).build();
    }

    private static ListenerDefaultActionArgs redirectTo(String protocol) {
        return ListenerDefaultActionArgs.builder().type("redirect").redirect(ListenerDefaultActionRedirectArgs.builder()
                .protocol(protocol).port("443").statusCode("HTTP_301").build()).build();
    }

    private static void listener(String name, LoadBalancer balancer, Consumer<ListenerArgs.Builder> settings) {
        var args = ListenerArgs.builder().loadBalancerArn(balancer.arn());
        settings.accept(args);
        new Listener(name, args.build());
    }

    private static void httpsListener(String name, LoadBalancer balancer, String protocol, String sslPolicy) {
        listener(name, balancer, b -> b.port(443).protocol(protocol).sslPolicy(sslPolicy).certificateArn(CERTIFICATE)
                .defaultActions(forward()));
    }

    private static Plan listeners(Consumer<LoadBalancer> offender) {
        return plan(ctx -> {
            var balancer = loadBalancer("alb", securityGroup("alb"));
            httpsListener("https", balancer, "HTTPS", TLS13);
            listener("http-redirect", balancer, b -> b.port(80).protocol("HTTP").defaultActions(redirectTo("HTTPS")));
            offender.accept(balancer);
        });
    }

    @Test
    void elb1_tls13HttpsAndTlsListenersAndAnHttpsRedirectPass() {
        var plan = listeners(balancer -> httpsListener("tls", balancer, "TLS", "ELBSecurityPolicy-TLS13-1-3-2021-06"));

        assertNoFinding(plan, "ELB-1");
        assertNoFinding(plan, "ELB-2");
    }

    @Test
    void elb1_plainHttpForwarding() {
        var plan = listeners(balancer -> listener("http", balancer, b -> b.port(80).protocol("HTTP").defaultActions(forward())));

        var finding = assertSingleFinding(plan, "ELB-1", "ELB.17", LB_LISTENER, "http");
        assertThat(finding.message()).contains("TLS13");
    }

    @Test
    void elb1_aRedirectThatStaysOnHttp() {
        var plan = listeners(balancer -> listener("http-loop", balancer,
                b -> b.port(80).protocol("HTTP").defaultActions(redirectTo("HTTP"))));

        assertSingleFinding(plan, "ELB-1", "ELB.17", LB_LISTENER, "http-loop");
    }

    @Test
    void elb1_tlsListenerWithAnOldSecurityPolicy() {
        var plan = listeners(balancer -> httpsListener("tls-old", balancer, "TLS", "ELBSecurityPolicy-2016-08"));

        assertSingleFinding(plan, "ELB-1", "ELB.17", LB_LISTENER, "tls-old");
    }

    @Test
    void elb1_httpsListenerWithoutSecurityPolicy() {
        var plan = listeners(balancer -> listener("https-default", balancer,
                b -> b.port(8443).protocol("HTTPS").certificateArn(CERTIFICATE).defaultActions(forward())));

        assertSingleFinding(plan, "ELB-1", "ELB.17", LB_LISTENER, "https-default");
    }

    @Test
    void elb2_aLoadBalancerWithoutDeletionProtection() {
        var plan = plan(ctx -> {
            loadBalancer("protected", securityGroup("protected"));
            new LoadBalancer("unprotected", LoadBalancerArgs.builder().loadBalancerType("application")
                    .subnets("subnet-0a", "subnet-0b").build());
        });

        assertSingleFinding(plan, "ELB-2", "ELB.6", LB_LOAD_BALANCER, "unprotected");
    }

    @Test
    void ec2_internetToTheListenerPortsOfALoadBalancerAndGroupReferencesToADatabasePass() {
        var plan = plan(ctx -> {
            var albGroup = securityGroup("alb");
            loadBalancer("alb", albGroup);
            ingress("alb-https", albGroup, 443, b -> b.cidrIpv4("0.0.0.0/0"));
            ingress("alb-http", albGroup, 80, b -> b.cidrIpv6("::/0"));
            var tasks = securityGroup("tasks");
            service("api", tasks, b -> { });
            ingress("tasks-from-alb", tasks, 8080, b -> b.referencedSecurityGroupId(albGroup.id()));
            ingress("tasks-from-vpc", tasks, 8080, b -> b.cidrIpv4("10.0.0.0/16"));
            var dbGroup = securityGroup("db");
            database("db", b -> b.vpcSecurityGroupIds(dbGroup.id().applyValue(List::of)));
            ingress("db-from-tasks", dbGroup, 3306, b -> b.referencedSecurityGroupId(tasks.id()));
        });

        assertNoFinding(plan, "EC2-1");
        assertNoFinding(plan, "EC2-2");
    }

    @Test
    void ec2_1_sshFromAnywhereToALoadBalancer() {
        var plan = plan(ctx -> {
            var albGroup = securityGroup("alb");
            loadBalancer("alb", albGroup);
            ingress("alb-https", albGroup, 443, b -> b.cidrIpv4("0.0.0.0/0"));
            ingress("alb-ssh", albGroup, 22, b -> b.cidrIpv4("0.0.0.0/0"));
        });

        var finding = assertSingleFinding(plan, "EC2-1", "EC2.18", VPC_SECURITY_GROUP_INGRESS_RULE, "alb-ssh");
        assertThat(finding.message()).contains("22-22");
        assertNoFinding(plan, "EC2-2");
    }

    @Test
    void ec2_1_aPortRangeAroundTheListenerPortsOfALoadBalancer() {
        var plan = plan(ctx -> {
            var albGroup = securityGroup("alb");
            loadBalancer("alb", albGroup);
            ingress("alb-range", albGroup, 80, b -> b.toPort(443).cidrIpv4("0.0.0.0/0"));
        });

        assertSingleFinding(plan, "EC2-1", "EC2.18", VPC_SECURITY_GROUP_INGRESS_RULE, "alb-range");
    }

    @Test
    void ec2_1_allTrafficFromAnywhereToALoadBalancerWhateverPortTheRuleNames() {
        var plan = plan(ctx -> {
            var albGroup = securityGroup("alb");
            loadBalancer("alb", albGroup);
            ingress("alb-everything", albGroup, 443, b -> b.ipProtocol("-1").cidrIpv4("0.0.0.0/0"));
        });

        var finding = assertSingleFinding(plan, "EC2-1", "EC2.18", VPC_SECURITY_GROUP_INGRESS_RULE, "alb-everything");
        assertThat(finding.message()).contains("0-65535");
    }

    @Test
    void ec2_1_and_2_httpsFromAnywhereStraightToTasks() {
        var plan = plan(ctx -> {
            var tasks = securityGroup("tasks");
            service("api", tasks, b -> b.desiredCount(2));
            ingress("tasks-from-anywhere", tasks, 443, b -> b.cidrIpv4("0.0.0.0/0"));
        });

        assertSingleFinding(plan, "EC2-1", "EC2.18", VPC_SECURITY_GROUP_INGRESS_RULE, "tasks-from-anywhere");
        var finding = assertSingleFinding(plan, "EC2-2", "EC2.19", VPC_SECURITY_GROUP_INGRESS_RULE, "tasks-from-anywhere");
        assertThat(finding.message()).contains("tasks or a database");
    }

    @Test
    void ec2_2_ipv6FromAnywhereToADatabase() {
        var plan = plan(ctx -> {
            var dbGroup = securityGroup("db");
            database("db", b -> b.vpcSecurityGroupIds(dbGroup.id().applyValue(List::of)));
            ingress("db-from-anywhere", dbGroup, 3306, b -> b.cidrIpv6("::/0"));
        });

        assertSingleFinding(plan, "EC2-2", "EC2.19", VPC_SECURITY_GROUP_INGRESS_RULE, "db-from-anywhere");
        assertSingleFinding(plan, "EC2-1", "EC2.18", VPC_SECURITY_GROUP_INGRESS_RULE, "db-from-anywhere");
    }

    @Test
    void ec2_inlineAndLegacyRulesAreCheckedToo() {
        var plan = plan(ctx -> {
            var inline = new SecurityGroup("inline", SecurityGroupArgs.builder().vpcId("vpc-0123456789abcdef0")
                    .ingress(SecurityGroupIngressArgs.builder().protocol("tcp").fromPort(5432).toPort(5432)
                            .cidrBlocks("0.0.0.0/0").build()).build());
            database("db", b -> b.vpcSecurityGroupIds(inline.id().applyValue(List::of)));
            var legacy = securityGroup("legacy");
            new SecurityGroupRule("legacy-ssh", SecurityGroupRuleArgs.builder().type("ingress").protocol("tcp")
                    .fromPort(22).toPort(22).cidrBlocks("0.0.0.0/0").securityGroupId(legacy.id()).build());
            new SecurityGroupRule("legacy-egress", SecurityGroupRuleArgs.builder().type("egress").protocol("-1")
                    .fromPort(0).toPort(0).cidrBlocks("0.0.0.0/0").securityGroupId(legacy.id()).build());
        });

        assertThat(findings(plan, "EC2-1")).extracting(Finding::resourceType, Finding::resourceName)
                .containsExactlyInAnyOrder(tuple(EC2_SECURITY_GROUP, "inline"),
                        tuple(LEGACY_RULE, "legacy-ssh"));
        assertSingleFinding(plan, "EC2-2", "EC2.19", EC2_SECURITY_GROUP, "inline");
    }

    @Test
    void ec2_ipv6FromAnywhereInLegacyAndInlineRules() {
        var plan = plan(ctx -> {
            var inline = new SecurityGroup("inline-v6", SecurityGroupArgs.builder().vpcId("vpc-0123456789abcdef0")
                    .ingress(SecurityGroupIngressArgs.builder().protocol("tcp").fromPort(22).toPort(22)
                            .ipv6CidrBlocks("::/0").build()).build());
            new SecurityGroupRule("legacy-v6", SecurityGroupRuleArgs.builder().type("ingress").protocol("tcp")
                    .fromPort(22).toPort(22).ipv6CidrBlocks("::/0").securityGroupId(inline.id()).build());
        });

        assertThat(findings(plan, "EC2-1")).extracting(Finding::resourceName)
                .containsExactlyInAnyOrder("inline-v6", "legacy-v6");
    }
}
