package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.aws.AwsTypes;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleConfigSmokeTest {

    // Runs the stack under the Pulumi mock engine with a fake AWS: no cloud, no Pulumi CLI.
    Plan plan(String... config) {
        PlanRunner runner = PlanRunner.create()
                .projectDir(Path.of("."))                      // Pulumi.yaml: project name
                .configFile(Path.of("Pulumi.sample.yaml"));    // your stack config
        for (int i = 0; i < config.length; i += 2) {
            runner.config(config[i], config[i + 1]);           // override single keys
        }
        return runner.run(App::stack);
    }

    @Test
    void apiRunsTwoLargeTasksBehindTls() {
        Plan plan = plan().requireSuccess();

        PlannedResource taskDefinition = plan.resource(AwsTypes.ECS_TASK_DEFINITION, "pulumi-api");
        assertThat(taskDefinition.string("cpu")).isEqualTo("2048");
        assertThat(taskDefinition.string("containerDefinitions[0].image")).startsWith("pulumi/service:");

        assertThat(plan.resourcesOfType(AwsTypes.LB_LISTENER))
                .allSatisfy(l -> assertThat(l.string("sslPolicy")).startsWith("ELBSecurityPolicy-TLS13-"));
        assertThat(plan.output("apiUrl").value()).isEqualTo("https://api.pulumi.example.com");
    }

    @Test
    void licenseKeyNeverLeavesSecretsManager() {
        Plan plan = plan().requireSuccess();

        PlannedResource version = plan.resource(AwsTypes.SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-license-key");
        assertThat(version.isSecret("secretString")).isTrue();
        assertThat(plan.resources()).allSatisfy(r -> assertThat(r.plainStrings()).noneMatch(s -> s.contains("license-key-ciphertext")));
    }

    @Test
    void badConfigIsRejectedBeforeAnythingIsCreated() {
        Plan plan = plan("apiTaskCpu", "3000");

        assertThat(plan.succeeded()).isFalse();
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.problems()).anyMatch(p -> p.contains("apiTaskCpu: 3000 is not a Fargate CPU size"));
    }
}
