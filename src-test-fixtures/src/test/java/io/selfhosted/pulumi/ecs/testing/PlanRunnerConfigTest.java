package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Stack config from Pulumi.yaml, Pulumi.&lt;stack&gt;.yaml files and explicit values. */
class PlanRunnerConfigTest {

    @TempDir
    Path dir;

    /** Exports every config value the tests look at, with the secretness the SDK gives it. */
    private static final Consumer<Context> ECHO_CONFIG = ctx -> {
        var config = ctx.config();
        var aws = ctx.config("aws");
        ctx.export("region", Output.of(aws.get("region").orElse("<none>")));
        ctx.export("vpcId", Output.of(config.get("vpcId").orElse("<none>")));
        ctx.export("subnetIds", Output.of(config.get("subnetIds").orElse("<none>")));
        ctx.export("scaling", Output.of(config.get("scaling").orElse("<none>")));
        ctx.export("replicas", Output.of(config.getInteger("replicas").orElse(-1)));
        ctx.export("enabled", Output.of(config.get("enabled").orElse("<none>")));
        ctx.export("answer", Output.of(config.get("answer").orElse("<none>")));
        ctx.export("ratio", Output.of(config.get("ratio").orElse("<none>")));
        ctx.export("dbPassword", config.getSecret("dbPassword").applyValue(v -> v.orElse("<none>")));
        ctx.export("domain", Output.of(config.get("domain").orElse("<none>")));
        ctx.export("passwordIsSecret", Output.of(Deployment.getInstance().getConfig()
                .isConfigSecret(ctx.projectName() + ":dbPassword")));
        ctx.export("scalingIsSecret", Output.of(Deployment.getInstance().getConfig()
                .isConfigSecret(ctx.projectName() + ":scaling")));
    };

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsAStackConfigFileLikeTheCli() throws IOException {
        var file = write("Pulumi.staging.yaml", String.join("\n",
                "config:",
                "  aws:region: eu-west-1",
                "  shop:vpcId: vpc-0abc",
                "  shop:subnetIds:",
                "    - subnet-1",
                "    - subnet-2",
                "  shop:replicas: 3",
                "  shop:ratio: 1.50",
                "  shop:enabled: true",
                "  shop:answer: yes",
                "  shop:dbPassword:",
                "    secure: AAABAJ0tcXmu5d9Q",
                "  shop:scaling:",
                "    min: 1",
                "    token:",
                "      secure: AAABBB",
                ""));

        var plan = PlanRunner.create().project("shop").configFile(file).run(ECHO_CONFIG).requireSuccess();

        assertThat(plan.stack()).as("stack name comes from the file name").isEqualTo("staging");
        assertThat(plan.output("region").value()).isEqualTo("eu-west-1");
        assertThat(plan.output("vpcId").value()).isEqualTo("vpc-0abc");
        assertThat(plan.output("subnetIds").value()).isEqualTo("[\"subnet-1\",\"subnet-2\"]");
        assertThat(plan.output("replicas").value()).isEqualTo(3.0);
        assertThat(plan.output("ratio").value()).as("numbers as written").isEqualTo("1.50");
        assertThat(plan.output("enabled").value()).isEqualTo("true");
        assertThat(plan.output("answer").value()).as("YAML 1.1 booleans stay words").isEqualTo("yes");
        assertThat(plan.output("dbPassword")).isEqualTo(new PlannedOutput("dbPassword", "AAABAJ0tcXmu5d9Q", true, true));
        assertThat(plan.output("passwordIsSecret").value()).isEqualTo(true);
        assertThat(plan.output("scaling").value()).isEqualTo("{\"min\":1,\"token\":\"AAABBB\"}");
        assertThat(plan.output("scalingIsSecret").value()).as("a nested secure value makes the key secret")
                .isEqualTo(true);
    }

    @Test
    void projectDirSuppliesTheNameAndDefaultsThatStackConfigOverrides() throws IOException {
        write("Pulumi.yaml", String.join("\n",
                "name: webshop",
                "runtime: java",
                "config:",
                "  vpcId:",
                "    default: vpc-default",
                "  domain:",
                "    value: shop.example.com",
                "  replicas:",
                "    type: integer",
                "    default: 2",
                "  dbPassword:",
                "    type: string",
                "    secret: true",
                ""));
        var stackFile = write("Pulumi.dev.yaml", "config:\n  webshop:vpcId: vpc-from-stack\n");

        var plan = PlanRunner.create().projectDir(dir).configFile(stackFile).run(ECHO_CONFIG).requireSuccess();

        assertThat(plan.project()).isEqualTo("webshop");
        assertThat(plan.output("vpcId").value()).isEqualTo("vpc-from-stack");
        assertThat(plan.output("domain").value()).isEqualTo("shop.example.com");
        assertThat(plan.output("replicas").value()).isEqualTo(2.0);
        assertThat(plan.output("dbPassword").value()).as("no default, no value").isEqualTo("<none>");
    }

    @Test
    void explicitValuesWinAndBareKeysUseTheProjectNamespace() throws IOException {
        var stackFile = write("Pulumi.dev.yaml", "config:\n  shop:vpcId: vpc-file\n  shop:domain: file.example.com\n");

        var plan = PlanRunner.create().project("shop").stack("qa").configFile(stackFile)
                .config("vpcId", "vpc-explicit")
                .config("aws:region", "us-gov-west-1")
                .secretConfig("dbPassword", "hunter2")
                .run(ECHO_CONFIG).requireSuccess();

        assertThat(plan.stack()).as("an explicit stack wins over the file name").isEqualTo("qa");
        assertThat(plan.output("vpcId").value()).isEqualTo("vpc-explicit");
        assertThat(plan.output("domain").value()).isEqualTo("file.example.com");
        assertThat(plan.output("region").value()).isEqualTo("us-gov-west-1");
        assertThat(plan.output("dbPassword").secret()).isTrue();
        assertThat(plan.output("passwordIsSecret").value()).isEqualTo(true);
        assertThat(plan.output("scalingIsSecret").value()).isEqualTo(false);
    }

    @Test
    void theFakeAwsFollowsTheConfiguredRegion() {
        var plan = PlanRunner.create().config("aws:region", "cn-north-1")
                .run(ctx -> ctx.export("arn", new TestResource(IAM_ROLE, "task",
                        TestArgs.empty().name("task-role")).arn()))
                .requireSuccess();

        assertThat(plan.output("arn").value()).isEqualTo("arn:aws-cn:iam::123456789012:role/task-role");
    }
}
