package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.fargate.ContainerDefinition.Dependency;
import io.selfhosted.pulumi.ecs.fargate.ContainerDefinition.LogConfiguration;
import io.selfhosted.pulumi.ecs.fargate.ContainerDefinition.NameValue;
import io.selfhosted.pulumi.ecs.fargate.ContainerDefinition.PortMapping;
import io.selfhosted.pulumi.ecs.fargate.ContainerDefinition.SecretReference;
import io.selfhosted.pulumi.ecs.fargate.ContainerDefinition.Ulimit;
import io.selfhosted.pulumi.ecs.internal.Json;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns typed {@link ContainerArgs} into the task definition's {@code containerDefinitions}
 * JSON, adding the awslogs configuration every container gets.
 */
final class ContainerDefinitions {
    private ContainerDefinitions() {
    }

    static Output<String> json(List<ContainerArgs> containers, Output<String> logGroupName, String region) {
        List<Output<ContainerDefinition>> definitions = containers.stream()
                .map(c -> definition(c, logGroupName, region))
                .toList();
        return Output.all(definitions).applyValue(Json::write);
    }

    /** The secret ARNs the containers reference, for the execution role's policy. */
    static Output<List<String>> secretArns(List<ContainerArgs> containers) {
        List<Output<String>> arns = new java.util.ArrayList<>(containers.stream()
                .flatMap(c -> c.secrets().stream())
                .map(s -> s.valueFrom().applyValue(ExecutionRolePolicy::secretArnOf))
                .toList());
        // ECS reads the registry login with the execution role too.
        containers.forEach(c -> c.repositoryCredentialsSecretArn().ifPresent(arns::add));
        return Output.all(arns).applyValue(list -> list.stream().distinct().sorted().toList());
    }

    private static Output<ContainerDefinition> definition(ContainerArgs c, Output<String> logGroupName, String region) {
        Output<List<NameValue>> environment = Output.all(c.environment().stream()
                        .map(e -> Output.tuple(e.name(), e.value()).applyValue(t -> new NameValue(t.t1, t.t2)))
                        .toList())
                .applyValue(list -> list.stream().sorted(Comparator.comparing(NameValue::name)).toList());
        Output<List<SecretReference>> secrets = Output.all(c.secrets().stream()
                        .map(s -> Output.tuple(s.name(), s.valueFrom()).applyValue(t -> new SecretReference(t.t1, t.t2)))
                        .toList())
                .applyValue(list -> list.stream().sorted(Comparator.comparing(SecretReference::name)).toList());
        Output<List<Dependency>> dependsOn = Output.all(c.dependsOn().stream()
                .map(d -> Output.tuple(d.containerName(), d.condition()).applyValue(t -> new Dependency(t.t1, t.t2)))
                .toList());
        Output<List<Ulimit>> ulimits = Output.all(c.ulimits().stream()
                .map(u -> Output.tuple(u.name(), u.softLimit(), u.hardLimit()).applyValue(t -> new Ulimit(t.t1, t.t2, t.t3)))
                .toList());
        Output<Optional<Integer>> port = c.port()
                .map(p -> p.applyValue(Optional::of))
                .orElse(Output.of(Optional.empty()));
        Output<Optional<String>> credentials = c.repositoryCredentialsSecretArn()
                .map(arn -> arn.applyValue(Optional::of))
                .orElse(Output.of(Optional.empty()));
        return Output.tuple(c.name(), c.image(), c.essential(), c.stopTimeoutSeconds(), logGroupName, port,
                        environment, Output.tuple(secrets, dependsOn, ulimits, credentials))
                .applyValue(t -> new ContainerDefinition(
                        t.t1,
                        t.t2,
                        t.t3,
                        t.t6.map(p -> List.of(PortMapping.tcp(p))).orElse(List.of()),
                        t.t7,
                        t.t8.t1,
                        t.t8.t2,
                        t.t8.t3,
                        LogConfiguration.awslogs(t.t5, region, t.t1),
                        t.t4,
                        t.t8.t4.map(ContainerDefinition.RepositoryCredentials::new).orElse(null)));
    }
}
