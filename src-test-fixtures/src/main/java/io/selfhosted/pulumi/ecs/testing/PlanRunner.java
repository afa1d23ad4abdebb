package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Context;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.selfhosted.pulumi.ecs.testing.YamlConfigValues.ConfigValue;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;

import javax.annotation.Nullable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a Pulumi Java program under the SDK's mock engine with a {@link FakeAws} and returns the
 * resulting {@link Plan}.
 *
 * <pre>{@code
 * Plan plan = PlanRunner.create()
 *         .projectDir(Path.of("stack"))
 *         .configFile(Path.of("stack/Pulumi.sample.yaml"))
 *         .run(App::stack)
 *         .requireSuccess();
 * }</pre>
 *
 * <p>Configure it, then call {@link #run} as often as needed; a runner is not thread-safe. Runs are
 * serialised JVM-wide because the SDK keeps the deployment in a global singleton. A failing
 * program does not throw: its exceptions are in {@link Plan#exceptions()}. Only a run that does
 * not finish within the {@linkplain #timeout(Duration) timeout} throws.
 *
 * <p>Config precedence, lowest first: {@code Pulumi.yaml} defaults, config files (in the order
 * given), {@link #config}/{@link #secretConfig} calls. Keys without a namespace get the project's.
 */
public final class PlanRunner {

    /** How long a run may take unless {@link #timeout(Duration)} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static final Object RUN_LOCK = new Object();

    private static final String FORKJOIN_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    static {
        // The SDK runs its continuations on the ForkJoin common pool, whose default on a 2-vCPU
        // machine (one worker) starves a run. The pool is made on first use, which in a test JVM
        // is a run of this class: sizing it here spares every consumer's build a JVM flag. An
        // explicit -D wins; a pool made earlier by other code keeps its size.
        if (System.getProperty(FORKJOIN_PARALLELISM) == null) {
            System.setProperty(FORKJOIN_PARALLELISM, String.valueOf(Math.max(4, Runtime.getRuntime().availableProcessors())));
        }
        if (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 2) {
            // Started before this class (Maven's exec:java does): runs may crawl; say how to fix it.
            System.err.println("warning: the JVM's ForkJoin common pool has one worker, which can starve the Pulumi SDK;"
                    + " start the JVM with -D" + FORKJOIN_PARALLELISM + "=4 (under Maven: a line in .mvn/jvm.config)");
        }
    }

    @Nullable
    private String project;
    @Nullable
    private String stack;
    @Nullable
    private Path projectDir;
    private final List<Path> configFiles = new ArrayList<>();
    private final Map<String, ConfigValue> explicitConfig = new LinkedHashMap<>();
    private FakeAws fakeAws = FakeAws.create();
    private Duration timeout = DEFAULT_TIMEOUT;
    private boolean dryRun = true;
    private Level engineLogLevel = Level.OFF;

    private PlanRunner() {
    }

    /** @return a runner for project {@code project}, stack {@code dev}, preview mode, default fake AWS */
    public static PlanRunner create() {
        return new PlanRunner();
    }

    /**
     * @param project the project name; default: the {@code name} in {@link #projectDir}'s
     *                {@code Pulumi.yaml}, else {@code project}
     * @return this runner
     */
    public PlanRunner project(String project) {
        this.project = project;
        return this;
    }

    /**
     * @param stack the stack name; default: the {@code <stack>} of the first
     *              {@code Pulumi.<stack>.yaml} {@linkplain #configFile config file}, else {@code dev}
     * @return this runner
     */
    public PlanRunner stack(String stack) {
        this.stack = stack;
        return this;
    }

    /**
     * @param key   {@code namespace:key} ({@code aws:region}) or a bare key of the project namespace
     * @param value the value as the CLI passes it: structured values as JSON text
     * @return this runner
     */
    public PlanRunner config(String key, String value) {
        explicitConfig.put(key, new ConfigValue(value, false));
        return this;
    }

    /**
     * @param key   as for {@link #config(String, String)}
     * @param value the plaintext of a secret config value
     * @return this runner
     */
    public PlanRunner secretConfig(String key, String value) {
        explicitConfig.put(key, new ConfigValue(value, true));
        return this;
    }

    /**
     * Adds the {@code config:} of a stack file. A {@code {secure: ...}} value becomes a secret whose
     * offline stand-in plaintext is the ciphertext text; lists and maps become JSON.
     *
     * @param stackConfigFile a {@code Pulumi.<stack>.yaml} file
     * @return this runner
     */
    public PlanRunner configFile(Path stackConfigFile) {
        configFiles.add(stackConfigFile);
        return this;
    }

    /**
     * @param projectDir a directory with a {@code Pulumi.yaml} supplying the project name and config
     *                   defaults ({@code key: {default: x}} or {@code key: {value: x}})
     * @return this runner
     */
    public PlanRunner projectDir(Path projectDir) {
        this.projectDir = projectDir;
        return this;
    }

    /**
     * @param fakeAws the fake cloud answering registrations and invokes; default {@link FakeAws#create()}
     * @return this runner
     */
    public PlanRunner fakeAws(FakeAws fakeAws) {
        this.fakeAws = fakeAws;
        return this;
    }

    /**
     * @param timeout how long a run may take before it is deemed hung; default {@link #DEFAULT_TIMEOUT}
     * @return this runner
     */
    public PlanRunner timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /**
     * @param dryRun true for a preview ({@code ctx.isDryRun()}), false for an update; default true
     * @return this runner
     */
    public PlanRunner dryRun(boolean dryRun) {
        this.dryRun = dryRun;
        return this;
    }

    /**
     * @param level the level at which the SDK's own logging is printed; default {@link Level#OFF},
     *              because the SDK logs every program exception with its stack trace
     * @return this runner
     */
    public PlanRunner engineLogLevel(Level level) {
        this.engineLogLevel = level;
        return this;
    }

    /**
     * Runs a component on its own: the creator typically calls the component's constructor.
     *
     * @param creator creates the component (and anything else) given the stack context
     * @return the plan
     */
    public Plan runComponent(Function<Context, ?> creator) {
        return run(ctx -> creator.apply(ctx));
    }

    /**
     * Runs a program, as {@code Pulumi.run(program)} would.
     *
     * @param program the stack program
     * @return the plan, successful or not
     * @throws IllegalStateException if the run does not finish within the timeout
     */
    public Plan run(Consumer<Context> program) {
        var settings = RunSettings.resolve(project, stack, projectDir, configFiles, explicitConfig);
        synchronized (RUN_LOCK) {
            return runExclusively(program, settings);
        }
    }

    private Plan runExclusively(Consumer<Context> program, RunSettings settings) {
        var mocks = fakeAws.forConfiguredRegion(Optional.ofNullable(settings.config().get("aws:region")));
        var logger = engineLogger();
        var log = PulumiTestInternal.mockLog(logger);
        var monitor = new AtomicReference<RecordingMonitor>();
        long deadline = System.nanoTime() + timeout.toNanos();
        // A run elsewhere in this JVM that skipped cleanup would make building this one fail.
        PulumiTest.cleanup();
        try {
            var test = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(settings.project()).stackName(settings.stack())
                            .preview(dryRun).build())
                    .mocks(mocks)
                    .config(settings.config(), settings.secretKeys())
                    .standardLogger(logger)
                    .monitorDecorator(defaultMonitor -> {
                        monitor.set(new RecordingMonitor(mocks, log, settings.stack(), settings.project()));
                        return monitor.get();
                    })
                    .build();
            TestResult result = test.runTestAsync(program).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            var exceptions = new ArrayList<Throwable>();
            result.exceptions().forEach(e -> exceptions.add(unwrap(e)));
            var outputs = StackOutputs.read(result.outputs(), log, deadline, exceptions);
            return new Plan(settings.project(), settings.stack(), monitor.get().recorded(), outputs,
                    distinct(exceptions), result.errors(), result.exitCode());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The program did not finish within " + timeout + ". A mock or an Output "
                    + "that never completes blocks the run; registered so far: " + recordedSoFar(monitor), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The mock engine failed: " + unwrap(e).getMessage(), unwrap(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the program", e);
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static String recordedSoFar(AtomicReference<RecordingMonitor> monitor) {
        return monitor.get() == null ? "nothing" : monitor.get().recorded().toString();
    }

    /** The SDK wraps program exceptions in its async plumbing; users care about their own exception. */
    private static Throwable unwrap(Throwable e) {
        var current = e;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * The SDK records an exception once per future it travelled through, sometimes wrapped with
     * context (e.g. the property being serialized). Keep each exception once, and drop wrappers
     * of an exception that is itself reported, so tests see the program's own exception.
     */
    private static List<Throwable> distinct(List<Throwable> exceptions) {
        var reported = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        reported.addAll(exceptions);
        var result = new ArrayList<Throwable>();
        for (var e : exceptions) {
            if (!result.contains(e) && !wrapsAnyOf(e, reported)) {
                result.add(e);
            }
        }
        return result;
    }

    private static boolean wrapsAnyOf(Throwable e, Set<Throwable> reported) {
        for (var cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (reported.contains(cause)) {
                return true;
            }
        }
        return false;
    }

    private Logger engineLogger() {
        var logger = Logger.getLogger(PlanRunner.class.getName() + ".engine");
        logger.setLevel(engineLogLevel);
        logger.setUseParentHandlers(engineLogLevel != Level.OFF);
        return logger;
    }
}
