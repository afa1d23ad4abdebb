package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.fargate.ContainerArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerDependencyArgs;

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

    /** The migrations container, connecting as the database's credentials secret says. */
    static ContainerArgs container(Output<String> image, DatabaseConnectionArgs database) {
        var credentials = database.credentialsSecretArn();
        return ContainerArgs.builder()
                .name(CONTAINER_NAME)
                .image(image)
                .essential(false)
                .environment(
                        env("PULUMI_DATABASE_ENDPOINT", hostAndPort(database)),
                        env("PULUMI_DATABASE_PING_ENDPOINT", database.endpoint()),
                        // The schema the API uses; the migrations must migrate the same one.
                        env("PULUMI_DATABASE_NAME", database.databaseName()),
                        // The API gets explicit credentials, so the migrations need not create a user.
                        env("SKIP_CREATE_DB_USER", "true"))
                .secrets(
                        secret("MYSQL_ROOT_USERNAME", jsonKey(credentials, "username")),
                        secret("MYSQL_ROOT_PASSWORD", jsonKey(credentials, "password")))
                .build();
    }

    /** {@code host:port} of the database, as the service and the migrations take it. */
    static Output<String> hostAndPort(DatabaseConnectionArgs database) {
        return Output.tuple(database.endpoint(), database.port()).applyValue(t -> t.t1 + ":" + t.t2);
    }

    /** Makes the API container wait for the migrations to exit 0. */
    static List<ContainerDependencyArgs> gate() {
        return List.of(ContainerDependencyArgs.builder().containerName(CONTAINER_NAME).condition("SUCCESS").build());
    }
}
