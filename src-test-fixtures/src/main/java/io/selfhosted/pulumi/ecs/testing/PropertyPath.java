package io.selfhosted.pulumi.ecs.testing;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path into a property bag: keys separated by dots and list indexes in brackets, e.g.
 * {@code containerDefinitions[0].environment[2].name}.
 *
 * <p>Walking a path unwraps {@link SecretValue}s (remembering that it did) and steps into string
 * values that hold a JSON document, so tests can reach into container definitions or policies.
 */
final class PropertyPath {

    private final String text;
    private final List<Object> segments;

    private PropertyPath(String text, List<Object> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** The result of walking a path: whether it led somewhere, the value, and whether it crossed a secret. */
    record Lookup(boolean found, @Nullable Object value, boolean secret) {
    }

    static PropertyPath parse(String text) {
        var segments = new ArrayList<>();
        var key = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                addKey(text, segments, key);
                i++;
            } else if (c == '[') {
                if (key.length() > 0) {
                    addKey(text, segments, key);
                }
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw invalid(text, "unclosed '['");
                }
                try {
                    segments.add(Integer.parseInt(text.substring(i + 1, close).strip()));
                } catch (NumberFormatException e) {
                    throw invalid(text, "list index must be a number");
                }
                i = close + 1;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                }
            } else {
                key.append(c);
                i++;
            }
        }
        if (key.length() > 0 || segments.isEmpty()) {
            addKey(text, segments, key);
        }
        return new PropertyPath(text, List.copyOf(segments));
    }

    private static void addKey(String text, List<Object> segments, StringBuilder key) {
        if (key.length() == 0) {
            throw invalid(text, "empty key");
        }
        segments.add(key.toString());
        key.setLength(0);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("Invalid property path '" + text + "': " + why
                + " (expected keys separated by '.' and indexes like [0], e.g. a.b[0].c)");
    }

    Lookup lookup(Map<String, Object> root) {
        Object current = root;
        boolean secret = false;
        for (var segment : segments) {
            if (current instanceof SecretValue) {
                secret = true;
                current = ((SecretValue) current).value();
            }
            if (current instanceof String) {
                current = JsonText.parseDocument((String) current).orElse(current);
            }
            Optional<Object> next = step(current, segment);
            if (next == null) {
                return new Lookup(false, null, secret);
            }
            current = next.orElse(null);
        }
        if (current instanceof SecretValue) {
            return new Lookup(true, ((SecretValue) current).value(), true);
        }
        return new Lookup(true, current, secret);
    }

    /** Returns null when the segment does not exist; an empty Optional for a present null value. */
    @Nullable
    @SuppressWarnings("OptionalAssignedToNull")
    private static Optional<Object> step(@Nullable Object current, Object segment) {
        if (segment instanceof Integer && current instanceof List) {
            var list = (List<?>) current;
            int index = (Integer) segment;
            return index >= 0 && index < list.size() ? Optional.ofNullable(list.get(index)) : null;
        }
        if (segment instanceof String && current instanceof Map) {
            var map = (Map<?, ?>) current;
            return map.containsKey(segment) ? Optional.ofNullable(map.get(segment)) : null;
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
