package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Context;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;

/**
 * Prints what a stack would deploy, offline: runs a program's {@code public static void
 * stack(com.pulumi.Context)} under the fake AWS and renders the plan.
 *
 * <pre>
 * --program &lt;class&gt;    class with public static void stack(com.pulumi.Context) (required)
 * --project-dir &lt;dir&gt;  directory with Pulumi.yaml (default: .)
 * --config &lt;file&gt;     Pulumi.&lt;stack&gt;.yaml (default: &lt;project-dir&gt;/Pulumi.sample.yaml if present)
 * --format tree|json|mermaid|gantt  rendering: resource tree with key properties and outputs,
 *                      every input as JSON, a Mermaid architecture diagram, or a Mermaid gantt
 *                      chart of a modeled first pulumi up (default: tree)
 * --output &lt;file&gt;     write the rendering to a file instead of stdout
 * --debug              print stack traces of program exceptions
 * </pre>
 *
 * <p>Exit codes: {@value #OK} success, {@value #PROGRAM_FAILED} the program failed (its exception
 * messages go to stderr, as a user would act on them), {@value #USAGE} bad arguments.
 */
public final class PlanCommand {

    /** The plan was rendered. */
    public static final int OK = 0;
    /** The program raised exceptions or logged errors. */
    public static final int PROGRAM_FAILED = 1;
    /** The command line was wrong (unknown option, missing program, unreadable file...). */
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join("\n",
            "Usage: PlanCommand --program <fully.qualified.Class> [options]",
            "  --program <class>    class with public static void stack(com.pulumi.Context)",
            "  --project-dir <dir>  directory with Pulumi.yaml (default: .)",
            "  --config <file>      Pulumi.<stack>.yaml (default: <project-dir>/Pulumi.sample.yaml if present)",
            "  --format tree|json|mermaid|gantt  resource tree with key properties (default), JSON of every input,",
            "                       architecture diagram, or a gantt chart of a modeled first pulumi up",
            "  --output <file>      write the rendering to this file instead of stdout",
            "  --debug              print stack traces of program exceptions",
            "");

    private PlanCommand() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * Does what {@link #main} does without exiting the JVM.
     *
     * @param args the command line
     * @param out  receives the rendering (unless {@code --output} is given)
     * @param err  receives failures and usage messages
     * @return the exit code: {@link #OK}, {@link #PROGRAM_FAILED} or {@link #USAGE}
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        PlanCommandLine line;
        Consumer<Context> program;
        try {
            line = PlanCommandLine.parse(args);
            if (line.help()) {
                out.print(USAGE_TEXT);
                return OK;
            }
            program = loadProgram(line.programClass());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Run with --help for the options.");
            return USAGE;
        } catch (ExceptionInInitializerError e) {
            // The program's static initialisation failed: that is the program failing, not bad usage.
            var cause = e.getCause() == null ? e : e.getCause();
            err.println(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            return PROGRAM_FAILED;
        }
        Plan plan;
        try {
            var runner = PlanRunner.create().projectDir(line.projectDir());
            line.configFile().ifPresent(runner::configFile);
            plan = runner.run(program);
        } catch (InvalidConfigFileException e) {
            // A config file that cannot be read is a problem of the config, not of the command line.
            err.println(e.getMessage());
            return PROGRAM_FAILED;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (!plan.succeeded()) {
            plan.problems().forEach(err::println);
            if (line.debug()) {
                plan.exceptions().forEach(e -> err.print(stackTrace(e)));
            }
            return PROGRAM_FAILED;
        }
        var summary = PlanTree.renderSummary(plan);
        var rendering = switch (line.format()) {
            case "json" -> PlanJson.render(plan);
            case "mermaid" -> PlanDiagram.mermaid(plan);
            case "gantt" -> PlanGantt.of(plan).mermaid();
            default -> PlanTree.render(plan) + renderOutputs(plan) + "\n" + summary;
        };
        int code = write(rendering, line, out, err);
        if (code == OK && (line.outputFile().isPresent() || !"tree".equals(line.format()))) {
            // The summary stays out of a machine-readable rendering on stdout.
            (line.outputFile().isPresent() ? out : err).print(summary);
        }
        return code;
    }

    private static String renderOutputs(Plan plan) {
        var outputs = PlanTree.renderOutputs(plan);
        return outputs.isEmpty() ? "" : "\n" + outputs;
    }

    private static int write(String rendering, PlanCommandLine line, PrintStream out, PrintStream err) {
        if (line.outputFile().isEmpty()) {
            out.print(rendering);
            out.flush();
            return OK;
        }
        try {
            Files.writeString(line.outputFile().get(), rendering, StandardCharsets.UTF_8);
            return OK;
        } catch (IOException e) {
            err.println("Cannot write " + line.outputFile().get() + ": " + e.getMessage());
            return USAGE;
        }
    }

    private static Consumer<Context> loadProgram(String className) {
        Method stack;
        try {
            var type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            stack = type.getMethod("stack", Context.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Program class not found on the classpath: " + className);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(className + " has no public static void stack(com.pulumi.Context)");
        }
        if (!Modifier.isStatic(stack.getModifiers())) {
            throw new IllegalArgumentException(className + ".stack(Context) must be static");
        }
        return ctx -> invoke(stack, ctx);
    }

    /** Rethrows the program's own exception, so the plan reports it rather than the reflection wrapper. */
    private static void invoke(Method stack, Context ctx) {
        try {
            stack.invoke(null, ctx);
        } catch (InvocationTargetException e) {
            var cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + stack + ": " + e.getMessage(), e);
        }
    }

    private static String stackTrace(Throwable e) {
        var text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
