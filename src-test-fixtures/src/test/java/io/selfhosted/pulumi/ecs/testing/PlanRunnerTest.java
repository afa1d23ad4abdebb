package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanRunnerTest {


    @Test
    void recordsTypesNamesParentsAndInputs() {
        var plan = PlanRunner.create().run(ctx -> {
            new TestComponent("box", null);
            new TestResource(IAM_ROLE, "top", TestArgs.empty().port(8080).items(List.of("a", 2)));
        }).requireSuccess();

        assertThat(plan.resources()).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("box", "box-logs", "box-bucket", "top");
        var box = plan.single(TestComponent.TYPE);
        assertThat(box.isComponent()).isTrue();
        assertThat(box.parentUrn()).as("top-level resources have the stack as parent").isEmpty();
        assertThat(plan.components()).containsExactly(box);
        assertThat(plan.childrenOf(box)).extracting(PlannedResource::type).containsExactlyInAnyOrder(CLOUDWATCH_LOG_GROUP, S3_BUCKET);
        assertThat(plan.descendantsOf(box)).hasSize(2);

        var bucket = plan.resource(S3_BUCKET, "box-bucket");
        assertThat(bucket.isComponent()).isFalse();
        assertThat(plan.parentOf(bucket)).contains(box);
        assertThat(bucket.parentType()).contains(TestComponent.TYPE);
        assertThat(bucket.urn()).isEqualTo(
                "urn:pulumi:dev::project::pulumi:pulumi:Stack$test:storage:Box$aws:s3/bucketV2:BucketV2::box-bucket");
        var logGroupArn = plan.resource(CLOUDWATCH_LOG_GROUP, "box-logs");
        assertThat(bucket.string("targetArn")).as("an output of one resource feeds another")
                .startsWith("arn:aws:logs:us-east-1:123456789012:log-group:box-logs-");
        assertThat(bucket.dependencies()).contains(logGroupArn.urn());
        assertThat(logGroupArn.string("tags.part")).isEqualTo("box");

        var role = plan.named("top").orElseThrow();
        assertThat(role.inputs().get("port")).isEqualTo(8080.0);
        assertThat(role.integer("port")).isEqualTo(8080);
        assertThat(role.list("items")).containsExactly("a", 2.0);
        assertThat(plan.resources()).noneMatch(r -> r.type().equals("pulumi:pulumi:Stack"));
    }

    @Test
    void queriesExplainWhatExists() {
        var plan = PlanRunner.create().run(ctx -> new TestComponent("box", null));

        assertThatThrownBy(() -> plan.single(ECS_SERVICE))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("found 0").hasMessageContaining(S3_BUCKET + "=1");
        assertThatThrownBy(() -> plan.resource(S3_BUCKET, "other"))
                .hasMessageContaining("box-bucket");
        assertThat(plan.named("missing")).isEmpty();
        assertThat(plan.resourcesOfType(CLOUDWATCH_LOG_GROUP)).hasSize(1);
    }

    @Test
    void keepsSecretnessOfInputs() {
        var plan = PlanRunner.create().run(ctx -> {
            var password = Output.ofSecret("s3cr3t-value");
            new TestResource(RDS_CLUSTER, "db", TestArgs.empty().password(password)
                    .settings(Map.of("nested", password, "plain", "visible")));
            new TestResource(ECS_TASK_DEFINITION, "leaky", TestArgs.empty()
                    .document("{\"env\":\"s3cr3t-value\"}"));
        }).requireSuccess();

        var db = plan.named("db").orElseThrow();
        assertThat(db.inputs().get("password")).isEqualTo(new SecretValue("s3cr3t-value"));
        assertThat(db.isSecret("password")).isTrue();
        assertThat(db.string("password")).isEqualTo("s3cr3t-value");
        assertThat(db.isSecret("settings.nested")).isTrue();
        assertThat(db.isSecret("settings.plain")).isFalse();
        assertThat(db.plainStrings()).containsExactly("visible");
        assertThat(plan.named("leaky").orElseThrow().plainStrings())
                .anyMatch(s -> s.contains("s3cr3t-value"));
        assertThat(plan.resourcesWithPlainInput("s3cr3t-value")).extracting(PlannedResource::name)
                .containsExactly("leaky");
    }

    @Test
    void recordsResourceOptions() {
        var plan = PlanRunner.create().run(ctx -> {
            var parent = new TestComponent("box", ComponentResourceOptions.builder()
                    .aliases(Alias.builder().name("old-box").build()).build());
            new TestResource(KMS_KEY, "key", TestArgs.empty(), CustomResourceOptions.builder()
                    .protect(true).retainOnDelete(true).ignoreChanges("tags", "policy").deleteBeforeReplace(true)
                    .replaceOnChanges("name").additionalSecretOutputs("arn").dependsOn(parent.bucket)
                    .aliases(Alias.withUrn("urn:pulumi:dev::project::aws:kms/key:Key::legacy-key")).build());
        }).requireSuccess();

        var key = plan.named("key").orElseThrow();
        assertThat(key.protect()).isTrue();
        assertThat(key.retainOnDelete()).isTrue();
        assertThat(key.ignoreChanges()).containsExactly("tags", "policy");
        assertThat(key.deleteBeforeReplace()).isTrue();
        assertThat(key.replaceOnChanges()).containsExactly("name");
        assertThat(key.additionalSecretOutputs()).containsExactly("arn");
        assertThat(key.dependencies()).contains(plan.resource(S3_BUCKET, "box-bucket").urn());
        assertThat(key.aliases()).extracting(PlannedAlias::describe)
                .containsExactly("urn:pulumi:dev::project::aws:kms/key:Key::legacy-key");

        var box = plan.single(TestComponent.TYPE);
        assertThat(box.protect()).isFalse();
        assertThat(box.aliases()).singleElement().satisfies(alias -> {
            assertThat(alias.name()).contains("old-box");
            assertThat(alias.urn()).isEmpty();
        });
        assertThat(plan.resource(CLOUDWATCH_LOG_GROUP, "box-logs").retainOnDelete()).isFalse();
    }

    @Test
    void readsStackOutputsWithSecretness() {
        var plan = PlanRunner.create().run(ctx -> {
            var box = new TestComponent("box", null);
            ctx.export("bucketArn", box.bucketArn());
            ctx.export("password", Output.ofSecret("hunter2"));
            ctx.export("replicas", Output.of(3));
            ctx.export("zones", Output.of(List.of("a", "b")));
            ctx.export("preview", Output.of(Deployment.getInstance().isDryRun()));
        }).requireSuccess();

        assertThat(plan.outputs()).containsOnlyKeys("bucketArn", "password", "preview", "replicas", "zones");
        assertThat(plan.output("bucketArn").value()).asString().startsWith("arn:aws:s3:::box-bucket-");
        assertThat(plan.output("bucketArn").secret()).isFalse();
        assertThat(plan.output("password")).isEqualTo(new PlannedOutput("password", "hunter2", true, true));
        assertThat(plan.output("replicas").value()).isEqualTo(3.0);
        assertThat(plan.output("zones").value()).isEqualTo(List.of("a", "b"));
        assertThat(plan.output("preview").value()).isEqualTo(true);
        assertThatThrownBy(() -> plan.output("url")).hasMessageContaining("bucketArn");
    }

    @Test
    void updateModeIsNotAPreview() {
        var plan = PlanRunner.create().dryRun(false)
                .run(ctx -> ctx.export("preview", Output.of(Deployment.getInstance().isDryRun())));

        assertThat(plan.output("preview").value()).isEqualTo(false);
    }

    @Test
    void reportsProgramExceptionsInsteadOfThrowing() {
        var plan = PlanRunner.create().run(ctx -> {
            new TestResource(CLOUDWATCH_LOG_GROUP, "before-failure", TestArgs.empty());
            throw new IllegalArgumentException("api.taskCpu must be one of 256, 512, 1024; got 300");
        });

        assertThat(plan.succeeded()).isFalse();
        assertThat(plan.exceptions()).singleElement()
                .isInstanceOf(IllegalArgumentException.class)
                .extracting(Throwable::getMessage).isEqualTo("api.taskCpu must be one of 256, 512, 1024; got 300");
        assertThat(plan.problems()).containsExactly("api.taskCpu must be one of 256, 512, 1024; got 300");
        assertThat(plan.errors()).isNotEmpty();
        assertThatThrownBy(plan::requireSuccess)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("api.taskCpu must be one of")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsExceptionsRaisedInsideApply() {
        var plan = PlanRunner.create().run(ctx -> ctx.export("broken",
                Output.of(1).applyValue(v -> {
                    throw new IllegalStateException("cannot derive the url");
                })));

        assertThat(plan.succeeded()).isFalse();
        assertThat(plan.exceptions()).extracting(Throwable::getMessage).containsExactly("cannot derive the url");
    }

    @Test
    void aHungProgramTimesOutAndTheNextRunStillWorks() {
        var never = new CompletableFuture<String>();
        var runner = PlanRunner.create().timeout(Duration.ofSeconds(2));

        assertThatThrownBy(() -> runner.run(ctx -> new TestResource(CLOUDWATCH_LOG_GROUP, "stuck",
                TestArgs.empty().targetArn(Output.of(never)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not finish within PT2S");

        var next = PlanRunner.create().run(ctx -> new TestResource(CLOUDWATCH_LOG_GROUP, "fine", TestArgs.empty()));
        assertThat(next.requireSuccess().resources()).extracting(PlannedResource::name).containsExactly("fine");
    }

    @Test
    void duplicateUrnsAreErrorsAsTheEngineWouldReport() {
        var plan = PlanRunner.create().run(ctx -> {
            new TestResource(CLOUDWATCH_LOG_GROUP, "same", TestArgs.empty());
            new TestResource(CLOUDWATCH_LOG_GROUP, "same", TestArgs.empty());
        });

        assertThat(plan.succeeded()).isFalse();
        assertThat(plan.errors()).singleElement().asString().contains("Duplicate resource URN").contains("::same");
    }

    @Test
    void runComponentRunsASingleComponent() {
        var plan = PlanRunner.create().project("shop").stack("prod")
                .runComponent(ctx -> new TestComponent("box", null)).requireSuccess();

        assertThat(plan.project()).isEqualTo("shop");
        assertThat(plan.stack()).isEqualTo("prod");
        assertThat(plan.single(TestComponent.TYPE).urn()).startsWith("urn:pulumi:prod::shop::");
        assertThat(plan.resourcesInTreeOrder()).extracting(PlannedResource::name)
                .containsExactly("box", "box-logs", "box-bucket");
    }
}
