package io.selfhosted.pulumi.ecs.testing;

import io.selfhosted.pulumi.ecs.testing.YamlConfigValues.ConfigValue;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the two files the Pulumi CLI takes config from: the project file {@code Pulumi.yaml}
 * (project name and config defaults) and a stack file {@code Pulumi.<stack>.yaml}.
 * Config keys are returned as written; namespacing bare keys is the caller's job.
 */
final class PulumiProjectFiles {

    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.(.+)\\.ya?ml");

    /** What a project file declares. */
    record Project(Optional<String> name, Map<String, ConfigValue> configDefaults) {
    }

    private PulumiProjectFiles() {
    }

    /**
     * @param projectDir a directory holding {@code Pulumi.yaml} (or {@code Pulumi.yml})
     * @return the project's name and the config values it declares with {@code default} or
     *         {@code value} (or as a bare scalar)
     */
    static Project readProject(Path projectDir) {
        var file = projectDir.resolve("Pulumi.yaml");
        if (!Files.exists(file) && Files.exists(projectDir.resolve("Pulumi.yml"))) {
            file = projectDir.resolve("Pulumi.yml");
        }
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("No Pulumi.yaml in " + projectDir.toAbsolutePath());
        }
        var top = YamlConfigValues.readMapping(file).map(YamlConfigValues::entries).orElse(Map.of());
        var name = Optional.ofNullable(top.get("name"))
                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
        var defaults = new LinkedHashMap<String, ConfigValue>();
        var config = top.get("config");
        YamlConfigValues.entries(config).forEach((key, declaration) -> {
            if (declaration instanceof ScalarNode) {
                defaults.put(key, YamlConfigValues.convert(declaration));
                return;
            }
            var fields = YamlConfigValues.entries(declaration);
            var value = fields.containsKey("value") ? fields.get("value") : fields.get("default");
            if (value != null) {
                var converted = YamlConfigValues.convert(value);
                boolean secret = converted.secret() || fields.get("secret") instanceof ScalarNode
                        && "true".equals(((ScalarNode) fields.get("secret")).getValue());
                defaults.put(key, new ConfigValue(converted.text(), secret));
            }
        });
        return new Project(name, defaults);
    }

    /**
     * @param stackFile a {@code Pulumi.<stack>.yaml} file
     * @return its {@code config:} entries, in file order
     */
    static Map<String, ConfigValue> readStackConfig(Path stackFile) {
        if (!Files.exists(stackFile)) {
            throw new IllegalArgumentException("No such stack config file: " + stackFile.toAbsolutePath());
        }
        var top = YamlConfigValues.readMapping(stackFile).map(YamlConfigValues::entries).orElse(Map.of());
        var values = new LinkedHashMap<String, ConfigValue>();
        YamlConfigValues.entries(top.get("config")).forEach((key, node) -> values.put(key, YamlConfigValues.convert(node)));
        return values;
    }

    /** @return the stack name a file named {@code Pulumi.<stack>.yaml} belongs to */
    static Optional<String> stackNameOf(Path stackFile) {
        var matcher = STACK_FILE.matcher(stackFile.getFileName().toString());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
