package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Context;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;

/** A stack program whose validation rejects its input, as a misconfigured stack would. */
public final class FailingStack {

    private FailingStack() {
    }

    /**
     * @param ctx the stack context
     */
    public static void stack(Context ctx) {
        new TestResource(CLOUDWATCH_LOG_GROUP, "created-before-validation", TestArgs.empty());
        throw new IllegalArgumentException("Invalid arguments:\n  - api.taskCpu: 300 is not one of 256, 512, 1024");
    }
}
