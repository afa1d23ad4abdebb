package io.selfhosted.pulumi.ecs.testing.aws;

import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The containers of a planned ECS task definition ({@link AwsTypes#ECS_TASK_DEFINITION}), read
 * from its {@code containerDefinitions} input (a JSON array held in a string):
 *
 * <pre>{@code
 * PlannedResource task = plan.resource(AwsTypes.ECS_TASK_DEFINITION, "pulumi-api");
 * assertThat(TaskDefinitions.environment(task, "pulumi-service")).containsEntry("AWS_REGION", "us-east-1");
 * assertThat(TaskDefinitions.secrets(task, "pulumi-service")).containsKey("PULUMI_LICENSE_KEY");
 * }</pre>
 *
 * <p>Container definitions are plain values as the ECS API spells them: {@code name},
 * {@code image}, {@code environment} ({@code name}/{@code value} pairs), {@code secrets}
 * ({@code name}/{@code valueFrom} pairs) and so on; numbers are {@code Double}s.
 */
public final class TaskDefinitions {

    private static final String CONTAINER_DEFINITIONS = "containerDefinitions";

    private TaskDefinitions() {
    }

    /**
     * The container definitions of a task definition, in order.
     *
     * @param taskDefinition a planned ECS task definition
     * @return its container definitions
     * @throws NoSuchElementException if it has no {@code containerDefinitions} input
     * @throws IllegalStateException  if that input is not a JSON array of objects
     */
    public static List<Map<String, Object>> containers(PlannedResource taskDefinition) {
        return objects(taskDefinition, taskDefinition.list(CONTAINER_DEFINITIONS));
    }

    /**
     * The container definitions of a task definition, or none when they are not known: for code
     * that reads any plan, such as the security checks, where a definition may lack the input,
     * or hold a value that is unknown during a preview. Tests want {@link #containers}, which
     * fails instead.
     *
     * @param taskDefinition a planned ECS task definition
     * @return its container definitions, or an empty list when they are absent or not a JSON array
     */
    public static List<Map<String, Object>> containersOrEmpty(PlannedResource taskDefinition) {
        try {
            return containers(taskDefinition);
        } catch (NoSuchElementException | IllegalStateException notKnown) {
            return List.of();
        }
    }

    /**
     * The container with the given name.
     *
     * @param taskDefinition a planned ECS task definition
     * @param name           the container's {@code name}
     * @return its container definition
     * @throws NoSuchElementException if the task definition has no container of that name
     */
    public static Map<String, Object> container(PlannedResource taskDefinition, String name) {
        return containers(taskDefinition).stream()
                .filter(c -> name.equals(c.get("name")))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(taskDefinition + " has no container " + name
                        + " (containers: " + containers(taskDefinition).stream().map(c -> c.get("name")).toList() + ")"));
    }

    /**
     * The plain environment of a container, by variable name, in definition order. Values handed
     * over as ECS secrets are not in it: see {@link #secrets}.
     *
     * @param taskDefinition a planned ECS task definition
     * @param container      the container's {@code name}
     * @return variable name to value; empty when the container has no {@code environment}
     * @throws NoSuchElementException if the task definition has no container of that name
     */
    public static Map<String, String> environment(PlannedResource taskDefinition, String container) {
        return pairs(container(taskDefinition, container).get("environment"), "value");
    }

    /**
     * The ECS secrets of a container: what ECS reads from Secrets Manager or SSM and hands to the
     * container as an environment variable.
     *
     * @param taskDefinition a planned ECS task definition
     * @param container      the container's {@code name}
     * @return variable name to {@code valueFrom} (the secret's or parameter's ARN, possibly with a
     *         JSON key suffix); empty when the container has no {@code secrets}
     * @throws NoSuchElementException if the task definition has no container of that name
     */
    public static Map<String, String> secrets(PlannedResource taskDefinition, String container) {
        return pairs(container(taskDefinition, container).get("secrets"), "valueFrom");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(PlannedResource taskDefinition, List<Object> items) {
        List<Map<String, Object>> objects = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map<?, ?>)) {
                throw new IllegalStateException(taskDefinition + " has a container definition that is not an object: " + item);
            }
            objects.add((Map<String, Object>) item);
        }
        return List.copyOf(objects);
    }

    /** Name-keyed entries ({@code environment}, {@code secrets}) of a container definition, as a map. */
    private static Map<String, String> pairs(Object entries, String valueKey) {
        Map<String, String> result = new LinkedHashMap<>();
        if (entries instanceof List<?> list) {
            for (Object e : list) {
                if (e instanceof Map<?, ?> entry) {
                    result.put((String) entry.get("name"), (String) entry.get(valueKey));
                }
            }
        }
        return result;
    }
}
