package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Context;

/** A stack program whose validation rejects its input, as a misconfigured stack would. */
public final class FailingStack {

    private FailingStack() {
    }

    /**
     * @param ctx the stack context
     */
    public static void stack(Context ctx) {
        new TestResource("aws:cloudwatch/logGroup:LogGroup", "created-before-validation", TestArgs.empty());
        throw new IllegalArgumentException("Invalid arguments:\n  - api.taskCpu: 300 is not one of 256, 512, 1024");
    }
}
