package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;

/** A small stack program with the entry point {@link PlanCommand} expects. */
public final class SampleStack {

    private SampleStack() {
    }

    /**
     * Creates a component and a task definition whose container definitions are a JSON string.
     *
     * @param ctx the stack context
     */
    public static void stack(Context ctx) {
        var box = new TestComponent("box", null);
        var config = ctx.config();
        new TestResource(ECS_TASK_DEFINITION, "api", TestArgs.empty()
                .document("[{\"name\":\"api\",\"cpu\":256,\"image\":\"" + config.get("image").orElse("api:latest") + "\"}]")
                .password(config.requireSecret("dbPassword"))
                .port(8080),
                CustomResourceOptions.builder().ignoreChanges("document").retainOnDelete(true).build());
        ctx.export("bucketArn", box.bucketArn());
        ctx.export("dbPassword", config.requireSecret("dbPassword"));
        ctx.export("ports", Output.of(java.util.List.of(80, 443)));
    }
}
