package io.selfhosted.pulumi.ecs.testing.aws;

import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The IAM policy documents of planned resources: role policies ({@code policy}), role trust
 * policies ({@code assumeRolePolicy}), bucket policies ({@code policy}) and any other input that
 * holds a policy document as JSON text or as an object.
 *
 * <pre>{@code
 * PlannedResource policy = plan.resource(AwsTypes.IAM_ROLE_POLICY, "pulumi-api-task");
 * Map<String, Object> statement = PolicyDocuments.statement(policy, "policy", "UseServiceKey");
 * assertThat(PolicyDocuments.values(statement, "Action")).contains("kms:Decrypt");
 * }</pre>
 *
 * <p>Statements are plain values as IAM spells them ({@code Sid}, {@code Effect}, {@code Action},
 * {@code Resource}, {@code Condition} ...). IAM lets several elements be a string or a list of
 * strings, and {@code Statement} be one statement or a list; these queries accept either.
 */
public final class PolicyDocuments {

    private PolicyDocuments() {
    }

    /**
     * The statements of the policy document at {@code path}; a single statement object counts as
     * a list of one.
     *
     * @param resource a planned resource
     * @param path     the property path of its policy document, e.g. {@code policy} or
     *                 {@code assumeRolePolicy}
     * @return the statements, in document order
     * @throws NoSuchElementException if there is no policy document with a {@code Statement} at
     *                                {@code path}
     * @throws IllegalStateException  if its {@code Statement} is neither an object nor a list of
     *                                objects
     */
    public static List<Map<String, Object>> statements(PlannedResource resource, String path) {
        var statementPath = path + ".Statement";
        if (!resource.has(statementPath)) {
            throw new NoSuchElementException(resource + " has no policy document with a Statement at '" + path + "'");
        }
        Object found = resource.input(statementPath).orElse(null);
        List<?> items = found instanceof Map<?, ?> ? List.of(found) : found instanceof List<?> list ? list : null;
        if (items == null || !items.stream().allMatch(Map.class::isInstance)) {
            throw new IllegalStateException(resource + " input '" + statementPath
                    + "' is neither a statement nor a list of statements: " + found);
        }
        return objects(items);
    }

    /**
     * The statements of the policy document at {@code path}, or none when it is absent or not
     * known: for code that reads any plan, such as the security checks, where a policy may be
     * unknown during a preview. Tests want {@link #statements}, which fails instead. Entries of
     * the {@code Statement} list that are not objects are left out.
     *
     * @param resource a planned resource
     * @param path     the property path of its policy document
     * @return the statements, in document order, possibly none
     */
    public static List<Map<String, Object>> statementsOrEmpty(PlannedResource resource, String path) {
        var statementPath = path + ".Statement";
        Object found = resource.has(statementPath) ? resource.input(statementPath).orElse(null) : null;
        List<?> items = found instanceof Map<?, ?> ? List.of(found) : found instanceof List<?> list ? list : List.of();
        return objects(items.stream().filter(Map.class::isInstance).toList());
    }

    /**
     * The statement with the given {@code Sid}.
     *
     * @param resource a planned resource
     * @param path     the property path of its policy document
     * @param sid      the statement's {@code Sid}
     * @return the first statement with that {@code Sid}
     * @throws NoSuchElementException if the document has no statement with that {@code Sid}
     */
    public static Map<String, Object> statement(PlannedResource resource, String path, String sid) {
        var statements = statements(resource, path);
        return statements.stream()
                .filter(s -> sid.equals(s.get("Sid")))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(resource + " has no statement " + sid + " in '" + path
                        + "' (Sids: " + statements.stream().map(s -> s.get("Sid")).toList() + ")"));
    }

    /**
     * The values of a statement element that IAM accepts as a string or a list of strings:
     * {@code Action}, {@code NotAction}, {@code Resource}, {@code NotResource}.
     *
     * @param statement a statement, e.g. from {@link #statement}
     * @param element   the element's name
     * @return its values: one for a string, each of a list, none when the element is absent
     * @throws IllegalArgumentException if the element is neither a string nor a list (e.g. a
     *                                  {@code Principal} or {@code Condition} object)
     */
    public static List<String> values(Map<String, Object> statement, String element) {
        Object value = statement.get(element);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        throw new IllegalArgumentException("The " + element + " of statement " + statement
                + " is neither a string nor a list of strings");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(List<?> items) {
        List<Map<String, Object>> objects = new ArrayList<>(items.size());
        items.forEach(item -> objects.add((Map<String, Object>) item));
        return List.copyOf(objects);
    }
}
