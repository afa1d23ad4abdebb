package io.selfhosted.pulumi.ecs.testing.security;

import java.util.Objects;

/**
 * A deliberate exception to a security check for one resource, with the reason written next to
 * it (as cdk-nag asks): a suppression without a reason is refused.
 *
 * @param checkId      the check, e.g. {@code EC2-1}
 * @param resourceName the logical name of the resource it applies to
 * @param reason       why failing the check is right here
 */
public record Suppression(String checkId, String resourceName, String reason) {
    public Suppression {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(resourceName, "resourceName");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suppression of " + checkId + " for " + resourceName + " needs a reason");
        }
    }

    boolean covers(Finding finding) {
        return finding.checkId().equals(checkId) && finding.resourceName().equals(resourceName);
    }
}
