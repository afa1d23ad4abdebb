package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;

/**
 * The bundled stack: the whole self-hosted Pulumi Service from stack config
 * ({@code pulumi config set ...} then {@code pulumi up}). Every setting is read, typed and
 * validated by {@link StackConfig}; secrets must be secret config.
 */
public final class App {
    private static final String FORKJOIN_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private App() {
    }

    /** Runs the stack under the Pulumi CLI. */
    public static void main(String[] args) {
        // The Pulumi SDK runs its continuations on the ForkJoin common pool, whose default size on
        // a 2-vCPU machine (1 worker) starves the run. The pool is created on first use, so
        // setting its size here works whether Pulumi starts this class through Maven or as the
        // prebuilt jar (binary mode), where no JVM flags can be passed. An explicit -D wins.
        if (System.getProperty(FORKJOIN_PARALLELISM) == null) {
            System.setProperty(FORKJOIN_PARALLELISM, "4");
        }
        Pulumi.run(App::stack);
    }

    /** The program; also what the offline plan and the tests run. */
    public static void stack(Context ctx) {
        var config = StackConfig.load(new PulumiConfigSource(ctx));
        config.warnings().forEach(ctx.log()::warn);
        var install = new PulumiSelfHostedEcs(config.name(), config.args(), null);
        install.outputs().forEach(ctx::export);
    }
}
