package io.selfhosted.pulumi.ecs.database;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS between the API (and its migrations) and the database: both speak it only when given the CA
 * bundle, so the database may require it only then.
 */
class AuroraTlsTest {
    static final String BUNDLE = "-----BEGIN CERTIFICATE-----\nMIIEBjCCAu6gAwIBAgIJAMc0ZzaSUK51\n-----END CERTIFICATE-----\n";

    @Test
    void withTheCaBundleTheApiAndTheMigrationsVerifyTlsAndTheDatabaseRequiresIt() {
        Plan plan = SampleInstall.plan(b -> b.database(DatabaseArgs.builder()
                .caCertificate(BUNDLE).requireSecureTransport(true).build())).requireSuccess();
        List<Object> parameters = plan.single(RDS_CLUSTER_PARAMETER_GROUP).list("parameters");
        assertThat(parameters).contains(Map.of("name", "require_secure_transport", "value", "ON", "applyMethod", "immediate"));
        PlannedResource task = plan.resource(ECS_TASK_DEFINITION, "pulumi-api");
        assertThat(environment(task, "pulumi-service")).containsEntry("DATABASE_CA_CERTIFICATE", BUNDLE)
                .containsEntry("DATABASE_MIN_TLS_VERSION", "1.2");
        // The migrations connect first: refused without TLS, no API task would ever start.
        PlannedResource migrations = plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations");
        assertThat(environment(migrations, "pulumi-migrations")).containsEntry("DATABASE_CA_CERTIFICATE", BUNDLE)
                .containsEntry("DATABASE_MIN_TLS_VERSION", "1.2");
    }

    @Test
    void requiringTlsWithoutTheBundleIsRefused() {
        Plan plan = SampleInstall.plan(b -> b.database(DatabaseArgs.builder().requireSecureTransport(true).build()));
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.property()).isEqualTo("database.requireSecureTransport");
                    assertThat(p.message()).contains("set database.caCertificate");
                }));
    }

    @Test
    void withoutTheBundleNeitherGetsTlsSettings() {
        Plan plan = SampleInstall.plan(b -> b).requireSuccess();
        assertThat(environment(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service").keySet())
                .noneMatch(name -> name.startsWith("DATABASE_"));
        assertThat(environment(plan.resource(ECS_TASK_DEFINITION, "pulumi-api-migrations"), "pulumi-migrations").keySet())
                .noneMatch(name -> name.startsWith("DATABASE_"));
    }
}
