package io.selfhosted.pulumi.ecs.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a program registered under the mock engine: resources in registration order, stack outputs,
 * and what went wrong. Immutable; produced by {@link PlanRunner}.
 *
 * <p>Registration order depends on asynchronous timing; use {@link #resourcesInTreeOrder()} (or the
 * renderers) when a stable order matters.
 */
public final class Plan {

    private final String project;
    private final String stack;
    private final List<PlannedResource> resources;
    private final Map<String, PlannedOutput> outputs;
    private final List<Throwable> exceptions;
    private final List<String> errors;
    private final int exitCode;

    Plan(String project, String stack, List<PlannedResource> resources, Map<String, PlannedOutput> outputs,
         List<Throwable> exceptions, List<String> engineErrors, int exitCode) {
        this.project = project;
        this.stack = stack;
        this.resources = List.copyOf(resources);
        this.outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
        this.exceptions = List.copyOf(exceptions);
        var allErrors = new ArrayList<>(engineErrors);
        allErrors.addAll(duplicateUrnErrors(this.resources));
        this.errors = List.copyOf(allErrors);
        this.exitCode = exitCode;
    }

    /** The engine rejects a second registration of the same URN; the mock engine does not, so we do. */
    private static List<String> duplicateUrnErrors(List<PlannedResource> resources) {
        return resources.stream()
                .collect(Collectors.groupingBy(PlannedResource::urn, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> "Duplicate resource URN '" + e.getKey() + "'; try giving it a unique name")
                .collect(Collectors.toList());
    }

    /** @return the project name the program ran with */
    public String project() {
        return project;
    }

    /** @return the stack name the program ran with */
    public String stack() {
        return stack;
    }

    /** @return every registered resource except the root stack, in registration order */
    public List<PlannedResource> resources() {
        return resources;
    }

    /**
     * @return the resources depth-first from the top-level ones, siblings sorted by type then name:
     *         an order that does not depend on asynchronous registration timing
     */
    public List<PlannedResource> resourcesInTreeOrder() {
        var ordered = new ArrayList<PlannedResource>();
        var roots = resources.stream().filter(r -> parentOf(r).isEmpty()).collect(Collectors.toList());
        appendDepthFirst(roots, ordered);
        return List.copyOf(ordered);
    }

    private void appendDepthFirst(List<PlannedResource> siblings, List<PlannedResource> sink) {
        siblings.stream()
                .sorted(Comparator.comparing(PlannedResource::type).thenComparing(PlannedResource::name))
                .forEach(r -> {
                    sink.add(r);
                    appendDepthFirst(childrenOf(r), sink);
                });
    }

    /**
     * @param typeToken a type token such as {@code aws:s3/bucketV2:BucketV2}
     * @return the resources of that type, in registration order
     */
    public List<PlannedResource> resourcesOfType(String typeToken) {
        return filter(r -> r.type().equals(typeToken));
    }

    /**
     * @param typeToken a type token
     * @return the only resource of that type
     * @throws NoSuchElementException if there is none or more than one; the message lists what exists
     */
    public PlannedResource single(String typeToken) {
        var matches = resourcesOfType(typeToken);
        if (matches.size() != 1) {
            throw new NoSuchElementException("Expected exactly one " + typeToken + " but found " + matches.size()
                    + (matches.isEmpty() ? "" : " " + names(matches)) + "; the plan has: " + inventory());
        }
        return matches.get(0);
    }

    /**
     * @param logicalName a logical name
     * @return the resource with that name, if any
     * @throws IllegalStateException if resources of several types share the name
     */
    public Optional<PlannedResource> named(String logicalName) {
        var matches = filter(r -> r.name().equals(logicalName));
        if (matches.size() > 1) {
            throw new IllegalStateException("Several resources are named '" + logicalName + "': " + matches
                    + "; use resource(type, name)");
        }
        return matches.stream().findFirst();
    }

    /**
     * @param typeToken   a type token
     * @param logicalName a logical name
     * @return the resource with that type and name
     * @throws NoSuchElementException if there is none; the message lists the names of that type
     */
    public PlannedResource resource(String typeToken, String logicalName) {
        var matches = filter(r -> r.type().equals(typeToken) && r.name().equals(logicalName));
        if (matches.isEmpty()) {
            throw new NoSuchElementException("No " + typeToken + " named '" + logicalName + "'; names of that type: "
                    + names(resourcesOfType(typeToken)));
        }
        return matches.get(0);
    }

    /**
     * @param parent a resource of this plan
     * @return its direct children, in registration order
     */
    public List<PlannedResource> childrenOf(PlannedResource parent) {
        return filter(r -> r.parentUrn().filter(parent.urn()::equals).isPresent());
    }

    /**
     * @param parent a resource of this plan
     * @return its children, grandchildren and so on, depth-first
     */
    public List<PlannedResource> descendantsOf(PlannedResource parent) {
        var all = new ArrayList<PlannedResource>();
        for (var child : childrenOf(parent)) {
            all.add(child);
            all.addAll(descendantsOf(child));
        }
        return List.copyOf(all);
    }

    /**
     * @param child a resource of this plan
     * @return its parent, or empty when its parent is the stack
     */
    public Optional<PlannedResource> parentOf(PlannedResource child) {
        return child.parentUrn().flatMap(urn -> resources.stream().filter(r -> r.urn().equals(urn)).findFirst());
    }

    /** @return the component resources, in registration order */
    public List<PlannedResource> components() {
        return filter(PlannedResource::isComponent);
    }

    /**
     * Finds where a value leaks into plain inputs, e.g. a secret that should only ever travel as a
     * {@link SecretValue}. Strings holding JSON documents are searched as text.
     *
     * @param text the text to look for
     * @return the resources with a non-secret string input containing {@code text}
     */
    public List<PlannedResource> resourcesWithPlainInput(String text) {
        return filter(r -> r.plainStrings().stream().anyMatch(s -> s.contains(text)));
    }

    /**
     * @param value a value of the plan (an output, an input), as recorded
     * @return whether it is, or (for a list or object) holds, a string the fake cloud made up
     *         (an id, a generated name, an ARN, an endpoint) rather than one the program chose
     */
    public boolean isSimulated(@javax.annotation.Nullable Object value) {
        if (value instanceof String) {
            return resources.stream().anyMatch(r -> r.simulatedValues().contains(value));
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().anyMatch(this::isSimulated);
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).values().stream().anyMatch(this::isSimulated);
        }
        return false;
    }

    /** @return the stack outputs by name, sorted by name */
    public Map<String, PlannedOutput> outputs() {
        return outputs;
    }

    /**
     * @param name a stack output name
     * @return that output
     * @throws NoSuchElementException if the program did not export it
     */
    public PlannedOutput output(String name) {
        var output = outputs.get(name);
        if (output == null) {
            throw new NoSuchElementException("No stack output '" + name + "'; outputs: " + outputs.keySet());
        }
        return output;
    }

    /** @return the exceptions the program raised, unwrapped from the SDK's async wrappers */
    public List<Throwable> exceptions() {
        return exceptions;
    }

    /**
     * @return errors the engine would report: error log messages (including each unhandled
     *         exception, which the SDK logs with its stack trace) and duplicate URNs
     */
    public List<String> errors() {
        return errors;
    }

    /** @return whether the program ran to completion without exceptions or errors */
    public boolean succeeded() {
        return exitCode == 0 && exceptions.isEmpty() && errors.isEmpty();
    }

    /**
     * @return this plan, for chaining
     * @throws AssertionError naming the exception messages (or the errors) if the program failed;
     *                        the first exception is its cause
     */
    public Plan requireSuccess() {
        if (succeeded()) {
            return this;
        }
        var failure = new AssertionError("The program failed: " + String.join("; ", problems()),
                exceptions.isEmpty() ? null : exceptions.get(0));
        exceptions.stream().skip(1).forEach(failure::addSuppressed);
        throw failure;
    }

    /**
     * @return one line per problem: the exception messages when there are exceptions (they are what
     *         a user acts on), otherwise the engine errors, otherwise the exit code
     */
    public List<String> problems() {
        if (!exceptions.isEmpty()) {
            return exceptions.stream()
                    .map(e -> e.getMessage() == null ? e.getClass().getName() : e.getMessage())
                    .collect(Collectors.toList());
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        return exitCode == 0 ? List.of() : List.of("The program exited with code " + exitCode);
    }

    private List<PlannedResource> filter(Predicate<PlannedResource> predicate) {
        return resources.stream().filter(predicate).collect(Collectors.toList());
    }

    private static List<String> names(List<PlannedResource> matches) {
        return matches.stream().map(PlannedResource::name).collect(Collectors.toList());
    }

    private String inventory() {
        var counts = new TreeMap<String, Long>(resources.stream()
                .collect(Collectors.groupingBy(PlannedResource::type, Collectors.counting())));
        return counts.isEmpty() ? "no resources" : counts.toString();
    }
}
