package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import io.selfhosted.pulumi.ecs.TagArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags every taggable resource of a component carries: the user's tags plus a fixed set that
 * names the stack and the component, so that anyone looking at a resource in the AWS console can
 * tell which install owns it.
 */
public final class ResourceTags {
    /** Tag key naming the Pulumi project and stack. */
    public static final String STACK_KEY = "selfhosted-ecs:stack";
    /** Tag key naming the component instance. */
    public static final String COMPONENT_KEY = "selfhosted-ecs:component";

    private ResourceTags() {
    }

    /**
     * The given tags followed by the fixed ones. A fixed tag already present (a parent component
     * passed it down) is kept, so a part created by {@code PulumiSelfHostedEcs} names the top
     * component, not itself.
     */
    public static List<TagArgs> withFixed(List<TagArgs> given, String componentName) {
        var deployment = Deployment.getInstance();
        List<TagArgs> all = new ArrayList<>(given);
        boolean hasStack = given.stream().anyMatch(t -> KnownValue.of(t.key()).map(STACK_KEY::equals).orElse(false));
        boolean hasComponent = given.stream().anyMatch(t -> KnownValue.of(t.key()).map(COMPONENT_KEY::equals).orElse(false));
        if (!hasStack) {
            all.add(TagArgs.builder().key(STACK_KEY)
                    .value(deployment.getProjectName() + "/" + deployment.getStackName()).build());
        }
        if (!hasComponent) {
            all.add(TagArgs.builder().key(COMPONENT_KEY).value(componentName).build());
        }
        return all;
    }

    /** The tags as the map AWS resources take; later entries win over earlier ones with the same key. */
    public static Output<Map<String, String>> toMap(List<TagArgs> tags) {
        List<Output<Map.Entry<String, String>>> entries = tags.stream()
                .map(t -> Output.tuple(t.key(), t.value()).applyValue(kv -> Map.entry(kv.t1, kv.t2)))
                .toList();
        return Output.all(entries).applyValue(list -> {
            Map<String, String> map = new LinkedHashMap<>();
            list.forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }
}
