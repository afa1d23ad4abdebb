package io.selfhosted.pulumi.ecs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Alias;
import com.pulumi.resources.CustomResourceOptions;
import org.junit.jupiter.api.Test;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

class PlanRenderingTest {

    private static Plan samplePlan() {
        return PlanRunner.create().project("shop").secretConfig("dbPassword", "hunter2")
                .run(SampleStack::stack).requireSuccess();
    }

    @Test
    void jsonIsParseableAndReadable() throws Exception {
        var json = new ObjectMapper().readTree(PlanJson.render(samplePlan()));

        var resources = json.get("resources");
        assertThat(resources).extracting(r -> r.get("type").asText() + "::" + r.get("name").asText()).containsExactly(
                "aws:ecs/taskDefinition:TaskDefinition::api",
                "test:storage:Box::box",
                "aws:cloudwatch/logGroup:LogGroup::box-logs",
                "aws:s3/bucketV2:BucketV2::box-bucket");
        JsonNode task = resources.get(0);
        assertThat(task.get("parent").isNull()).isTrue();
        assertThat(task.get("retainOnDelete").asBoolean()).isTrue();
        assertThat(task.get("ignoreChanges").get(0).asText()).isEqualTo("document");
        assertThat(task.at("/inputs/password").asText()).isEqualTo("[secret]");
        assertThat(task.at("/inputs/port").isIntegralNumber()).as("whole numbers without fraction").isTrue();
        assertThat(task.at("/inputs/document/0/image").asText()).as("JSON strings are embedded").isEqualTo("api:latest");
        assertThat(task.at("/inputs/document/0/cpu").asInt()).isEqualTo(256);
        assertThat(resources.get(3).get("parent").asText()).isEqualTo("test:storage:Box::box");
        assertThat(resources.get(3).get("protect").asBoolean()).isTrue();
        assertThat(resources.get(1).get("component").asBoolean()).isTrue();
        assertThat(json.at("/outputs/dbPassword").asText()).isEqualTo("[secret]");
        assertThat(json.at("/outputs/ports/1").asInt()).isEqualTo(443);
        assertThat(PlanJson.render(samplePlan())).doesNotContain("hunter2");
    }

    @Test
    void jsonDoesNotDependOnRegistrationOrder() {
        var forward = PlanRunner.create().run(ctx -> {
            new TestResource(IAM_ROLE, "b", TestArgs.empty().name("b"));
            new TestResource(IAM_ROLE, "a", TestArgs.empty().name("a"));
            new TestComponent("box", null);
        });
        var backward = PlanRunner.create().run(ctx -> {
            new TestComponent("box", null);
            new TestResource(IAM_ROLE, "a", TestArgs.empty().name("a"));
            new TestResource(IAM_ROLE, "b", TestArgs.empty().name("b"));
        });

        assertThat(forward.resources()).extracting(PlannedResource::name)
                .isNotEqualTo(backward.resources().stream().map(PlannedResource::name).toList());
        assertThat(PlanJson.render(forward)).isEqualTo(PlanJson.render(backward));
        assertThat(PlanTree.render(forward)).isEqualTo(PlanTree.render(backward));
    }

    @Test
    void treeShowsNestingAndFlags() throws Exception {
        var plan = PlanRunner.create().run(ctx -> {
            new TestComponent("box", null);
            new TestResource(KMS_KEY, "key", TestArgs.empty(), CustomResourceOptions.builder()
                    .protect(true).retainOnDelete(true).ignoreChanges("policy")
                    .aliases(Alias.builder().name("old-key").build()).build());
        });

        assertThat(PlanTree.render(plan)).isEqualTo(String.join("\n",
                "aws:kms/key:Key  key  [protected] [retainOnDelete] [ignoreChanges: policy]",
                "test:storage:Box  box",
                "  aws:cloudwatch/logGroup:LogGroup  box-logs",
                "  aws:s3/bucketV2:BucketV2  box-bucket  [protected]",
                ""));
        var json = new ObjectMapper().readTree(PlanJson.render(plan));
        assertThat(json.at("/resources/0/aliases/0").asText()).isEqualTo("name=old-key");
        assertThat(json.at("/resources/1").has("aliases")).as("only present when declared").isFalse();
    }

    @Test
    void outputsSectionHidesSecrets() {
        var text = PlanTree.renderOutputs(samplePlan());

        assertThat(text).startsWith("Outputs:\n")
                .contains("  dbPassword: [secret]\n")
                .contains("  ports: [80,443]\n")
                .containsPattern("  bucketArn: arn:aws:s3:::box-bucket-[0-9a-f]{7}  \\(simulated\\)\n")
                .doesNotContain("hunter2");
    }

    @Test
    void onlyValuesTheFakeCloudMadeUpAreMarkedSimulated() {
        var plan = samplePlan();

        assertThat(plan.isSimulated(plan.output("bucketArn").value())).as("an ARN the fake made up").isTrue();
        assertThat(plan.isSimulated(plan.output("ports").value())).as("numbers the program chose").isFalse();
        assertThat(PlanTree.renderOutputs(plan)).contains("  ports: [80,443]\n");
        var bucket = plan.resource("aws:s3/bucketV2:BucketV2", "box-bucket");
        assertThat(bucket.simulatedValues()).contains(bucket.id().orElseThrow())
                .doesNotContainAnyElementsOf(bucket.plainStrings());
    }

    @Test
    void theSummaryCountsResourcesComponentsProtectedSecretsAndSimulatedOutputs() {
        var plan = samplePlan();

        assertThat(PlanTree.renderSummary(plan)).isEqualTo(
                "Plan: 4 resources (3 custom, 1 component), 1 protected, 1 secret input, "
                        + plan.outputs().size() + " outputs, 1 of them simulated (made up offline; AWS sets them on pulumi up)\n");
    }
}
