package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.fargate.ContainerArgs;
import io.selfhosted.pulumi.ecs.fargate.EnvironmentVariableArgs;

import java.util.ArrayList;
import java.util.List;

import static io.selfhosted.pulumi.ecs.service.ContainerVariables.env;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.jsonKey;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.secret;

/**
 * The database migrations: the {@code pulumi/migrations} image at the install's tag, run as one
 * one-shot task per image tag before the API is updated, never as a container of each API task.
 * Its migrator (Pulumi's fork of golang-migrate) holds a MySQL lock with a 10 s wait, so
 * migrators started together fail; and an older image's migrator cannot start against a newer
 * schema, so a task that migrated first could never be rolled back to, scaled out or replaced.
 */
final class Migrations {
    /** The migrations container's name. */
    static final String CONTAINER_NAME = "pulumi-migrations";

    private Migrations() {
    }

    /** The migrations container, connecting as the database's credentials secret says. */
    static ContainerArgs container(ContainerImagesArgs images, java.util.Optional<Output<String>> registryCredentials,
                                   DatabaseConnectionArgs database) {
        Output<String> image = ContainerImages.of(images, "migrations");
        var credentials = database.credentialsSecretArn();
        List<EnvironmentVariableArgs> environment = new ArrayList<>(List.of(
                env("PULUMI_DATABASE_ENDPOINT", hostAndPort(database)),
                env("PULUMI_DATABASE_PING_ENDPOINT", database.endpoint()),
                // The schema the API uses; the migrations must migrate the same one.
                env("PULUMI_DATABASE_NAME", database.databaseName()),
                // The API gets explicit credentials, so the migrations need not create a user.
                env("SKIP_CREATE_DB_USER", "true")));
        environment.addAll(tls(database));
        return ContainerImages.pulledFrom(ContainerArgs.builder(), images, registryCredentials)
                .name(CONTAINER_NAME)
                .image(image)
                .environment(environment)
                .secrets(
                        secret("MYSQL_ROOT_USERNAME", jsonKey(credentials, "username")),
                        secret("MYSQL_ROOT_PASSWORD", jsonKey(credentials, "password")))
                .build();
    }

    /**
     * The variables that make the service's images speak verified TLS to MySQL, when the
     * database's CA bundle is known: the API and the migrations get the same, so a database that
     * requires TLS admits both.
     */
    static List<EnvironmentVariableArgs> tls(DatabaseConnectionArgs database) {
        return database.caCertificate()
                .map(pem -> List.of(env("DATABASE_CA_CERTIFICATE", pem), env("DATABASE_MIN_TLS_VERSION", "1.2")))
                .orElse(List.of());
    }

    /** {@code host:port} of the database, as the service and the migrations take it. */
    static Output<String> hostAndPort(DatabaseConnectionArgs database) {
        return Output.tuple(database.endpoint(), database.port()).applyValue(t -> t.t1 + ":" + t.t2);
    }
}
