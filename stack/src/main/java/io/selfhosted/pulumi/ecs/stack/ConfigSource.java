package io.selfhosted.pulumi.ecs.stack;

import java.util.Optional;
import java.util.Set;

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

    /** Whether a key of another namespace was set as a secret. */
    default boolean isSecretQualified(String namespace, String key) {
        return false;
    }

    /** The project's namespace ({@code <project>:key}), or empty when the source cannot tell. */
    default String namespace() {
        return "";
    }

    /**
     * Every key the stack's config holds, as {@code namespace:key}; empty when the source cannot
     * tell (then no key is reported as unknown).
     */
    default Set<String> keys() {
        return Set.of();
    }
}
