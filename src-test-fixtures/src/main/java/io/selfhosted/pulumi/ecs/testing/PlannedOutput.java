package io.selfhosted.pulumi.ecs.testing;

import javax.annotation.Nullable;

/**
 * A stack output the program exported with {@code ctx.export(...)}.
 *
 * @param name   the output name
 * @param value  the value converted like resource inputs ({@code String}, {@code Double},
 *               {@code Boolean}, {@code List}, {@code Map}); {@code null} when unknown
 * @param secret whether the output is secret
 * @param known  whether the value was known when the program finished
 */
public record PlannedOutput(String name, @Nullable Object value, boolean secret, boolean known) {

    /**
     * Renders without revealing secrets.
     *
     * @return {@code name=value}, with {@code [secret]} or {@code [unknown]} in place of the value
     */
    @Override
    public String toString() {
        return name + "=" + (secret ? "[secret]" : known ? String.valueOf(value) : "[unknown]");
    }
}
