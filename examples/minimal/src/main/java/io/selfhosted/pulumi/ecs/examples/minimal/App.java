package io.selfhosted.pulumi.ecs.examples.minimal;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsOutputs;
import io.selfhosted.pulumi.ecs.config.PulumiConfigSource;
import io.selfhosted.pulumi.ecs.config.StackConfig;

/**
 * The bundled stack: the whole self-hosted Pulumi Service from stack config
 * ({@code pulumi config set ...} then {@code pulumi up}). Every setting is read, typed and
 * validated by {@link StackConfig}; secrets must be secret config.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program; also what the offline plan and the tests run. */
    public static void stack(Context ctx) {
        var config = StackConfig.load(new PulumiConfigSource(ctx));
        var install = new PulumiSelfHostedEcs(config.name(), config.args(), null);
        PulumiSelfHostedEcsOutputs.of(install).forEach(ctx::export);
    }
}
