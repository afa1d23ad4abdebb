package io.selfhosted.pulumi.ecs.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Plan} as stable, pretty-printed JSON, suitable for golden files and review:
 *
 * <pre>{@code
 * {
 *   "resources" : [ {
 *     "type" : "aws:s3/bucketV2:BucketV2",
 *     "name" : "storage-checkpoints",
 *     "parent" : "selfhosted-ecs:storage:ServiceStorage::storage",
 *     "component" : false,
 *     "protect" : true,
 *     "retainOnDelete" : false,
 *     "ignoreChanges" : [ ],
 *     "inputs" : { ... }
 *   } ],
 *   "outputs" : { "url" : "https://..." }
 * }
 * }</pre>
 *
 * <p>Resources come in {@linkplain Plan#resourcesInTreeOrder() tree order}; keys are sorted;
 * secrets render as {@code "[secret]"} and unknowns as {@code "[unknown]"}; whole numbers render
 * without a fraction; string inputs holding a JSON object or array (container definitions,
 * policies) are embedded as JSON. {@code aliases} and {@code customTimeouts} appear only on resources that declare some.
 */
public final class PlanJson {

    /** The text secrets are rendered as. */
    public static final String SECRET = "[secret]";
    /** The text unknown values are rendered as. */
    public static final String UNKNOWN = "[unknown]";

    /** Key order comes from the documents built here ({@link #readable} sorts maps), not from Jackson. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    /**
     * @param plan the plan to render
     * @return the JSON text, ending with a newline
     */
    public static String render(Plan plan) {
        var document = new LinkedHashMap<String, Object>();
        var resources = new ArrayList<Object>();
        for (var resource : plan.resourcesInTreeOrder()) {
            resources.add(resource(resource));
        }
        document.put("resources", resources);
        var outputs = new TreeMap<String, Object>();
        plan.outputs().forEach((name, output) -> outputs.put(name, outputValue(output)));
        document.put("outputs", outputs);
        return write(document) + "\n";
    }

    private static Map<String, Object> resource(PlannedResource resource) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", resource.type());
        json.put("name", resource.name());
        json.put("parent", resource.parentUrn().map(PlanJson::identity).orElse(null));
        json.put("component", resource.isComponent());
        json.put("protect", resource.protect());
        json.put("retainOnDelete", resource.retainOnDelete());
        json.put("ignoreChanges", resource.ignoreChanges());
        if (!resource.aliases().isEmpty()) {
            var aliases = new ArrayList<String>();
            resource.aliases().forEach(alias -> aliases.add(alias.describe()));
            json.put("aliases", aliases);
        }
        if (!resource.customTimeouts().isEmpty()) {
            json.put("customTimeouts", new TreeMap<>(resource.customTimeouts()));
        }
        json.put("inputs", readable(resource.inputs()));
        return json;
    }

    private static String identity(String urn) {
        var parts = UrnParts.parse(urn);
        return parts.type() + "::" + parts.name();
    }

    @Nullable
    private static Object outputValue(PlannedOutput output) {
        if (output.secret()) {
            return SECRET;
        }
        return output.known() ? readable(output.value()) : UNKNOWN;
    }

    /**
     * @param value a plan value (input or output)
     * @return the value as rendered in plan JSON: secrets and unknowns replaced, JSON strings
     *         embedded, whole numbers as {@code Long}
     */
    @Nullable
    static Object readable(@Nullable Object value) {
        if (value instanceof SecretValue) {
            return SECRET;
        }
        if (value instanceof UnknownValue) {
            return UNKNOWN;
        }
        if (value instanceof String) {
            return JsonText.parseDocument((String) value).map(PlanJson::readable).orElse(value);
        }
        if (value instanceof Double) {
            double number = (Double) value;
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) (long) number : value;
        }
        if (value instanceof Map<?, ?> asset && "asset".equals(asset.get("kind")) && asset.get("text") instanceof String text) {
            // An asset's text (a function's code, say) is shown by its digest: plans stay short,
            // and a changed text still shows as a change.
            var digest = new TreeMap<String, Object>();
            digest.put("kind", "asset");
            digest.put("sha256", Fingerprints.sha256(text));
            digest.put("bytes", (long) text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            return digest;
        }
        if (value instanceof Map) {
            var map = new TreeMap<String, Object>();
            ((Map<?, ?>) value).forEach((k, v) -> map.put(String.valueOf(k), readable(v)));
            return map;
        }
        if (value instanceof List) {
            var list = new ArrayList<>();
            ((List<?>) value).forEach(v -> list.add(readable(v)));
            return list;
        }
        return value;
    }

    /**
     * One line of JSON of a resource's inputs, secrets as {@value #SECRET}: what two plans are
     * compared by when asking which resources a change touches.
     *
     * @param resource a planned resource
     * @return its inputs as compact JSON with sorted keys
     */
    public static String compactInputs(PlannedResource resource) {
        return compact(resource.inputs());
    }

    /** @return compact JSON of a {@link #readable} value, for one-line renderings */
    static String compact(@Nullable Object value) {
        try {
            return MAPPER.writeValueAsString(readable(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plain plan values always serialize", e);
        }
    }

    private static String write(Object document) {
        // Fixed "\n" line ends keep golden files identical across operating systems.
        var indenter = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plain plan values always serialize", e);
        }
    }
}
