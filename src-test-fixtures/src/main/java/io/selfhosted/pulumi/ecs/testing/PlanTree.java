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
 * <p>Stack outputs whose values the fake cloud made up (ids, generated names, ARNs, endpoints)
 * end with {@code (simulated)}: AWS chooses them on {@code pulumi up}.
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
            text.append("  ").append(entry.getKey()).append(": ").append(value);
            if (output.known() && !output.secret() && plan.isSimulated(output.value())) {
                text.append("  ").append(SIMULATED);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * @param plan a plan
     * @return one line counting what it holds, for example {@code Plan: 133 resources (115
     *         custom, 18 components), 12 protected, 9 secret inputs, 25 outputs, 14 of them
     *         simulated (...)}
     */
    public static String renderSummary(Plan plan) {
        long components = plan.resources().stream().filter(PlannedResource::isComponent).count();
        long custom = plan.resources().size() - components;
        long protectedCount = plan.resources().stream().filter(PlannedResource::protect).count();
        long secrets = plan.resources().stream().mapToLong(r -> secretCount(r.inputs())).sum();
        long simulated = plan.outputs().values().stream()
                .filter(o -> o.known() && !o.secret() && plan.isSimulated(o.value())).count();
        return "Plan: " + count(plan.resources().size(), "resource") + " (" + custom + " custom, "
                + count(components, "component") + "), " + protectedCount + " protected, "
                + count(secrets, "secret input") + ", " + count(plan.outputs().size(), "output")
                + (simulated == 0 ? "" : ", " + simulated + " of them simulated (made up offline; AWS sets them on pulumi up)")
                + "\n";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Marks a value the fake cloud made up. */
    static final String SIMULATED = "(simulated)";

    private static long secretCount(Object value) {
        if (value instanceof SecretValue) {
            return 1;
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).values().stream().mapToLong(PlanTree::secretCount).sum();
        }
        if (value instanceof java.util.List) {
            return ((java.util.List<?>) value).stream().mapToLong(PlanTree::secretCount).sum();
        }
        return 0;
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
