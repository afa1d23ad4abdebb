package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.WebAclAssociation;
import com.pulumi.aws.wafv2.WebAclAssociationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionBlockArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementRateBasedStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleVisibilityConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import org.junit.jupiter.api.Test;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.WAFV2_WEB_ACL;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertNoFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertSingleFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;

/** WAF-1 and WAF-2. */
class WafChecksTest {
    private static final String ALB = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/pulumi/0123456789abcdef";

    private static WebAcl acl(String name, boolean withRule) {
        var args = WebAclArgs.builder().scope("REGIONAL")
                .defaultAction(WebAclDefaultActionArgs.builder().allow(WebAclDefaultActionAllowArgs.builder().build()).build())
                .visibilityConfig(WebAclVisibilityConfigArgs.builder().cloudwatchMetricsEnabled(true).metricName(name)
                        .sampledRequestsEnabled(true).build());
        if (withRule) {
            args.rules(WebAclRuleArgs.builder().name("rate").priority(1)
                    .action(WebAclRuleActionArgs.builder().block(WebAclRuleActionBlockArgs.builder().build()).build())
                    .statement(WebAclRuleStatementArgs.builder().rateBasedStatement(WebAclRuleStatementRateBasedStatementArgs.builder()
                            .limit(2000).aggregateKeyType("IP").build()).build())
                    .visibilityConfig(WebAclRuleVisibilityConfigArgs.builder().cloudwatchMetricsEnabled(true).metricName("rate")
                            .sampledRequestsEnabled(true).build())
                    .build());
        }
        return new WebAcl(name, args.build());
    }

    @Test
    void waf1_aWebAclWithoutRules() {
        var plan = plan(ctx -> {
            var ruled = acl("ruled", true);
            var empty = acl("empty", false);
            new WebAclAssociation("ruled", WebAclAssociationArgs.builder().resourceArn(ALB).webAclArn(ruled.arn()).build());
            new WebAclAssociation("empty", WebAclAssociationArgs.builder().resourceArn(ALB).webAclArn(empty.arn()).build());
        });

        assertSingleFinding(plan, "WAF-1", "WAF.10", WAFV2_WEB_ACL, "empty");
        assertNoFinding(plan, "WAF-2");
    }

    @Test
    void waf2_aWebAclThatProtectsNothing() {
        var plan = plan(ctx -> {
            var used = acl("used", true);
            acl("unused", true);
            new WebAclAssociation("used", WebAclAssociationArgs.builder().resourceArn(ALB).webAclArn(used.arn()).build());
        });

        assertSingleFinding(plan, "WAF-2", "", WAFV2_WEB_ACL, "unused");
    }
}
