package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.Problem;

import java.util.ArrayList;
import java.util.List;

/** The problems of a stack config, each named by its config key, collected in one pass. */
final class ConfigProblems {
    private final List<Problem> found = new ArrayList<>();

    void add(String key, String message) {
        found.add(new Problem(key, message));
    }

    boolean check(boolean ok, String key, String message) {
        if (!ok) {
            add(key, message);
        }
        return ok;
    }

    void add(Problem problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }
}
