package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;

import java.util.List;

import static io.selfhosted.pulumi.ecs.service.ContainerVariables.env;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.jsonKey;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.secret;

/**
 * The database migrations as an init container of the API task: it runs the
 * {@code pulumi/migrations} image to completion before the API container of the same task
 * starts, and the API container depends on its {@code SUCCESS}. A failed migration therefore
 * stops the task before any API serves an old schema, and the deployment circuit breaker rolls
 * the service back. No SDK call runs during {@code pulumi up} and nothing races: every task
 * migrates (quickly when there is nothing to do) before it serves.
 */
final class MigrationsGate {
    /** The init container's name. */
    static final String CONTAINER_NAME = "pulumi-migrations";

    private MigrationsGate() {
    }

    /**
     * @param credentialsSecretArn the JSON secret with {@code username} and {@code password}
     */
    static ContainerArgs container(Output<String> image, Output<String> databaseEndpoint, Output<Integer> databasePort,
                                   Output<String> databaseName, Output<String> credentialsSecretArn) {
        return ContainerArgs.builder()
                .name(CONTAINER_NAME)
                .image(image)
                .essential(false)
                .environment(
                        env("PULUMI_DATABASE_ENDPOINT", Output.tuple(databaseEndpoint, databasePort).applyValue(t -> t.t1 + ":" + t.t2)),
                        env("PULUMI_DATABASE_PING_ENDPOINT", databaseEndpoint),
                        // The schema the API uses; the migrations must migrate the same one.
                        env("PULUMI_DATABASE_NAME", databaseName),
                        // The API gets explicit credentials, so the migrations need not create a user.
                        env("SKIP_CREATE_DB_USER", "true"))
                .secrets(
                        secret("MYSQL_ROOT_USERNAME", jsonKey(credentialsSecretArn, "username")),
                        secret("MYSQL_ROOT_PASSWORD", jsonKey(credentialsSecretArn, "password")))
                .build();
    }

    /** Makes the API container wait for the migrations to exit 0. */
    static List<ContainerDependencyArgs> gate() {
        return List.of(ContainerDependencyArgs.builder().containerName(CONTAINER_NAME).condition("SUCCESS").build());
    }
}
