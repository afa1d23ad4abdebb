package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.List;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.WAFV2_WEB_ACL;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.WAFV2_WEB_ACL_ASSOCIATION;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.check;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.string;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.value;

/** Checks for AWS WAF web ACLs. */
final class WafChecks {
    static final List<SecurityCheck> ALL = List.of(
            check("WAF-1", "WAF.10", "web ACLs have at least one rule",
                    WAFV2_WEB_ACL, r -> value(r, "rules").filter(v -> v instanceof List<?> l && !l.isEmpty()).isPresent(),
                    "has no rule, so it inspects nothing"),
            new SecurityCheck("WAF-2", "", "every web ACL protects a resource (is associated with one)", WafChecks::unassociated));

    private WafChecks() {
    }

    private static List<Finding> unassociated(Plan plan) {
        var associated = plan.resourcesOfType(WAFV2_WEB_ACL_ASSOCIATION).stream()
                .map(a -> string(a, "webAclArn").orElse("")).toList();
        return plan.resourcesOfType(WAFV2_WEB_ACL).stream()
                .filter(acl -> associated.stream().noneMatch(arn -> arn.equals(arnOf(acl))))
                .map(acl -> new Finding("WAF-2", "", acl.type(), acl.name(), "is associated with no resource, so it protects nothing"))
                .toList();
    }

    /** The ARN the fake cloud gave the web ACL: the one of its made-up values that is an ARN. */
    private static String arnOf(PlannedResource acl) {
        return acl.simulatedValues().stream().filter(v -> v.startsWith("arn:")).findFirst().orElse("");
    }
}
