package io.selfhosted.pulumi.ecs.stack;

import java.util.Optional;

/**
 * Where stack config values come from: the Pulumi stack's config in a real run
 * ({@link PulumiConfigSource}), anything else in tests.
 */
public interface ConfigSource {
    /** The raw value of a key of the project's namespace, as the Pulumi CLI passes it. */
    Optional<String> get(String key);

    /** Whether the key was set as a secret ({@code pulumi config set --secret}). */
    boolean isSecret(String key);

    /** The raw value of a key of another namespace, e.g. {@code aws:region}. */
    Optional<String> getQualified(String namespace, String key);
}
