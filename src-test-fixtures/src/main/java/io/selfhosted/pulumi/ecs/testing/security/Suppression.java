package io.selfhosted.pulumi.ecs.testing.security;

import java.util.Objects;

/**
 * A deliberate exception to a rule for one resource, with the reason written next to it (as
 * cdk-nag asks): a suppression without a reason is refused.
 *
 * @param ruleId       the rule, e.g. {@code EC2-1}
 * @param resourceName the logical name of the resource it applies to
 * @param reason       why breaking the rule is right here
 */
public record Suppression(String ruleId, String resourceName, String reason) {
    public Suppression {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(resourceName, "resourceName");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suppression of " + ruleId + " for " + resourceName + " needs a reason");
        }
    }

    boolean covers(Finding finding) {
        return finding.ruleId().equals(ruleId) && finding.resourceName().equals(resourceName);
    }
}
