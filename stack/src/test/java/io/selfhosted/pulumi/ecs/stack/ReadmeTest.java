package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.testing.security.SecurityChecks;
import io.selfhosted.pulumi.ecs.testing.security.SecurityCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README states facts the build can check: its Quick start, its consumer snippets (quoted
 * from the compiled minimal consumer under {@code examples/minimal}), its security table and its
 * config reference (generated from {@link StackConfig#KEYS}) must stay true.
 */
class ReadmeTest {
    static final Path README = Path.of("../README.md");
    static final Path CONSUMER = Path.of("../examples/minimal");
    static final String CONFIG_BEGIN = "<!-- config:begin (generated from StackConfig.KEYS; do not edit) -->";
    static final String CONFIG_END = "<!-- config:end -->";

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
    void consumerProgramAndTestAreQuotedVerbatim() throws IOException {
        String readme = readme();
        for (String file : List.of("src/main/java/com/example/pulumi/App.java", "src/test/java/com/example/pulumi/AppTest.java")) {
            String source = Files.readString(CONSUMER.resolve(file), StandardCharsets.UTF_8);
            assertThat(readme).as("README quotes examples/minimal/%s", file).contains("```java\n" + source + "```");
        }
    }

    @Test
    void everyJavaSnippetIsCompiledCode() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String file : List.of("src/main/java/com/example/pulumi/App.java", "src/test/java/com/example/pulumi/AppTest.java")) {
            sources.add(Files.readString(CONSUMER.resolve(file), StandardCharsets.UTF_8));
        }
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme());
        while (block.find()) {
            assertThat(sources).as("a README Java snippet that is not a compiled file of examples/minimal").contains(block.group(1));
        }
    }

    @Test
    void dependencySnippetsAreThoseOfTheConsumerPom() throws IOException {
        String pom = Files.readString(CONSUMER.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme());
        int found = 0;
        while (block.find()) {
            found++;
            for (String line : block.group(1).lines().toList()) {
                assertThat(pom).as("examples/minimal/pom.xml has the README's line %s", line.strip()).contains(line.strip());
            }
        }
        assertThat(found).as("README XML snippets").isPositive();
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
    void configReferenceIsGeneratedFromTheKeys() throws IOException {
        String readme = readme();
        int begin = readme.indexOf(CONFIG_BEGIN);
        int end = readme.indexOf(CONFIG_END);
        assertThat(begin).as("README marker %s", CONFIG_BEGIN).isNotNegative();
        assertThat(end).as("README marker %s", CONFIG_END).isGreaterThan(begin);
        String current = readme.substring(begin + CONFIG_BEGIN.length(), end);
        String generated = "\n" + configReference();
        if (GoldenPlanTest.UPDATE && !current.equals(generated)) {
            Files.writeString(README, readme.substring(0, begin + CONFIG_BEGIN.length()) + generated + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("README config reference is stale; regenerate with: mvn verify -Dgoldens.update=true").isEqualTo(generated);
    }

    static final String INSTALLER_BEGIN = "<!-- installer-keys:begin (generated from InstallerKeys.ALL; do not edit) -->";
    static final String INSTALLER_END = "<!-- installer-keys:end -->";

    @Test
    void installerKeysTableIsGeneratedFromTheTable() throws IOException {
        String readme = readme();
        int begin = readme.indexOf(INSTALLER_BEGIN);
        int end = readme.indexOf(INSTALLER_END);
        assertThat(begin).as("README marker %s", INSTALLER_BEGIN).isNotNegative();
        assertThat(end).as("README marker %s", INSTALLER_END).isGreaterThan(begin);
        String current = readme.substring(begin + INSTALLER_BEGIN.length(), end);
        String generated = "\n" + installerKeys();
        if (GoldenPlanTest.UPDATE && !current.equals(generated)) {
            Files.writeString(README, readme.substring(0, begin + INSTALLER_BEGIN.length()) + generated + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("README installer keys table is stale; regenerate with: mvn verify -Dgoldens.update=true").isEqualTo(generated);
    }

    /** Every installer key: who reads it and what this stack does with it. */
    static String installerKeys() {
        StringBuilder table = new StringBuilder("| installer key | read by | here |\n|---|---|---|\n");
        for (InstallerKeys.InstallerKey key : InstallerKeys.ALL) {
            String readBy = key.readBy().stream().map(InstallerKeys.Installer::label).collect(java.util.stream.Collectors.joining(", "));
            String here = switch (key.handling()) {
                case SAME -> "read as `" + key.name() + "`" + (key.note().isEmpty() ? "" : ": " + key.note());
                case ALIAS -> "read as `" + key.here().orElseThrow() + "`" + (key.note().isEmpty() ? "" : " (" + key.note() + ")");
                case CONDITIONAL -> key.note();
                case REFUSED -> "refused: " + key.note();
            };
            table.append("| `").append(key.name()).append("` | ").append(readBy).append(" | ")
                    .append(here.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")).append(" |\n");
        }
        return table.toString();
    }

    /** The config reference table: one row per key, its default rendered from the library's constant. */
    static String configReference() {
        StringBuilder table = new StringBuilder("| key | kind | required | what it sets |\n|---|---|---|---|\n");
        for (ConfigKey<?> key : StackConfig.KEYS) {
            table.append("| `").append(key.name()).append("` | ").append(key.kind().label()).append(" | ")
                    .append(key.required() ? "yes" : "no").append(" | ").append(key.documentation().replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")).append(" |\n");
        }
        return table.toString();
    }
}
