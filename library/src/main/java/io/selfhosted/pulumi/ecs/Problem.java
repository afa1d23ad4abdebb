package io.selfhosted.pulumi.ecs;

import java.util.Objects;

/**
 * One invalid input found by validation.
 *
 * @param property the property path, e.g. {@code api.taskCpu} or {@code network.privateSubnetIds[1]}
 * @param message  what is wrong (quoting the bad value unless it is a secret) and how to fix it
 */
public record Problem(String property, String message) {
    public Problem {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return property + ": " + message;
    }
}
