package io.selfhosted.pulumi.ecs.testing;

import io.selfhosted.pulumi.ecs.testing.YamlConfigValues.ConfigValue;

import javax.annotation.Nullable;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project, stack and config of one run, resolved from what a {@link PlanRunner} was given.
 *
 * @param config     full {@code namespace:key} keys to values
 * @param secretKeys the keys whose values are secret
 */
record RunSettings(String project, String stack, Map<String, String> config, Set<String> secretKeys) {

    static final String DEFAULT_PROJECT = "project";
    static final String DEFAULT_STACK = "dev";

    static RunSettings resolve(@Nullable String project, @Nullable String stack, @Nullable Path projectDir,
                               List<Path> configFiles, Map<String, ConfigValue> explicitConfig) {
        var projectFile = projectDir == null ? null : PulumiProjectFiles.readProject(projectDir);
        var resolvedProject = project != null ? project
                : projectFile != null ? projectFile.name().orElse(DEFAULT_PROJECT) : DEFAULT_PROJECT;
        var resolvedStack = stack != null ? stack : configFiles.stream()
                .map(PulumiProjectFiles::stackNameOf).flatMap(Optional::stream).findFirst().orElse(DEFAULT_STACK);

        // Namespace each layer before merging so that "key" and "project:key" override each other.
        var layered = new LinkedHashMap<String, ConfigValue>();
        if (projectFile != null) {
            putAll(layered, projectFile.configDefaults(), resolvedProject);
        }
        for (var file : configFiles) {
            putAll(layered, PulumiProjectFiles.readStackConfig(file), resolvedProject);
        }
        putAll(layered, explicitConfig, resolvedProject);

        var config = new LinkedHashMap<String, String>();
        var secretKeys = new HashSet<String>();
        layered.forEach((key, value) -> {
            config.put(key, value.text());
            if (value.secret()) {
                secretKeys.add(key);
            }
        });
        return new RunSettings(resolvedProject, resolvedStack, Map.copyOf(config), Set.copyOf(secretKeys));
    }

    private static void putAll(Map<String, ConfigValue> layered, Map<String, ConfigValue> layer, String project) {
        layer.forEach((key, value) -> layered.put(key.contains(":") ? key : project + ":" + key, value));
    }
}
