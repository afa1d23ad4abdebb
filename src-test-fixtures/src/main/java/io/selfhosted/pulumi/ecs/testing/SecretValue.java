package io.selfhosted.pulumi.ecs.testing;

import javax.annotation.Nullable;

/**
 * An input value the program marked as secret (for example {@code Output.ofSecret(...)} or a secret
 * config value), as it was sent to the engine.
 *
 * <p>Plan queries such as {@link PlannedResource#string(String)} unwrap it transparently;
 * {@link PlannedResource#isSecret(String)} tells whether a path crossed one.
 *
 * @param value the plain value inside the secret, converted like any other input value; may be
 *              {@code null} or {@link UnknownValue#INSTANCE}
 */
public record SecretValue(@Nullable Object value) {

    /**
     * Renders as {@code [secret]} so that assertion messages and logs never print the plaintext.
     *
     * @return {@code "[secret]"}
     */
    @Override
    public String toString() {
        return "[secret]";
    }
}
