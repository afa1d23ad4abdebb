package io.selfhosted.pulumi.ecs.provider;

import com.pulumi.provider.internal.ResourceProviderService;

import java.util.ArrayList;
import java.util.List;

/**
 * The component package's entry point, as the Pulumi CLI starts it for {@code pulumi package add}
 * and every deployment of a program that uses the package: it serves {@code selfhosted-ecs} over
 * gRPC and prints its port on the first line of standard output.
 */
public final class ProviderMain {
    private static final String FORKJOIN_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private ProviderMain() {
    }

    /**
     * @param args what the CLI passes: optional {@code --logtostderr}, {@code -v=N},
     *             {@code --tracing <endpoint>}, then the engine's address
     */
    public static void main(String[] args) throws Exception {
        // The SDK runs its continuations on the ForkJoin common pool, which a 2-vCPU machine
        // sizes to 1 worker: set before first use, as the bundled stack does.
        if (System.getProperty(FORKJOIN_PARALLELISM) == null) {
            System.setProperty(FORKJOIN_PARALLELISM, "4");
        }
        new ResourceProviderService(engineAddress(args), new SelfHostedEcsProvider()).startAndBlockUntilShutdown();
    }

    /** The engine's address: the one argument left once the CLI's logging and tracing flags are dropped. */
    static String engineAddress(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--logtostderr") || arg.startsWith("-v=") || arg.startsWith("--logflow")) {
                continue;
            }
            if (arg.equals("--tracing")) {
                i++;
                continue;
            }
            if (arg.startsWith("--tracing=")) {
                continue;
            }
            rest.add(arg);
        }
        if (rest.size() != 1) {
            throw new IllegalArgumentException("expected the engine address as the only argument, got " + rest);
        }
        return rest.get(0);
    }
}
