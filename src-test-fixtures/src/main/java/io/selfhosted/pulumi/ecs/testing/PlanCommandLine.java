package io.selfhosted.pulumi.ecs.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The parsed arguments of {@link PlanCommand}; parsing failures are {@link IllegalArgumentException}s
 * whose message tells the user what to fix.
 */
record PlanCommandLine(String programClass, Path projectDir, Optional<Path> configFile, String format,
                       Optional<Path> outputFile, boolean debug, boolean help) {

    /** The renderings {@code --format} accepts. */
    static final java.util.List<String> FORMATS = java.util.List.of("tree", "json", "mermaid", "gantt");

    static PlanCommandLine parse(String[] args) {
        String program = null;
        Path projectDir = Path.of(".");
        Path config = null;
        String format = "tree";
        Path output = null;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--program":
                    program = value(args, ++i, "--program");
                    break;
                case "--project-dir":
                    projectDir = Path.of(value(args, ++i, "--project-dir"));
                    break;
                case "--config":
                    config = Path.of(value(args, ++i, "--config"));
                    break;
                case "--format":
                    format = value(args, ++i, "--format");
                    break;
                case "--output":
                    output = Path.of(value(args, ++i, "--output"));
                    break;
                case "--debug":
                    debug = true;
                    break;
                case "--help":
                case "-h":
                    return new PlanCommandLine("", projectDir, Optional.empty(), "tree", Optional.empty(), false, true);
                default:
                    throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        if (program == null) {
            throw new IllegalArgumentException("Missing --program <fully.qualified.Class>");
        }
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("--format must be tree, json, mermaid or gantt, got: " + format);
        }
        if (!Files.isRegularFile(projectDir.resolve("Pulumi.yaml")) && !Files.isRegularFile(projectDir.resolve("Pulumi.yml"))) {
            throw new IllegalArgumentException("No Pulumi.yaml in project directory " + projectDir.toAbsolutePath());
        }
        if (config != null && !Files.isRegularFile(config)) {
            throw new IllegalArgumentException("Config file not found: " + config.toAbsolutePath());
        }
        if (config == null && Files.isRegularFile(projectDir.resolve("Pulumi.sample.yaml"))) {
            config = projectDir.resolve("Pulumi.sample.yaml");
        }
        return new PlanCommandLine(program, projectDir, Optional.ofNullable(config), format,
                Optional.ofNullable(output), debug, false);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
