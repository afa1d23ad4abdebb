package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.fargate.ContainerSecretArgs;
import io.selfhosted.pulumi.ecs.fargate.EnvironmentVariableArgs;

/**
 * Short constructors of container environment entries, so the container contracts read as lists
 * of variable names.
 */
final class ContainerVariables {
    private ContainerVariables() {
    }

    static EnvironmentVariableArgs env(String name, Output<String> value) {
        return EnvironmentVariableArgs.builder().name(name).value(value).build();
    }

    static EnvironmentVariableArgs env(String name, String value) {
        return env(name, Output.of(value));
    }

    static EnvironmentVariableArgs flag(String name, Output<Boolean> value) {
        return env(name, value.applyValue(String::valueOf));
    }

    static ContainerSecretArgs secret(String name, Output<String> valueFrom) {
        return ContainerSecretArgs.builder().name(name).valueFrom(valueFrom).build();
    }

    /** An ECS {@code valueFrom} picking one key of a JSON secret. */
    static Output<String> jsonKey(Output<String> secretArn, String key) {
        return secretArn.applyValue(arn -> arn + ":" + key + "::");
    }
}
