package io.selfhosted.pulumi.ecs.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of stack config keys that record a problem (naming the key and the fix) instead
 * of failing on the first bad value. Values of secret keys never appear in a message.
 */
final class ConfigReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ConfigSource source;
    private final ConfigProblems problems;
    /** The spelling the user wrote, by key name, for the keys read so far. */
    private final Map<String, String> spellings = new LinkedHashMap<>();

    ConfigReader(ConfigSource source, ConfigProblems problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * The spelling of a key the config uses: its name, or one of its aliases (an installer's
     * spelling); two spellings at once are a problem, and the name wins.
     */
    String spelling(ConfigKey<?> configKey) {
        return spellings.computeIfAbsent(configKey.name(), name -> {
            List<String> present = configKey.spellings().stream().filter(s -> source.get(s).isPresent()).toList();
            // The installers' projects each spell some keys their own way: the same value under
            // two spellings (a merged stack file) is fine, two values are not.
            if (present.size() > 1 && present.stream().map(source::get).distinct().count() > 1) {
                problems.add(present.get(1), "is set together with " + present.get(0) + ", which means the same, to another value;"
                        + " keep only " + present.get(0));
            }
            return present.isEmpty() ? name : present.get(0);
        });
    }

    /** Whether any spelling of a key has a value, refused or not. */
    boolean isSet(ConfigKey<?> configKey) {
        return configKey.spellings().stream().anyMatch(name -> source.get(name).filter(v -> !v.isEmpty()).isPresent());
    }

    /** The spelling the user wrote for a key name, or the name. */
    String spellingOf(String name) {
        return spellings.getOrDefault(name, name);
    }

    Optional<String> string(ConfigKey<?> configKey) {
        String key = spelling(configKey);
        Optional<String> value = source.get(key).filter(v -> !v.isEmpty());
        if (value.isEmpty() && configKey.required()) {
            problems.add(key, "is not set; run `pulumi config set " + key + " <value>`");
        }
        if (value.isPresent() && source.isSecret(key)) {
            // It would reach a container as a plain variable: the user thinks it is secret.
            problems.add(key, "is stored as a secret, but the service receives it as a plain setting, visible in the task "
                    + "definition; set it again without --secret (or leave it out)");
            return Optional.empty();
        }
        return value;
    }

    /** A secret key: it must have been set with --secret. */
    Optional<Output<String>> secret(ConfigKey<?> configKey) {
        String key = spelling(configKey);
        Optional<String> value = source.get(key).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            if (configKey.required()) {
                problems.add(key, "is not set; run `pulumi config set --secret " + key + " <value>`");
            }
            return Optional.empty();
        }
        if (!source.isSecret(key)) {
            problems.add(key, "is stored in plain text in the stack file; set it again with `pulumi config set --secret "
                    + key + " <value>` (and rotate it if the file was shared)");
        }
        return value.map(Output::ofSecret);
    }

    Optional<Integer> integer(ConfigKey<?> configKey) {
        String key = spelling(configKey);
        return string(configKey).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v.trim()));
            } catch (NumberFormatException e) {
                // The example is a value the key takes: its default where it has one.
                String example = configKey.defaultValue().map(String::valueOf).filter(d -> d.matches("\\d+")).orElse("1");
                problems.add(key, "'" + v + "' is not a whole number; e.g. `pulumi config set " + key + " " + example + "`");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(ConfigKey<?> configKey) {
        return string(configKey).flatMap(v -> switch (v.trim().toLowerCase()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.add(spelling(configKey), "'" + v + "' is not true or false");
                yield Optional.empty();
            }
        });
    }

    /** A list of strings: a JSON array (as {@code pulumi config set --path key[0] ...} stores it) or comma-separated text. */
    Optional<List<String>> list(ConfigKey<?> configKey) {
        String key = spelling(configKey);
        return string(configKey).flatMap(v -> {
            String text = v.trim();
            if (!text.startsWith("[")) {
                return Optional.of(Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
            }
            try {
                JsonNode node = MAPPER.readTree(text);
                List<String> values = new ArrayList<>();
                for (JsonNode item : node) {
                    if (!item.isTextual()) {
                        problems.add(key, "has the non-text item " + item + "; list strings, e.g. [\"subnet-0123abcd\", \"subnet-4567ef01\"]");
                        return Optional.empty();
                    }
                    values.add(item.asText());
                }
                return Optional.of(values);
            } catch (JsonProcessingException e) {
                problems.add(key, "is not a JSON list; write e.g. [\"a\", \"b\"] or a,b");
                return Optional.empty();
            }
        });
    }

    /** A map of strings, given as a JSON object. */
    Optional<Map<String, String>> map(ConfigKey<?> configKey) {
        String key = spelling(configKey);
        return string(configKey).flatMap(v -> {
            try {
                JsonNode node = MAPPER.readTree(v);
                if (!node.isObject()) {
                    throw new IllegalArgumentException();
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean allText = true;
                for (var it = node.properties().iterator(); it.hasNext(); ) {
                    var e = it.next();
                    if (e.getValue().isContainerNode() || e.getValue().isNull()) {
                        // asText() would silently turn a nested object or null into an empty value.
                        problems.add(key + "." + e.getKey(), "is " + (e.getValue().isNull() ? "null" : "not text")
                                + "; give each " + key + " entry a text value, e.g. `pulumi config set --path '" + key + "."
                                + e.getKey() + "' platform`");
                        allText = false;
                    } else {
                        values.put(e.getKey(), e.getValue().asText());
                    }
                }
                return allText ? Optional.of(values) : Optional.empty();
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(key, "is not a key/value object; set it with `pulumi config set --path '" + key + ".team' platform`");
                return Optional.empty();
            }
        });
    }

    Optional<String> qualified(String namespace, String key) {
        return source.getQualified(namespace, key);
    }
}
