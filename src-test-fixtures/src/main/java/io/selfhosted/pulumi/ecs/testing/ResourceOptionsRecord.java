package io.selfhosted.pulumi.ecs.testing;

import java.util.List;
import java.util.Map;

/**
 * The resource options the engine receives with a registration, kept apart from the resource's
 * identity so that {@link PlannedResource} stays small.
 */
record ResourceOptionsRecord(boolean protect, boolean retainOnDelete, List<String> ignoreChanges,
                             List<PlannedAlias> aliases, List<String> dependencies, boolean deleteBeforeReplace,
                             List<String> replaceOnChanges, List<String> additionalSecretOutputs,
                             Map<String, String> customTimeouts) {

    ResourceOptionsRecord {
        ignoreChanges = List.copyOf(ignoreChanges);
        aliases = List.copyOf(aliases);
        dependencies = List.copyOf(dependencies);
        replaceOnChanges = List.copyOf(replaceOnChanges);
        additionalSecretOutputs = List.copyOf(additionalSecretOutputs);
        customTimeouts = Map.copyOf(customTimeouts);
    }
}
