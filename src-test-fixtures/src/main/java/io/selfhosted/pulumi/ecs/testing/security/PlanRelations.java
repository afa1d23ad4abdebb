package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Small queries the rules share: resources attached to another (they depend on it), typed reads
 * that tolerate missing values, and the statements of the IAM policy documents in a plan.
 */
final class PlanRelations {
    private PlanRelations() {
    }

    /** The resources of {@code type} that depend on {@code target} (e.g. a bucket's policy). */
    static List<PlannedResource> attachedTo(Plan plan, PlannedResource target, String type) {
        return plan.resourcesOfType(type).stream().filter(r -> r.dependencies().contains(target.urn())).toList();
    }

    static Optional<Object> value(PlannedResource resource, String path) {
        return resource.has(path) ? resource.input(path) : Optional.empty();
    }

    static boolean isTrue(PlannedResource resource, String path) {
        return value(resource, path).map(Boolean.TRUE::equals).orElse(false);
    }

    static Optional<String> string(PlannedResource resource, String path) {
        return value(resource, path).filter(String.class::isInstance).map(String.class::cast);
    }

    static Optional<Double> number(PlannedResource resource, String path) {
        return value(resource, path).filter(Double.class::isInstance).map(Double.class::cast);
    }

    /**
     * The objects of the list at {@code path}. The list may be held in a JSON string (an ECS task
     * definition's {@code containerDefinitions}), and a single object counts as a list of one (an
     * IAM policy's {@code Statement} may be either).
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(PlannedResource resource, String path) {
        List<Map<String, Object>> maps = new ArrayList<>();
        Object found = value(resource, path).map(v -> v instanceof String ? document(resource, path).orElse(v) : v).orElse(null);
        List<Object> items = found instanceof List<?> list ? (List<Object>) list : found instanceof Map<?, ?> ? List.of(found) : List.of();
        items.forEach(item -> {
            if (item instanceof Map<?, ?> m) {
                maps.add((Map<String, Object>) m);
            }
        });
        return maps;
    }

    /** The JSON array or object held in the string at {@code path}, if it holds one. */
    private static Optional<Object> document(PlannedResource resource, String path) {
        try {
            return Optional.of(resource.list(path));
        } catch (IllegalStateException notAList) {
            try {
                return Optional.of(resource.map(path));
            } catch (IllegalStateException notAnObject) {
                return Optional.empty();
            }
        }
    }

    /** A list-or-string IAM field ({@code Action}, {@code Resource}) as a list. */
    static List<String> strings(Object field) {
        if (field instanceof String s) {
            return List.of(s);
        }
        if (field instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static Finding finding(SecurityRule rule, PlannedResource resource, String message) {
        return new Finding(rule.id(), rule.control(), resource.type(), resource.name(), message);
    }

    static List<Finding> each(Plan plan, String type, Predicate<PlannedResource> ok, SecurityRuleRef rule, String message) {
        return plan.resourcesOfType(type).stream().filter(ok.negate())
                .map(r -> new Finding(rule.id(), rule.control(), r.type(), r.name(), message)).toList();
    }

    /** A rule that checks every resource of one type with one predicate. */
    static SecurityRule rule(String id, String control, String description, String type,
                             Predicate<PlannedResource> ok, String message) {
        var ref = new SecurityRuleRef(id, control);
        return new SecurityRule(id, control, description, plan -> each(plan, type, ok, ref, message));
    }

    /** The id and control of a rule while it is being defined. */
    record SecurityRuleRef(String id, String control) {
    }
}
