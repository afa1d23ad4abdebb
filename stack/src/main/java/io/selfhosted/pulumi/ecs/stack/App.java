package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.Context;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;

/**
 * The bundled stack: the whole self-hosted Pulumi Service from stack config
 * ({@code pulumi config set ...} then {@code pulumi up}). Every setting is read, typed and
 * validated by {@link StackConfig}; secrets must be secret config.
 */
public final class App {
    private App() {
    }

    /**
     * Runs the stack under the Pulumi CLI, through Maven or as the prebuilt jar (binary mode,
     * where no JVM flags can be passed); {@link PulumiSelfHostedEcs#run} sizes the ForkJoin pool
     * the SDK needs.
     */
    public static void main(String[] args) {
        PulumiSelfHostedEcs.run(App::stack);
    }

    /** The program; also what the offline plan and the tests run. */
    public static void stack(Context ctx) {
        var config = StackConfig.load(new PulumiConfigSource(ctx));
        config.warnings().forEach(ctx.log()::warn);
        var install = new PulumiSelfHostedEcs(config.name(), config.args(), null);
        install.outputs().forEach(ctx::export);
    }
}
