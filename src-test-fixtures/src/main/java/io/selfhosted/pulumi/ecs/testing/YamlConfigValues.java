package io.selfhosted.pulumi.ecs.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Pulumi YAML config values into the strings the Pulumi CLI hands a program: scalars as
 * written, structured values as JSON, and {@code {secure: ...}} as a secret.
 *
 * <p>We walk SnakeYAML's node tree rather than its constructed objects so numbers keep the text
 * they were written with, and so that YAML 1.1 words such as {@code yes} stay strings, as they do
 * in the CLI's YAML 1.2 parser.
 */
final class YamlConfigValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A converted value and whether it was (or contained) a {@code secure} value. */
    record ConfigValue(String text, boolean secret) {
    }

    private YamlConfigValues() {
    }

    /** @return the top-level mapping of a YAML file, or empty for an empty file */
    static Optional<MappingNode> readMapping(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (node == null) {
                return Optional.empty();
            }
            if (!(node instanceof MappingNode)) {
                throw new IllegalArgumentException(file + " must hold a YAML mapping at the top level");
            }
            return Optional.of((MappingNode) node);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (MarkedYAMLException e) {
            // file:line:column and what the parser expected, without a stack trace.
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? file.toString() : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            String what = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new InvalidConfigFileException(where + ": " + what + context, e);
        } catch (YAMLException e) {
            throw new InvalidConfigFileException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    /** @return the entries of a mapping node, keyed by their scalar text, in file order */
    static Map<String, Node> entries(Node mapping) {
        var result = new LinkedHashMap<String, Node>();
        if (mapping instanceof MappingNode) {
            for (var tuple : ((MappingNode) mapping).getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode) {
                    result.put(((ScalarNode) tuple.getKeyNode()).getValue(), tuple.getValueNode());
                }
            }
        }
        return result;
    }

    static ConfigValue convert(Node node) {
        if (node instanceof ScalarNode) {
            return new ConfigValue(scalarText((ScalarNode) node), false);
        }
        var secure = secureText(node);
        if (secure.isPresent()) {
            return new ConfigValue(secure.get(), true);
        }
        var secret = new boolean[] {false};
        var json = toJson(node, secret);
        try {
            return new ConfigValue(JSON.writeValueAsString(json), secret[0]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain JSON nodes always serializes", e);
        }
    }

    /**
     * Offline there is no key to decrypt {@code secure} values, so the ciphertext itself stands in
     * for the plaintext: programs still get a non-empty secret string.
     */
    static Optional<String> secureText(Node node) {
        var entries = entries(node);
        if (entries.size() == 1 && entries.get("secure") instanceof ScalarNode) {
            return Optional.of(((ScalarNode) entries.get("secure")).getValue());
        }
        return Optional.empty();
    }

    private static String scalarText(ScalarNode scalar) {
        var raw = scalar.getValue();
        if (scalar.getTag().equals(Tag.NULL)) {
            return "";
        }
        if (scalar.getTag().equals(Tag.BOOL) && (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false"))) {
            return raw.toLowerCase(Locale.ROOT);
        }
        return raw;
    }

    private static JsonNode toJson(Node node, boolean[] secret) {
        var secure = secureText(node);
        if (secure.isPresent()) {
            secret[0] = true;
            return NODES.textNode(secure.get());
        }
        if (node instanceof MappingNode) {
            var object = NODES.objectNode();
            entries(node).forEach((key, value) -> object.set(key, toJson(value, secret)));
            return object;
        }
        if (node instanceof SequenceNode) {
            var array = NODES.arrayNode();
            ((SequenceNode) node).getValue().forEach(element -> array.add(toJson(element, secret)));
            return array;
        }
        return scalarJson((ScalarNode) node);
    }

    private static JsonNode scalarJson(ScalarNode scalar) {
        var raw = scalar.getValue();
        var tag = scalar.getTag();
        try {
            if (tag.equals(Tag.NULL)) {
                return NODES.nullNode();
            }
            if (tag.equals(Tag.INT)) {
                return NODES.numberNode(new BigInteger(raw.replace("_", "")));
            }
            if (tag.equals(Tag.FLOAT)) {
                return NODES.numberNode(new BigDecimal(raw.replace("_", "")));
            }
        } catch (NumberFormatException notDecimal) {
            return NODES.textNode(raw);
        }
        if (tag.equals(Tag.BOOL) && (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(raw.toLowerCase(Locale.ROOT)));
        }
        return NODES.textNode(raw);
    }
}
