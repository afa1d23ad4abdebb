package io.selfhosted.pulumi.ecs.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reads string inputs that hold a JSON document (ECS container definitions, IAM policies...), so
 * that plan queries and renderings can look inside them like any other structured input.
 */
final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {
    }

    /**
     * Parses {@code text} when it is a JSON object or array.
     *
     * @return the document as plain values (numbers as {@code Double}, like engine inputs), or
     *         empty when the text is not a JSON object or array
     */
    static Optional<Object> parseDocument(String text) {
        var trimmed = text.strip();
        var looksLikeDocument = (trimmed.startsWith("{") && trimmed.endsWith("}"))
                || (trimmed.startsWith("[") && trimmed.endsWith("]"));
        if (!looksLikeDocument) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(plain(MAPPER.readTree(trimmed)));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    @Nullable
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            var map = new LinkedHashMap<String, Object>();
            node.properties().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(plain(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.asText();
    }
}
