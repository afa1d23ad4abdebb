package io.selfhosted.pulumi.ecs.testing;

import java.util.ArrayList;
import java.util.Map;

/**
 * Renders a {@link Plan} as an indented text tree, one resource per line, children under their
 * parent and siblings sorted by type then name:
 *
 * <pre>
 * selfhosted-ecs:storage:ServiceStorage  storage
 *   aws:s3/bucketV2:BucketV2  storage-checkpoints  prefix=pulumi-checkpoint-  [protected]
 * </pre>
 *
 * <p>After the name come the resource's key properties ({@code label=value}: sizes, ports, engine,
 * retention, encryption, TLS policy...; secrets as {@code [secret]}).
 * <p>Flags in brackets show options that matter when reviewing a change: {@code [protected]},
 * {@code [retainOnDelete]}, {@code [deleteBeforeReplace]} and {@code [ignoreChanges: a, b]}.
 * Aliases are left out: provider SDKs add type aliases to many resources (a load balancer carries
 * its old {@code elasticloadbalancingv2} type), which would flag nearly every line.
 */
public final class PlanTree {

    private PlanTree() {
    }

    /**
     * @param plan the plan to render
     * @return the tree, one line per resource, each ending with a newline
     */
    public static String render(Plan plan) {
        var text = new StringBuilder();
        for (var resource : plan.resourcesInTreeOrder()) {
            text.append("  ".repeat(depth(plan, resource)))
                    .append(resource.type()).append("  ").append(resource.name());
            String summary = ResourceSummary.of(resource);
            if (!summary.isEmpty()) {
                text.append("  ").append(summary);
            }
            text.append(flags(resource)).append('\n');
        }
        return text.toString();
    }

    /**
     * @param plan the plan whose stack outputs to render
     * @return an {@code Outputs:} section, one {@code name: value} line per output with secrets as
     *         {@code [secret]} and unknowns as {@code [unknown]}; empty text when there are none
     */
    public static String renderOutputs(Plan plan) {
        if (plan.outputs().isEmpty()) {
            return "";
        }
        var text = new StringBuilder("Outputs:\n");
        for (Map.Entry<String, PlannedOutput> entry : plan.outputs().entrySet()) {
            var output = entry.getValue();
            String value;
            if (output.secret()) {
                value = PlanJson.SECRET;
            } else if (!output.known()) {
                value = PlanJson.UNKNOWN;
            } else if (output.value() instanceof String) {
                value = (String) output.value();
            } else {
                value = PlanJson.compact(output.value());
            }
            text.append("  ").append(entry.getKey()).append(": ").append(value).append('\n');
        }
        return text.toString();
    }

    private static int depth(Plan plan, PlannedResource resource) {
        int depth = 0;
        var parent = plan.parentOf(resource);
        while (parent.isPresent()) {
            depth++;
            parent = plan.parentOf(parent.get());
        }
        return depth;
    }

    private static String flags(PlannedResource resource) {
        var flags = new ArrayList<String>();
        if (resource.protect()) {
            flags.add("[protected]");
        }
        if (resource.retainOnDelete()) {
            flags.add("[retainOnDelete]");
        }
        if (resource.deleteBeforeReplace()) {
            flags.add("[deleteBeforeReplace]");
        }
        if (!resource.ignoreChanges().isEmpty()) {
            flags.add("[ignoreChanges: " + String.join(", ", resource.ignoreChanges()) + "]");
        }
        return flags.isEmpty() ? "" : "  " + String.join(" ", flags);
    }
}
