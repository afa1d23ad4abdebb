package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Small queries the checks share: resources attached to another (they depend on it) and typed reads
 * that tolerate missing values. Queries that know AWS resource shapes (container definitions,
 * policy documents) are the public ones of {@link io.selfhosted.pulumi.ecs.testing.aws}.
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

    /** The objects of the list at {@code path} (e.g. an ECS cluster's {@code settings}); none when absent. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(PlannedResource resource, String path) {
        List<Map<String, Object>> objects = new ArrayList<>();
        if (value(resource, path).orElse(null) instanceof List<?> items) {
            items.forEach(item -> {
                if (item instanceof Map<?, ?> m) {
                    objects.add((Map<String, Object>) m);
                }
            });
        }
        return objects;
    }

    static Finding finding(SecurityCheck check, PlannedResource resource, String message) {
        return new Finding(check.id(), check.control(), resource.type(), resource.name(), message);
    }

    static List<Finding> each(Plan plan, String type, Predicate<PlannedResource> ok, CheckRef check, String message) {
        return plan.resourcesOfType(type).stream().filter(ok.negate())
                .map(r -> new Finding(check.id(), check.control(), r.type(), r.name(), message)).toList();
    }

    /** A check of every resource of one type with one predicate. */
    static SecurityCheck check(String id, String control, String description, String type,
                               Predicate<PlannedResource> ok, String message) {
        var ref = new CheckRef(id, control);
        return new SecurityCheck(id, control, description, plan -> each(plan, type, ok, ref, message));
    }

    /** The id and control of a check while it is being defined. */
    record CheckRef(String id, String control) {
    }
}
