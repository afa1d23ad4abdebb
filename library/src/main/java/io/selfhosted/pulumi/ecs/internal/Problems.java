package io.selfhosted.pulumi.ecs.internal;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects validation problems so that one pass reports all of them together; see
 * {@link InvalidArgumentsException}. Messages name other properties as {@code {{path}}}
 * (see {@link Problem}).
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    /** Records a problem with the property at {@code path}. */
    public void add(String path, String message) {
        found.add(new Problem(path, message));
    }

    /** Records a problem when {@code ok} is false; returns {@code ok}. */
    public boolean check(boolean ok, String path, String message) {
        if (!ok) {
            add(path, message);
        }
        return ok;
    }

    /** Records the problems of a group that sits at {@code prefix}; their paths are relative to it. */
    public void addAll(String prefix, List<Problem> problems) {
        problems.forEach(p -> found.add(p.at(prefix)));
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Everything found, in the order it was found. */
    public List<Problem> all() {
        return List.copyOf(found);
    }

    /** Throws {@link InvalidArgumentsException} listing every problem, if there is any. */
    public void throwIfAny(String subject) {
        if (!found.isEmpty()) {
            throw new InvalidArgumentsException(subject, found);
        }
    }
}
