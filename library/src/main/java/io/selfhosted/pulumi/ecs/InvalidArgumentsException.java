package io.selfhosted.pulumi.ecs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before any resource is registered when the arguments of a component (or the example
 * stack's config) are invalid. It lists every problem found, not only the first one.
 *
 * <p>Messages never contain the value of a secret.
 */
public final class InvalidArgumentsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param subject  what was validated, e.g. {@code PulumiSelfHostedEcsArgs}
     * @param problems the problems found; must not be empty
     */
    public InvalidArgumentsException(String subject, List<Problem> problems) {
        super(describe(subject, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidArgumentsException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order the properties were checked. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String subject, List<Problem> problems) {
        String noun = problems.size() == 1 ? "problem" : "problems";
        return "Invalid " + subject + " (" + problems.size() + " " + noun + "):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
