package io.selfhosted.pulumi.ecs.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package schema: generated from the code at build time, kept as the golden {@code schema.json}
 * next to {@code PulumiPlugin.yaml} (reviewed in every diff that changes an input or output), valid
 * against Pulumi's package metaschema, and complete enough for a consumer in any language.
 */
class SchemaTest {
    static final Path GOLDEN = Path.of("schema.json");
    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode schema;
    static JsonNode resource;

    @BeforeAll
    static void generate() throws IOException {
        String generated = SchemaGenerator.generate(System.getProperty("project.version"));
        if (Boolean.getBoolean("goldens.update") && (!Files.exists(GOLDEN) || !Files.readString(GOLDEN).equals(generated))) {
            Files.writeString(GOLDEN, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(GOLDEN, StandardCharsets.UTF_8))
                .as("schema.json is stale; regenerate with: mvn verify -Dgoldens.update=true").isEqualTo(generated);
        schema = JSON.readTree(generated);
        resource = schema.get("resources").get(PulumiSelfHostedEcs.TYPE);
    }

    @Test
    void isAValidPulumiPackageSchema() throws IOException {
        try (InputStream metaschema = SchemaTest.class.getResourceAsStream("/pulumi-package-metaschema.json")) {
            var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(metaschema));
            List<Error> problems = validator.validate(schema);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void servesExactlyWhatCanBeConstructed() {
        assertThat(schema.get("name").asText()).isEqualTo("selfhosted-ecs");
        assertThat(schema.get("version").asText()).isEqualTo(System.getProperty("project.version"));
        List<String> resources = new ArrayList<>();
        schema.get("resources").fieldNames().forEachRemaining(resources::add);
        assertThat(resources).containsExactly(PulumiSelfHostedEcs.TYPE);
        assertThat(resource.get("isComponent").asBoolean()).isTrue();
    }

    @Test
    void everyOutputOfTheComponentIsOffered() {
        Set<String> offered = new TreeSet<>();
        resource.get("properties").fieldNames().forEachRemaining(offered::add);
        Set<String> exported = new TreeSet<>();
        for (var field : io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs.class.getDeclaredFields()) {
            var export = field.getAnnotation(com.pulumi.core.annotations.Export.class);
            if (export != null) {
                exported.add(export.name());
            }
        }
        assertThat(exported).hasSizeGreaterThan(30).contains("apiUrl", "clusterArn", "apiTaskRoleArn", "licenseKeySecretArn");
        assertThat(offered).isEqualTo(exported);
    }

    @Test
    void noConstantIsAnInputAndEveryPropertyIsDescribed() {
        for (JsonNode properties : allPropertyMaps()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext(); ) {
                var entry = it.next();
                assertThat(entry.getKey()).as("a property name, not a constant").matches("^[a-z][A-Za-z0-9]*$");
                assertThat(entry.getValue().path("description").asText()).as("description of %s", entry.getKey()).isNotBlank();
            }
        }
        assertThat(resource.get("description").asText()).contains("self-hosted Pulumi Service");
    }

    @Test
    void secretsAreMarkedSecret() {
        var inputs = resource.get("inputProperties");
        assertThat(inputs.get("licenseKey").path("secret").asBoolean()).isTrue();
        assertThat(inputs.get("agGridLicenseKey").path("secret").asBoolean()).isTrue();
        var types = schema.get("types");
        assertThat(types.get("selfhosted-ecs:index:Smtp").get("properties").get("password").path("secret").asBoolean()).isTrue();
        assertThat(types.get("selfhosted-ecs:index:Saml").get("properties").get("certificatePrivateKey").path("secret").asBoolean()).isTrue();
        assertThat(types.get("selfhosted-ecs:index:Recaptcha").get("properties").get("secretKey").path("secret").asBoolean()).isTrue();
        // A plain setting is not.
        assertThat(types.get("selfhosted-ecs:index:Smtp").get("properties").get("server").has("secret")).isFalse();
    }

    @Test
    void requiredInputsAndDefaultsAreTheLibrarys() {
        List<String> required = new ArrayList<>();
        resource.get("requiredInputs").forEach(n -> required.add(n.asText()));
        assertThat(required).containsExactlyInAnyOrder("network", "domain", "licenseKey", "images");
        assertThat(resource.get("inputProperties").get("logRetentionDays").get("default").asInt()).isEqualTo(365);
        assertThat(schema.get("types").get("selfhosted-ecs:index:Database").get("properties").get("instanceClass").get("default").asText())
                .isEqualTo("db.r6g.large");
    }

    private static List<JsonNode> allPropertyMaps() {
        List<JsonNode> all = new ArrayList<>(List.of(resource.get("inputProperties"), resource.get("properties")));
        schema.path("types").forEach(type -> all.add(type.get("properties")));
        return all;
    }
}
