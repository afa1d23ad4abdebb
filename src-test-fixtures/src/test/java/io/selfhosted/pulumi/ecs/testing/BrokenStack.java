package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Context;

/** A stack program whose class cannot even be initialised. */
public final class BrokenStack {

    private static final String REGION = requireRegion();

    private BrokenStack() {
    }

    private static String requireRegion() {
        throw new IllegalStateException("AWS_REGION is not set");
    }

    /**
     * @param ctx the stack context
     */
    public static void stack(Context ctx) {
        ctx.export("region", com.pulumi.core.Output.of(REGION));
    }
}
