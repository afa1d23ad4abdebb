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

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(PlannedResource resource, String path) {
        List<Map<String, Object>> maps = new ArrayList<>();
        value(resource, path).filter(List.class::isInstance).ifPresent(list -> ((List<Object>) list).forEach(item -> {
            if (item instanceof Map<?, ?> m) {
                maps.add((Map<String, Object>) m);
            }
        }));
        return maps;
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
