package io.selfhosted.pulumi.ecs.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A model of the first {@code pulumi up} of a plan: every resource starts when the last one it
 * depends on is done and takes its type's typical creation time ({@link CreationTimes}), so the
 * longest chain (the critical path) is how long the first install takes, give or take AWS's
 * variance. Rendered as a Mermaid gantt chart of the resources that take time.
 */
public final class PlanGantt {
    /** Resources quicker than this are left out of the chart, unless on the critical path. */
    private static final Duration SHOWN = Duration.ofSeconds(30);

    /** One modeled resource: when it starts and ends, from the start of {@code pulumi up}. */
    public record Step(PlannedResource resource, Duration start, Duration end) {
    }

    private final Plan plan;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, List<String>> dependencies = new HashMap<>();

    private PlanGantt(Plan plan) {
        this.plan = plan;
        Map<String, List<PlannedResource>> descendants = new HashMap<>();
        for (PlannedResource component : plan.components()) {
            descendants.put(component.urn(), plan.descendantsOf(component).stream().filter(r -> !r.isComponent()).toList());
        }
        List<PlannedResource> resources = plan.resources().stream().filter(r -> !r.isComponent()).toList();
        for (PlannedResource r : resources) {
            Set<String> deps = new LinkedHashSet<>();
            for (String urn : r.dependencies()) {
                if (descendants.containsKey(urn)) {
                    descendants.get(urn).forEach(d -> deps.add(d.urn()));
                } else {
                    deps.add(urn);
                }
            }
            deps.remove(r.urn());
            dependencies.put(r.urn(), List.copyOf(deps));
        }
        resources.forEach(this::step);
    }

    /** The model of a plan. */
    public static PlanGantt of(Plan plan) {
        return new PlanGantt(plan);
    }

    private Step step(PlannedResource r) {
        var known = steps.get(r.urn());
        if (known != null) {
            return known;
        }
        Duration start = Duration.ZERO;
        for (String dep : dependencies.getOrDefault(r.urn(), List.of())) {
            Optional<PlannedResource> resource = plan.resources().stream().filter(x -> x.urn().equals(dep)).findFirst();
            if (resource.isPresent()) {
                Duration end = step(resource.get()).end();
                start = end.compareTo(start) > 0 ? end : start;
            }
        }
        var step = new Step(r, start, start.plus(CreationTimes.of(r.type()).typical()));
        steps.put(r.urn(), step);
        return step;
    }

    /** How long the modeled first install takes: the end of its critical path. */
    public Duration total() {
        return steps.values().stream().map(Step::end).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** The chain of resources that decides {@link #total()}, first to last. */
    public List<Step> criticalPath() {
        List<Step> path = new ArrayList<>();
        var last = steps.values().stream().max(Comparator.comparing(Step::end)
                .thenComparing(s -> s.resource().urn(), Comparator.reverseOrder()));
        while (last.isPresent()) {
            var step = last.get();
            path.add(0, step);
            // Of several dependencies that end together, the first by URN: the same path every run.
            last = dependencies.getOrDefault(step.resource().urn(), List.of()).stream()
                    .map(steps::get).filter(s -> s != null && s.end().equals(step.start()))
                    .min(Comparator.comparing(s -> s.resource().urn()));
        }
        return path;
    }

    /** The Mermaid gantt chart: the resources that take time, by part, the critical path marked. */
    public String mermaid() {
        Set<String> critical = new LinkedHashSet<>();
        criticalPath().forEach(s -> critical.add(s.resource().urn()));
        Map<String, List<Step>> bySection = new LinkedHashMap<>();
        steps.values().stream()
                .filter(s -> critical.contains(s.resource().urn()) || CreationTimes.of(s.resource().type()).typical().compareTo(SHOWN) >= 0)
                .sorted(Comparator.comparing(Step::start).thenComparing(s -> s.resource().name())
                        .thenComparing(s -> s.resource().urn()))
                .forEach(s -> bySection.computeIfAbsent(section(s.resource()), k -> new ArrayList<>()).add(s));
        var out = new StringBuilder("gantt\n");
        out.append("  title Modeled first pulumi up: ").append(minutes(total())).append(" on the critical path (typical creation times)\n");
        out.append("  dateFormat X\n  axisFormat %M:%S\n");
        int id = 0;
        for (var section : bySection.entrySet()) {
            out.append("  section ").append(section.getKey()).append('\n');
            for (Step s : section.getValue()) {
                out.append("    ").append(label(s.resource())).append(" :")
                        .append(critical.contains(s.resource().urn()) ? "crit, " : "")
                        .append("t").append(++id).append(", ").append(s.start().toSeconds()).append(", ")
                        .append(s.end().toSeconds()).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code 14 min 30 s}, or {@code 45 s} under a minute. */
    public static String minutes(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        return (seconds / 60) + " min" + (seconds % 60 == 0 ? "" : " " + (seconds % 60) + " s");
    }

    private String section(PlannedResource r) {
        // The part under the top component, or the component itself for a flat program.
        PlannedResource current = r;
        PlannedResource part = null;
        for (var parent = plan.parentOf(current); parent.isPresent(); parent = plan.parentOf(parent.get())) {
            if (plan.parentOf(parent.get()).isPresent()) {
                part = parent.get();
            }
            current = parent.get();
        }
        var owner = part != null ? part : plan.parentOf(r).orElse(r);
        return shortType(owner.type()) + " " + owner.name();
    }

    private static String label(PlannedResource r) {
        return shortType(r.type()) + " " + r.name();
    }

    /** {@code aws:rds/clusterInstance:ClusterInstance} as {@code rds ClusterInstance}. */
    static String shortType(String type) {
        String[] parts = type.split(":");
        String module = parts.length > 1 ? parts[1].split("/")[0] : type;
        String name = parts.length > 2 ? parts[2] : type;
        return module + " " + name;
    }
}
