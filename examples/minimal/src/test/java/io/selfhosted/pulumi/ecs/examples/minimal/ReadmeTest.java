package io.selfhosted.pulumi.ecs.examples.minimal;

import io.selfhosted.pulumi.ecs.config.ConfigKey;
import io.selfhosted.pulumi.ecs.testing.security.SecurityChecks;
import io.selfhosted.pulumi.ecs.testing.security.SecurityCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README states facts the build can check: its Quick start, its consumer-test example and its
 * config reference must stay true.
 */
class ReadmeTest {
    static final Path README = Path.of("../../README.md");

    static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    @Test
    void quickStartHoldsExactlyThePlanAndTheTestCommand() throws IOException {
        Matcher block = Pattern.compile("## Quick start\\s+```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme());
        assertThat(block.find()).as("a sh code block right after '## Quick start'").isTrue();
        assertThat(block.group(1).lines().toList()).containsExactly("./plan", "mvn verify");
    }

    @Test
    void consumerTestExampleIsTheCompiledTest() throws IOException {
        String test = Files.readString(Path.of("src/test/java/io/selfhosted/pulumi/ecs/examples/minimal/MyStackTest.java"),
                StandardCharsets.UTF_8);
        assertThat(readme()).contains("```java\n" + test + "```");
    }

    @Test
    void securityTableListsEveryCheckWithItsControl() throws IOException {
        String readme = readme();
        for (SecurityCheck check : SecurityChecks.all()) {
            assertThat(readme).as("README row of check %s", check.id())
                    .contains("| " + check.id() + " | " + check.control() + (check.control().isEmpty() ? "" : " ") + "| " + check.description() + " |");
        }
    }

    @Test
    void configReferenceListsEveryKeyOfTheStack() throws IOException {
        String readme = readme();
        for (ConfigKey key : ConfigKey.ALL) {
            String kind = key.secret() ? "secret" : key.kind();
            assertThat(readme).as("config reference row of %s", key.name())
                    .contains("| `" + key.name() + "` | " + kind + " | " + (key.required() ? "yes" : "no") + " |");
        }
    }
}
