package io.selfhosted.pulumi.ecs.testing.security;

/**
 * One resource breaking one rule.
 *
 * @param ruleId       the rule, e.g. {@code S3-1}
 * @param control      the AWS Foundational Security Best Practices control it maps to, or empty
 * @param resourceType the resource's type token
 * @param resourceName the resource's logical name
 * @param message      what is wrong with this resource
 */
public record Finding(String ruleId, String control, String resourceType, String resourceName, String message) {
    @Override
    public String toString() {
        return "[" + ruleId + (control.isEmpty() ? "" : " / " + control) + "] " + resourceType + " " + resourceName + ": " + message;
    }
}
