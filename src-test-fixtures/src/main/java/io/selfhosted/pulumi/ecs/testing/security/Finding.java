package io.selfhosted.pulumi.ecs.testing.security;

/**
 * One resource failing one security check.
 *
 * @param checkId      the check, e.g. {@code S3-1}
 * @param control      the AWS Foundational Security Best Practices control it maps to, or empty
 * @param resourceType the resource's type token
 * @param resourceName the resource's logical name
 * @param message      what is wrong with this resource
 */
public record Finding(String checkId, String control, String resourceType, String resourceName, String message) {
    @Override
    public String toString() {
        return "[" + checkId + (control.isEmpty() ? "" : " / " + control) + "] " + resourceType + " " + resourceName + ": " + message;
    }
}
