package io.selfhosted.pulumi.ecs.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeProject() throws IOException {
        Files.writeString(project.resolve("Pulumi.yaml"), "name: shop\nruntime: java\n");
        Files.writeString(project.resolve("Pulumi.sample.yaml"), String.join("\n",
                "config:",
                "  shop:image: registry.example/api:1.2.3",
                "  shop:dbPassword:",
                "    secure: AAABAHcipher",
                ""));
    }

    private int run(String... args) {
        return PlanCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheTreeAndOutputsUsingTheSampleConfig() {
        int code = run("--program", SampleStack.class.getName(), "--project-dir", project.toString());

        assertThat(code).isEqualTo(PlanCommand.OK);
        assertThat(stdout()).startsWith("aws:ecs/taskDefinition:TaskDefinition  api  [retainOnDelete]")
                .contains("\ntest:storage:Box  box\n  aws:cloudwatch/logGroup:LogGroup  box-logs\n")
                .contains("\nOutputs:\n")
                .contains("  dbPassword: [secret]\n")
                .containsPattern("\n\nPlan: \\d+ resources \\(\\d+ custom, \\d+ components?\\), \\d+ protected, "
                        + "\\d+ secret inputs?, \\d+ outputs?[^\n]*\n$")
                .doesNotContain("AAABAHcipher");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void rendersJsonToAFile() throws IOException {
        var target = project.resolve("plan.json");
        var config = Files.writeString(project.resolve("Pulumi.prod.yaml"),
                "config:\n  shop:dbPassword: plain-in-prod\n");

        int code = run("--program", SampleStack.class.getName(), "--project-dir", project.toString(),
                "--config", config.toString(), "--format", "json", "--output", target.toString());

        assertThat(code).isEqualTo(PlanCommand.OK);
        assertThat(stdout()).as("only the summary; the rendering is in the file").startsWith("Plan: ").hasLineCount(1);
        var json = new ObjectMapper().readTree(target.toFile());
        assertThat(json.at("/resources/0/inputs/document/0/image").asText()).isEqualTo("api:latest");
        assertThat(json.at("/outputs/dbPassword").asText()).isEqualTo("[secret]");
    }

    @Test
    void aMachineReadableRenderingOnStdoutKeepsTheSummaryOnStderr() {
        int code = run("--program", SampleStack.class.getName(), "--project-dir", project.toString(), "--format", "json");

        assertThat(code).isEqualTo(PlanCommand.OK);
        assertThat(stdout()).startsWith("{").doesNotContain("Plan: ");
        assertThat(stderr()).startsWith("Plan: ").hasLineCount(1);
    }

    @Test
    void aFailingProgramPrintsOnlyItsMessage() {
        int code = run("--program", FailingStack.class.getName(), "--project-dir", project.toString());

        assertThat(code).isEqualTo(PlanCommand.PROGRAM_FAILED);
        assertThat(stderr()).isEqualTo("Invalid arguments:\n  - api.taskCpu: 300 is not one of 256, 512, 1024\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aStackFileThatIsNotYamlNamesFileLineAndColumnWithoutAStackTrace() throws IOException {
        var config = Files.writeString(project.resolve("Pulumi.broken.yaml"), "config:\n  shop:zones: [a\n  shop:size: b\n");

        int code = run("--program", SampleStack.class.getName(), "--project-dir", project.toString(), "--config", config.toString());

        assertThat(code).isEqualTo(PlanCommand.PROGRAM_FAILED);
        assertThat(stderr()).isEqualTo(config + ":3:12: expected ',' or ']', but got : (while parsing a flow sequence)\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aProgramThatCannotInitialiseIsAProgramFailure() {
        int code = run("--program", BrokenStack.class.getName(), "--project-dir", project.toString());

        assertThat(code).isEqualTo(PlanCommand.PROGRAM_FAILED);
        assertThat(stderr()).isEqualTo("AWS_REGION is not set\n");
    }

    @Test
    void debugAddsTheStackTrace() {
        int code = run("--program", FailingStack.class.getName(), "--project-dir", project.toString(), "--debug");

        assertThat(code).isEqualTo(PlanCommand.PROGRAM_FAILED);
        assertThat(stderr()).contains("java.lang.IllegalArgumentException").contains("at " + FailingStack.class.getName());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(PlanCommand.USAGE);
        assertThat(stderr()).contains("Missing --program").contains("Run with --help for the options.");
        assertThat(run("--program", SampleStack.class.getName(), "--project-dir", project.toString(),
                "--format", "yaml")).isEqualTo(PlanCommand.USAGE);
        assertThat(run("--program", "no.such.Program", "--project-dir", project.toString()))
                .isEqualTo(PlanCommand.USAGE);
        assertThat(stderr()).contains("Program class not found on the classpath: no.such.Program");
        assertThat(run("--program", String.class.getName(), "--project-dir", project.toString()))
                .isEqualTo(PlanCommand.USAGE);
        assertThat(run("--program", SampleStack.class.getName(), "--project-dir", project.resolve("nope").toString()))
                .isEqualTo(PlanCommand.USAGE);
        assertThat(run("--program", SampleStack.class.getName(), "--project-dir", project.toString(),
                "--config", "missing.yaml")).isEqualTo(PlanCommand.USAGE);
        assertThat(run("--bogus")).isEqualTo(PlanCommand.USAGE);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run("--help")).isEqualTo(PlanCommand.OK);
        assertThat(stdout()).contains("--program");
    }
}
