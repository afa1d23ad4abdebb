package io.selfhosted.pulumi.ecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One invalid input found by validation.
 *
 * <p>A message may name other properties (the fix often involves one), written as
 * {@code {{path}}} in the template; {@link #message()} shows them as Args property paths and
 * {@link #message(UnaryOperator)} lets a caller show them in its own terms, e.g. the stack config
 * keys of the bundled stack, without rewriting free text.
 *
 * @param property the property path, e.g. {@code api.sizing.cpu} or {@code network.privateSubnetIds[1]}
 * @param template what is wrong (quoting the bad value unless it is a secret) and how to fix it,
 *                 with other properties written as {@code {{path}}}
 */
public record Problem(String property, String template) {
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]+)}}");

    public Problem {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(template, "template");
    }

    /** What is wrong and how to fix it, naming other properties by their Args paths. */
    public String message() {
        return message(UnaryOperator.identity());
    }

    /** What is wrong and how to fix it, naming each referenced property by {@code names}. */
    public String message(UnaryOperator<String> names) {
        Matcher m = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The property paths the message refers to besides {@link #property()}. */
    public List<String> references() {
        List<String> paths = new ArrayList<>();
        Matcher m = REFERENCE.matcher(template);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    /**
     * The same problem found in a group that sits at {@code prefix}: the property and every
     * reference gain the prefix ({@code sizing.cpu} at {@code api} becomes {@code api.sizing.cpu}).
     */
    public Problem at(String prefix) {
        Matcher m = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("{{" + join(prefix, m.group(1)) + "}}"));
        }
        m.appendTail(out);
        return new Problem(join(prefix, property), out.toString());
    }

    /** {@code prefix.path}, or {@code prefix[0]...} for an index, or either alone when the other is empty. */
    static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    @Override
    public String toString() {
        return property + ": " + message();
    }
}
