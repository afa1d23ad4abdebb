package io.selfhosted.pulumi.ecs.loadbalancing;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.security.SecurityChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_METRIC_ALARM;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.WAFV2_WEB_ACL;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.WAFV2_WEB_ACL_ASSOCIATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_TARGET_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.ingressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.taskSecurityGroupId;
import static org.assertj.core.api.Assertions.assertThat;

/** The front door of {@code type} application: one ALB for both names, HTTPS only, HTTP redirected. */
class ApplicationLoadBalancerTest {
    private static final List<String> CIDRS = List.of("10.0.0.0/8", "198.51.100.0/24");
    private static Plan plan;

    @BeforeAll
    static void run() {
        plan = SampleInstall.runner(SampleInstall.REGION).run(ctx -> {
            var install = new PulumiSelfHostedEcs("pulumi", SampleInstall.args()
                    .loadBalancing(LoadBalancingArgs.builder().type("application").ingressCidrs(CIDRS).build())
                    .build(), null);
            install.outputs().forEach(ctx::export);
        }).requireSuccess();
    }

    private static PlannedResource listener(int port) {
        return plan.resourcesOfType(LB_LISTENER).stream().filter(l -> l.integer("port") == port).findFirst().orElseThrow();
    }

    @Test
    void oneHardenedApplicationLoadBalancerServesBothNames() {
        var loadBalancer = plan.single(LB_LOAD_BALANCER);
        assertThat(loadBalancer.string("loadBalancerType")).isEqualTo("application");
        assertThat(loadBalancer.bool("dropInvalidHeaderFields")).isTrue();
        assertThat(loadBalancer.string("desyncMitigationMode")).isEqualTo("defensive");
        assertThat(loadBalancer.integer("idleTimeout")).isEqualTo(LoadBalancingDefaults.APPLICATION_IDLE_TIMEOUT_SECONDS);
        assertThat(loadBalancer.bool("enableDeletionProtection")).isTrue();
        assertThat(plan.resourcesOfType(ROUTE53_RECORD)).hasSize(2)
                .extracting(r -> r.string("aliases[0].name")).containsOnly((String) plan.output("apiLoadBalancerDnsName").value());
        assertThat(plan.output("consoleLoadBalancerDnsName").value()).isEqualTo(plan.output("apiLoadBalancerDnsName").value());
        SecurityChecks.run(plan).assertPassed();
    }

    @Test
    void httpsForwardsByHostNameAndHttpOnlyRedirects() {
        var https = listener(443);
        assertThat(https.string("protocol")).isEqualTo("HTTPS");
        assertThat(https.string("sslPolicy")).isEqualTo(LoadBalancingDefaults.SSL_POLICY);
        assertThat(https.string("defaultActions[0].type")).as("an unknown name gets nothing").isEqualTo("fixed-response");
        assertThat(https.string("defaultActions[0].fixedResponse.statusCode")).isEqualTo("404");
        var http = listener(80);
        assertThat(http.string("protocol")).isEqualTo("HTTP");
        assertThat(http.list("defaultActions")).hasSize(1);
        assertThat(http.string("defaultActions[0].type")).isEqualTo("redirect");
        assertThat(http.string("defaultActions[0].redirect.protocol")).isEqualTo("HTTPS");
        assertThat(http.string("defaultActions[0].redirect.port")).isEqualTo("443");
        assertThat(plan.resourcesOfType(LB_LISTENER_RULE)).extracting(r -> r.string("conditions[0].hostHeader.values[0]"))
                .containsExactlyInAnyOrder("api.pulumi.example.com", "app.pulumi.example.com");
        assertThat(plan.resourcesOfType(LB_LISTENER_RULE)).extracting(r -> r.integer("priority")).doesNotHaveDuplicates();
        assertThat(plan.resourcesOfType(LB_TARGET_GROUP)).extracting(t -> t.string("protocol")).containsOnly("HTTP");
    }

    @Test
    void theAllowListHoldsForBothPortsAndTheTasksAdmitOnlyTheLoadBalancer() {
        String group = plan.single(LB_LOAD_BALANCER).string("securityGroups[0]");
        assertThat(ingressRulesOf(plan, group)).filteredOn(r -> r.has("cidrIpv4"))
                .extracting(r -> r.integer("fromPort") + " " + r.string("cidrIpv4"))
                .containsExactlyInAnyOrder("443 10.0.0.0/8", "443 198.51.100.0/24", "80 10.0.0.0/8", "80 198.51.100.0/24");
        for (String service : List.of("pulumi-api", "pulumi-console")) {
            assertThat(ingressRulesOf(plan, taskSecurityGroupId(plan, service)))
                    .extracting(r -> r.string("referencedSecurityGroupId")).contains(group);
        }
    }

    @Test
    void unhealthyTargetAlarmsWatchTheApplicationLoadBalancer() {
        assertThat(plan.resourcesOfType(CLOUDWATCH_METRIC_ALARM)).filteredOn(a -> a.string("metricName").equals("UnHealthyHostCount"))
                .hasSize(2).extracting(a -> a.string("namespace")).containsOnly("AWS/ApplicationELB");
        assertThat(plan.resourcesOfType(CLOUDWATCH_METRIC_ALARM)).filteredOn(a -> a.string("metricName").equals("UnHealthyHostCount"))
                .extracting(a -> a.string("dimensions.LoadBalancer")).allSatisfy(d -> assertThat(d).startsWith("app/"));
    }

    private static Plan withWaf(LoadBalancingArgs.Builder loadBalancing) {
        return SampleInstall.runner(SampleInstall.REGION).run(ctx -> new PulumiSelfHostedEcs("pulumi", SampleInstall.args()
                .loadBalancing(loadBalancing.build()).logRetentionDays(90).build(), null));
    }

    @Test
    void aCreatedWebAclHasManagedRulesARateLimitAndLogsAndGuardsTheLoadBalancer() {
        var waf = withWaf(LoadBalancingArgs.builder().type("application").waf(true).wafRateLimit(500).wafLogging(true)).requireSuccess();

        var acl = waf.single(WAFV2_WEB_ACL);
        assertThat(acl.string("scope")).isEqualTo("REGIONAL");
        assertThat(acl.has("defaultAction.allow")).isTrue();
        assertThat(acl.string("rules[0].statement.managedRuleGroupStatement.name")).isEqualTo("AWSManagedRulesCommonRuleSet");
        assertThat(acl.list("rules[0].statement.managedRuleGroupStatement.ruleActionOverrides"))
                .as("request bodies are state, environments and policy packs").hasSize(5)
                .allSatisfy(o -> assertThat(((java.util.Map<?, ?>) o).get("name").toString()).endsWith("_BODY"));
        assertThat(acl.has("rules[0].statement.managedRuleGroupStatement.ruleActionOverrides[0].actionToUse.count")).isTrue();
        assertThat(acl.string("rules[1].statement.managedRuleGroupStatement.name")).isEqualTo("AWSManagedRulesKnownBadInputsRuleSet");
        assertThat(acl.integer("rules[2].statement.rateBasedStatement.limit")).isEqualTo(500);
        assertThat(acl.has("rules[2].action.block")).isTrue();
        var association = waf.single(WAFV2_WEB_ACL_ASSOCIATION);
        assertThat(acl.simulatedValues()).contains(association.string("webAclArn"));
        assertThat(association.deleteBeforeReplace()).as("deleting an old association disassociates the new one").isTrue();
        var logging = waf.single(WAFV2_WEB_ACL_LOGGING_CONFIGURATION);
        assertThat(List.of(logging.string("redactedFields[0].singleHeader.name"), logging.string("redactedFields[1].singleHeader.name")))
                .as("access tokens and sessions never reach the logs").containsExactlyInAnyOrder("authorization", "cookie");
        assertThat(logging.list("redactedFields")).hasSize(2);
        assertThat(waf.single(LB_LOAD_BALANCER).simulatedValues()).contains(association.string("resourceArn"));
        var logs = waf.resource(CLOUDWATCH_LOG_GROUP, "pulumi-lb-waf");
        assertThat(logs.string("name")).startsWith("aws-waf-logs-");
        assertThat(logs.integer("retentionInDays")).isEqualTo(90);
        assertThat(waf.single(WAFV2_WEB_ACL_LOGGING_CONFIGURATION).string("logDestinationConfigs[0]")).isIn(logs.simulatedValues());
        SecurityChecks.run(waf).assertPassed();
    }

    @Test
    void aGivenWebAclIsAssociatedAndNoneIsCreated() {
        String given = "arn:aws:wafv2:us-east-1:" + SampleInstall.ACCOUNT + ":regional/webacl/corp/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8";
        var waf = withWaf(LoadBalancingArgs.builder().type("application").webAclArn(given)).requireSuccess();

        assertThat(waf.resourcesOfType(WAFV2_WEB_ACL)).isEmpty();
        assertThat(waf.single(WAFV2_WEB_ACL_ASSOCIATION).string("webAclArn")).isEqualTo(given);
    }

    @Test
    void wafChoicesThatCannotWorkAreReportedTogether() {
        var network = withWaf(LoadBalancingArgs.builder().waf(true).wafLogging(true)
                .webAclArn("arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/1").wafRateLimit(5));

        assertThat(network.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        assertThat(((InvalidArgumentsException) network.exceptions().get(0)).problems()).extracting(p -> p.property())
                .containsExactly("loadBalancing.waf", "loadBalancing.webAclArn", "loadBalancing.webAclArn",
                        "loadBalancing.wafRateLimit", "loadBalancing.webAclArn");
        assertThat(network.resources()).isEmpty();
    }

    @Test
    void anUnknownTypeIsRefusedWithTheChoices() {
        var bad = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", SampleInstall.args()
                .loadBalancing(LoadBalancingArgs.builder().type("alb").build()).build(), null));

        assertThat(bad.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        assertThat(((InvalidArgumentsException) bad.exceptions().get(0)).problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("loadBalancing.type");
            assertThat(p.message()).contains("network").contains("application");
        });
        assertThat(bad.resources()).isEmpty();
    }
}
