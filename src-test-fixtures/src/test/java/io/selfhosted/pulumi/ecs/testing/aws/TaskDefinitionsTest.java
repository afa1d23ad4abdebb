package io.selfhosted.pulumi.ecs.testing.aws;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsPrograms.json;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.container;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.containers;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.containersOrEmpty;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.secrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskDefinitionsTest {
    private static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";

    private static Plan plan;

    private static TaskDefinition taskDefinition(String name, String containerDefinitions) {
        return new TaskDefinition(name, TaskDefinitionArgs.builder().family(name).networkMode("awsvpc")
                .requiresCompatibilities("FARGATE").cpu("256").memory("512").containerDefinitions(containerDefinitions).build());
    }

    @BeforeAll
    static void run() {
        plan = plan(ctx -> {
            taskDefinition("api", json(List.of(
                    Map.of("name", "migrations", "image", "migrations:1", "essential", false,
                            "secrets", List.of(Map.of("name", "DB_PASSWORD", "valueFrom", SECRET_ARN + ":password::"))),
                    Map.of("name", "app", "image", "app:1", "essential", true,
                            "environment", List.of(Map.of("name", "ZONE", "value", "z"), Map.of("name", "APP_PORT", "value", "8080"),
                                    Map.of("name", "MODE", "value", "api")),
                            "secrets", List.of(Map.of("name", "LICENSE_KEY", "valueFrom", SECRET_ARN))),
                    Map.of("name", "bare", "image", "bare:1"))));
            taskDefinition("garbled", "this is not JSON");
            new LogGroup("logs");
        });
    }

    @Test
    void containersAreTheDefinitionsInOrder() {
        var task = plan.resource(ECS_TASK_DEFINITION, "api");

        assertThat(containers(task)).extracting(c -> c.get("name")).containsExactly("migrations", "app", "bare");
        assertThat(containersOrEmpty(task)).isEqualTo(containers(task));
        assertThat(container(task, "app")).containsEntry("image", "app:1").containsEntry("essential", true);
        assertThat(container(task, "migrations")).containsEntry("essential", false);
    }

    @Test
    void environmentAndSecretsAreMapsByVariableName() {
        var task = plan.resource(ECS_TASK_DEFINITION, "api");

        assertThat(environment(task, "app")).containsExactly(
                Map.entry("ZONE", "z"), Map.entry("APP_PORT", "8080"), Map.entry("MODE", "api"));
        assertThat(secrets(task, "app")).containsExactly(Map.entry("LICENSE_KEY", SECRET_ARN));
        assertThat(environment(task, "migrations")).isEmpty();
        assertThat(secrets(task, "migrations")).containsExactly(Map.entry("DB_PASSWORD", SECRET_ARN + ":password::"));
        assertThat(environment(task, "bare")).isEmpty();
        assertThat(secrets(task, "bare")).isEmpty();
    }

    @Test
    void aMissingContainerIsAnErrorNamingTheContainersThatExist() {
        var task = plan.resource(ECS_TASK_DEFINITION, "api");

        assertThatThrownBy(() -> container(task, "sidecar")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("has no container sidecar").hasMessageContaining("[migrations, app, bare]");
        assertThatThrownBy(() -> environment(task, "sidecar")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> secrets(task, "sidecar")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void definitionsThatAreNotKnownFailTheStrictQueryAndAreEmptyForTheLenientOne() {
        var garbled = plan.resource(ECS_TASK_DEFINITION, "garbled");
        var notATask = plan.resource(CLOUDWATCH_LOG_GROUP, "logs");

        assertThatThrownBy(() -> containers(garbled)).isInstanceOf(IllegalStateException.class);
        assertThat(containersOrEmpty(garbled)).isEmpty();
        assertThatThrownBy(() -> containers(notATask)).isInstanceOf(NoSuchElementException.class);
        assertThat(containersOrEmpty(notATask)).isEmpty();
    }
}
