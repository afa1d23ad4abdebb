package io.selfhosted.pulumi.ecs.internal;

import io.selfhosted.pulumi.ecs.Problem;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Checks each group of Args once. Args are immutable, so the problems of one instance never
 * change, provided its rules read nothing but the group (not the stack's region, say: checks that
 * depend on the deployment run outside, every time). The top component checks the groups of the
 * whole install before it creates anything, and a part given the same group (to guard its
 * standalone use) reuses that result instead of checking it again. Groups are held weakly and
 * compared by identity: Args classes are final and never override {@code equals}.
 */
public final class Validation {
    private static final Map<Object, List<Problem>> CHECKED = Collections.synchronizedMap(new WeakHashMap<>());

    private Validation() {
    }

    /** The problems of {@code group} (paths relative to it), found by {@code rules} on the first call. */
    public static List<Problem> once(Object group, Consumer<Problems> rules) {
        List<Problem> known = CHECKED.get(group);
        if (known != null) {
            return known;
        }
        var problems = new Problems();
        // The rules may rely on the group's required properties: they run once all are there.
        // (A group held inside reports its own when it is checked.)
        List<Problem> unset = RequiredProperties.unsetHere(group);
        problems.addAll("", unset);
        if (unset.isEmpty()) {
            rules.accept(problems);
        }
        List<Problem> found = problems.all();
        CHECKED.put(group, found);
        return found;
    }
}
