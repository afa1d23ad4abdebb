package io.selfhosted.pulumi.ecs.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples in the other languages are the files under {@code examples/}, quoted
 * verbatim; the YAML program's properties are checked against the schema (names, kinds, required
 * inputs, outputs). The TypeScript, Python, Go and C# programs need the SDK that
 * {@code pulumi package add} generates, which needs the Pulumi CLI: here they are checked to use
 * the schema's names in each language's casing, not compiled.
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of("examples");
    static final Path README = Path.of("../README.md");
    static JsonNode schema;

    @BeforeAll
    static void schema() throws IOException {
        schema = SchemaTest.JSON.readTree(Files.readString(SchemaTest.GOLDEN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theYamlProgramUsesOnlyWhatTheSchemaOffers() throws IOException {
        Map<String, Object> program = new Yaml().load(Files.readString(EXAMPLES.resolve("yaml/Pulumi.yaml")));
        var resources = (Map<String, Map<String, Object>>) program.get("resources");
        var resource = resources.get("pulumi");
        assertThat(resource.get("type")).isEqualTo(PulumiSelfHostedEcs.TYPE);
        JsonNode spec = schema.get("resources").get(PulumiSelfHostedEcs.TYPE);
        var properties = (Map<String, Object>) resource.get("properties");
        List<String> problems = new ArrayList<>();
        check(properties, spec.get("inputProperties"), "", problems);
        spec.get("requiredInputs").forEach(r -> {
            if (!properties.containsKey(r.asText())) {
                problems.add("required input " + r.asText() + " is missing");
            }
        });
        var outputs = (Map<String, String>) program.get("outputs");
        outputs.values().forEach(expression -> {
            String name = expression.replaceAll("^\\$\\{pulumi\\.(.*)}$", "$1");
            if (!spec.get("properties").has(name)) {
                problems.add("output " + name + " is not in the schema");
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void check(Map<String, Object> values, JsonNode properties, String path, List<String> problems) {
        values.forEach((name, value) -> {
            JsonNode property = properties.get(name);
            if (property == null) {
                problems.add(path + name + " is not an input of the schema");
                return;
            }
            JsonNode type = property.has("$ref") ? schema.get("types").get(property.get("$ref").asText().replace("#/types/", "")) : property;
            String kind = type.path("type").asText();
            if (value instanceof Map<?, ?> nested) {
                if (!kind.equals("object")) {
                    problems.add(path + name + " is an object, the schema says " + kind);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) nested;
                    check(fields, type.get("properties"), path + name + ".", problems);
                }
            } else if (value instanceof List<?>) {
                if (!kind.equals("array")) {
                    problems.add(path + name + " is a list, the schema says " + kind);
                }
            } else if (!(value instanceof String s && s.startsWith("${")) && !List.of("string", "integer", "number", "boolean").contains(kind)) {
                problems.add(path + name + " is a plain value, the schema says " + kind);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "typescript/index.ts,     typescript, camel",
            "python/__main__.py,      python,     snake",
            "go/main.go,              go,         pascal",
            "csharp/Program.cs,       csharp,     pascal",
            "yaml/Pulumi.yaml,        yaml,       camel"})
    void theReadmeQuotesEachExampleAndEachUsesTheSchemasNames(String file, String fence, String casing) throws IOException {
        String source = Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
        assertThat(Files.readString(README, StandardCharsets.UTF_8)).as("README quotes provider/examples/%s", file)
                .contains("```" + fence + "\n" + source + "```");
        for (String name : List.of("network", "vpcId", "publicSubnetIds", "privateSubnetIds", "isolatedSubnetIds", "domain", "zoneName",
                "subdomain", "licenseKey", "images", "tag", "apiUrl", "consoleUrl")) {
            assertThat(SchemaTest.JSON.writeValueAsString(schema)).contains("\"" + name + "\"");
            assertThat(source).as("%s uses %s", file, name).contains(cased(name, casing));
        }
    }

    private static String cased(String name, String casing) {
        return switch (casing) {
            case "snake" -> name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
            case "pascal" -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
            default -> name;
        };
    }
}
