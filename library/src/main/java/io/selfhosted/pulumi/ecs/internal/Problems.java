package io.selfhosted.pulumi.ecs.internal;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects validation problems so that one pass reports all of them together; see
 * {@link InvalidArgumentsException}.
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

    public boolean isEmpty() {
        return found.isEmpty();
    }

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
