package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import io.selfhosted.pulumi.ecs.TagArgs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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

    /** AWS allows 50 tags per resource; the component adds its own two. */
    public static final int MAX_USER_TAGS = 48;

    private static final String RESERVED_PREFIX = "selfhosted-ecs:";
    private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$");

    /** Records every problem of user tags at {@code path}: count, key and value lengths, reserved prefix, duplicates. */
    public static void check(Problems p, String path, List<TagArgs> tags) {
        p.check(tags.size() <= MAX_USER_TAGS, path, tags.size() + " tags are too many; AWS allows 50 per resource and the"
                + " component adds 2, so use at most " + MAX_USER_TAGS);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tagPath = path + "[" + i + "]";
            var tag = tags.get(i);
            KnownValue.of(tag.key()).ifPresent(key -> {
                // The strictest rule of the tagged services (ELB, ECS, RDS, S3, Secrets Manager, KMS,
                // CloudWatch, Lambda, SNS, EventBridge): ELB's 127 characters and character set.
                p.check(!key.isEmpty() && key.length() <= 127, tagPath + ".key", "'" + key + "' must have 1-127 characters");
                p.check(TEXT.matcher(key).matches(), tagPath + ".key", "'" + key + "' has characters AWS refuses in tags; use"
                        + " letters, digits, spaces and _ . : / = + - @ only");
                p.check(key.equals(key.strip()), tagPath + ".key", "'" + key + "' starts or ends with a space; remove it");
                p.check(!key.toLowerCase().startsWith("aws:"), tagPath + ".key", "'" + key + "' uses the reserved aws: prefix; choose another key");
                p.check(!key.startsWith(RESERVED_PREFIX), tagPath + ".key", "'" + key + "' uses the prefix " + RESERVED_PREFIX
                        + ", which the component's own tags use (" + STACK_KEY + ", " + COMPONENT_KEY + "); choose another key");
                p.check(keys.add(key), tagPath + ".key", "'" + key + "' is given twice; give each tag key once");
            });
            KnownValue.of(tag.value()).ifPresent(value -> {
                p.check(value.length() <= 255, tagPath + ".value", "has " + value.length() + " characters; AWS allows at most 255");
                p.check(TEXT.matcher(value).matches(), tagPath + ".value", "has characters AWS refuses in tags; use letters,"
                        + " digits, spaces and _ . : / = + - @ only");
            });
        }
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
