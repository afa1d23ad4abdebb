package io.selfhosted.pulumi.ecs.testing;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Property-path queries on recorded inputs, without running the engine. */
class PlannedResourceTest {

    private static final String CONTAINERS = "[{\"name\":\"api\",\"image\":\"pulumi/service:1.0\","
            + "\"portMappings\":[{\"containerPort\":8080}],\"environment\":[{\"name\":\"DB\",\"value\":\"db.local\"}]}]";

    private static PlannedResource taskDefinition() {
        var inputs = new LinkedHashMap<String, Object>();
        inputs.put("containerDefinitions", CONTAINERS);
        inputs.put("cpu", "1024");
        inputs.put("family", "api");
        inputs.put("memory", 2048.0);
        inputs.put("ratio", 0.5);
        inputs.put("secrets", new SecretValue(Map.of("password", "hunter2", "user", "admin")));
        inputs.put("tags", Map.of("Name", "api", "Team", new SecretValue("platform")));
        inputs.put("enabled", true);
        inputs.put("volumes", List.of());
        inputs.put("pending", UnknownValue.INSTANCE);
        var options = new ResourceOptionsRecord(true, false, List.of("tags"), List.of(), List.of(), false,
                List.of(), List.of(), Map.of("update", "30m"));
        return new PlannedResource(ECS_TASK_DEFINITION, "api",
                "urn:pulumi:dev::proj::pulumi:pulumi:Stack$pkg:svc:Api$aws:ecs/taskDefinition:TaskDefinition::api",
                "urn:pulumi:dev::proj::pulumi:pulumi:Stack$pkg:svc:Api::svc", false, inputs, options);
    }

    @Test
    void readsNestedValuesThroughJsonStringsAndListIndexes() {
        var resource = taskDefinition();

        assertThat(resource.string("containerDefinitions[0].image")).isEqualTo("pulumi/service:1.0");
        assertThat(resource.integer("containerDefinitions[0].portMappings[0].containerPort")).isEqualTo(8080);
        assertThat(resource.string("containerDefinitions[0].environment[0].value")).isEqualTo("db.local");
        assertThat(resource.list("containerDefinitions")).hasSize(1);
        assertThat(resource.map("tags")).containsKeys("Name", "Team");
        assertThat(resource.bool("enabled")).isTrue();
        assertThat(resource.input("pending")).contains(UnknownValue.INSTANCE);
    }

    @Test
    void integerAcceptsWholeDoublesOnly() {
        var resource = taskDefinition();

        assertThat(resource.integer("memory")).isEqualTo(2048);
        assertThatThrownBy(() -> resource.integer("ratio"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> resource.integer("cpu"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a number");
    }

    @Test
    void missingPathsFailWithTheAvailableKeys() {
        var resource = taskDefinition();

        assertThat(resource.input("nope")).isEmpty();
        assertThat(resource.input("containerDefinitions[3]")).isEmpty();
        assertThat(resource.has("volumes")).isTrue();
        assertThat(resource.has("volumes[0]")).isFalse();
        assertThatThrownBy(() -> resource.string("taskRoleArn"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("aws:ecs/taskDefinition:TaskDefinition 'api' has no input 'taskRoleArn'")
                .hasMessageContaining("containerDefinitions");
    }

    @Test
    void secretsAreUnwrappedButTracked() {
        var resource = taskDefinition();

        assertThat(resource.string("secrets.password")).isEqualTo("hunter2");
        assertThat(resource.isSecret("secrets")).isTrue();
        assertThat(resource.isSecret("secrets.user")).as("enclosed by a secret").isTrue();
        assertThat(resource.isSecret("tags.Team")).isTrue();
        assertThat(resource.isSecret("tags.Name")).isFalse();
        assertThat(resource.isSecret("family")).isFalse();
    }

    @Test
    void plainStringsSkipSecretsButKeepJsonDocumentsWhole() {
        var strings = taskDefinition().plainStrings();

        assertThat(strings).contains(CONTAINERS, "1024", "api")
                .doesNotContain("hunter2", "admin", "platform");
    }

    @Test
    void exposesIdentityParentAndOptions() {
        var resource = taskDefinition();

        assertThat(resource.parentType()).contains("pkg:svc:Api");
        assertThat(resource.parentName()).contains("svc");
        assertThat(resource.protect()).isTrue();
        assertThat(resource.ignoreChanges()).containsExactly("tags");
        assertThat(resource.customTimeouts()).containsExactly(Map.entry("update", "30m"));
        assertThat(resource).hasToString("aws:ecs/taskDefinition:TaskDefinition::api");
    }

    @Test
    void rejectsMalformedPaths() {
        var resource = taskDefinition();

        assertThatThrownBy(() -> resource.input("a..b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty key");
        assertThatThrownBy(() -> resource.input("a[x]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index");
        assertThatThrownBy(() -> resource.input("a[0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretValuesNeverPrintTheirPlaintext() {
        assertThat(new SecretValue("hunter2")).hasToString("[secret]");
        assertThat(new PlannedOutput("pw", "hunter2", true, true).toString()).doesNotContain("hunter2");
    }
}
