package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.deployment.Deployment;

/**
 * Physical names that AWS requires up front (no auto-naming applies): unique per project, stack
 * and component, so that several installs in one account never collide.
 */
public final class PhysicalNames {
    private PhysicalNames() {
    }

    /**
     * {@code <project>-<stack>-<component>-<suffix>}, lowercased, with characters outside
     * {@code [a-z0-9-]} replaced by hyphens, starting with a letter, at most {@code maxLength}.
     */
    public static String of(String componentName, String suffix, int maxLength) {
        var deployment = Deployment.getInstance();
        String raw = deployment.getProjectName() + "-" + deployment.getStackName() + "-" + componentName
                + (suffix.isEmpty() ? "" : "-" + suffix);
        String cleaned = raw.toLowerCase().replaceAll("[^a-z0-9-]", "-").replaceAll("-{2,}", "-");
        if (!Character.isLetter(cleaned.charAt(0))) {
            cleaned = "p-" + cleaned;
        }
        if (cleaned.length() > maxLength) {
            cleaned = cleaned.substring(0, maxLength);
        }
        return cleaned.endsWith("-") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
    }

    /**
     * {@link #of} when it fits in {@code maxLength}; else its first characters, a hyphen and 8 hex
     * digits of a hash of the whole name, so that two long names that share their beginning
     * still differ.
     */
    public static String unique(String componentName, String suffix, int maxLength) {
        String full = of(componentName, suffix, Integer.MAX_VALUE);
        if (full.length() <= maxLength) {
            return full;
        }
        String hash = String.format("%08x", full.hashCode());
        String head = full.substring(0, maxLength - hash.length() - 1);
        return (head.endsWith("-") ? head : head + "-") + hash;
    }
}
