package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code pulumi new} template ({@code templates/selfhosted-ecs-java}): it asks for every key
 * the stack cannot run without, marks the secret ones secret, asks for no key the stack does not
 * know, runs this stack's program from the artifact of this build's version, and the answers
 * alone deploy the whole service.
 */
class TemplateTest {
    static final Path TEMPLATE = Path.of("../templates/selfhosted-ecs-java");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> prompts() throws IOException {
        Map<String, Object> project = new Yaml().load(Files.readString(TEMPLATE.resolve("Pulumi.yaml"), StandardCharsets.UTF_8));
        assertThat(project).containsEntry("name", "${PROJECT}").containsEntry("runtime", "java");
        var template = (Map<String, Object>) project.get("template");
        assertThat(template).containsKeys("displayName", "description");
        return (Map<String, Map<String, Object>>) template.get("config");
    }

    private static Map<String, ConfigKey<?>> keys() {
        return StackConfig.KEYS.stream().collect(Collectors.toMap(ConfigKey::name, k -> k, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void asksForEveryRequiredKeyAndOnlyForKeysTheStackKnows() throws IOException {
        var prompts = prompts();
        var keys = keys();
        var required = keys.values().stream().filter(ConfigKey::required).map(ConfigKey::name).toList();

        assertThat(prompts.keySet()).containsAll(required).contains("aws:region");
        prompts.forEach((name, prompt) -> {
            assertThat(prompt.get("description")).as("%s has a description", name).asString().isNotBlank();
            if (!name.equals("aws:region")) {
                assertThat(keys).as("template key %s is a stack config key", name).containsKey(name);
                assertThat(Boolean.TRUE.equals(prompt.get("secret"))).as("%s secret", name).isEqualTo(keys.get(name).secret());
            }
        });
    }

    @Test
    void runsThisStacksProgramFromTheArtifactOfThisVersion() throws IOException {
        String pom = Files.readString(TEMPLATE.resolve("pom.xml"), StandardCharsets.UTF_8);
        String version = buildVersion();

        assertThat(pom).contains("<artifactId>pulumi-self-hosted-ecs-stack</artifactId>")
                .contains("<pulumi-self-hosted-ecs.version>" + version + "</pulumi-self-hosted-ecs.version>")
                .contains("<mainClass>" + App.class.getName() + "</mainClass>")
                .doesNotContain("<parent>");
    }

    @Test
    void mavenRunsOfTheTemplateAndTheMinimalConsumerSizeTheForkJoinPool() throws IOException {
        // exec:java starts the pool before main, so PulumiSelfHostedEcs.run cannot size it there.
        for (Path project : List.of(TEMPLATE, Path.of("../examples/minimal"))) {
            assertThat(Files.readString(project.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8))
                    .as("%s/.mvn/jvm.config", project).contains("-Djava.util.concurrent.ForkJoinPool.common.parallelism=4");
        }
    }

    @Test
    void theMinimalConsumerNamesThisBuildsVersionToo() throws IOException {
        String pom = Files.readString(Path.of("../examples/minimal/pom.xml"), StandardCharsets.UTF_8);

        assertThat(pom).contains("<pulumi-self-hosted-ecs.version>" + buildVersion() + "</pulumi-self-hosted-ecs.version>");
    }

    private static String buildVersion() throws IOException {
        return Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1");
    }

    @Test
    void theAnswersAloneDeployTheWholeService() throws IOException {
        var runner = PlanRunner.create().project("acme-pulumi");
        var answers = Map.of(
                "vpcId", "vpc-0a1b2c3d4e5f67890",
                "publicSubnetIds", "subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002",
                "privateSubnetIds", "subnet-0a1b2c3d4e5f60011,subnet-0a1b2c3d4e5f60012",
                "isolatedSubnetIds", "subnet-0a1b2c3d4e5f60021,subnet-0a1b2c3d4e5f60022",
                "route53ZoneName", "example.com",
                "imageTag", "20250415-3b9e42c");
        for (var prompt : prompts().entrySet()) {
            String name = prompt.getKey();
            Object value = prompt.getValue().containsKey("default") ? prompt.getValue().get("default") : answers.get(name);
            if (Boolean.TRUE.equals(prompt.getValue().get("secret"))) {
                runner.secretConfig(name, "template-answer-" + name);
            } else {
                assertThat(value).as("an answer for %s", name).isNotNull();
                runner.config(name, String.valueOf(value));
            }
        }

        var plan = runner.run(App::stack).requireSuccess();

        assertThat(plan.resourcesOfType(PulumiSelfHostedEcs.TYPE)).hasSize(1);
        assertThat(plan.output("apiUrl").value()).isEqualTo("https://api.pulumi.example.com");
        assertThat(plan.resourcesWithPlainInput("template-answer-licenseKey")).isEmpty();
    }
}
