package io.selfhosted.pulumi.ecs.testing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What differs between two plans of one program, by URN: the question a reviewer of a change
 * asks ("which resources would this touch?"). Inputs are compared with secrets redacted, so a
 * secret drawn anew on each run does not count as a change.
 *
 * @param added   URNs only in the second plan
 * @param removed URNs only in the first plan
 * @param changed URNs in both whose inputs differ
 */
public record PlanDiff(Set<String> added, Set<String> removed, Set<String> changed) {

    /** The differences from {@code before} to {@code after}. */
    public static PlanDiff between(Plan before, Plan after) {
        Map<String, String> old = inputsByUrn(before);
        Map<String, String> now = inputsByUrn(after);
        Set<String> added = new TreeSet<>(now.keySet());
        added.removeAll(old.keySet());
        Set<String> removed = new TreeSet<>(old.keySet());
        removed.removeAll(now.keySet());
        Set<String> changed = new TreeSet<>();
        old.forEach((urn, inputs) -> {
            if (now.containsKey(urn) && !now.get(urn).equals(inputs)) {
                changed.add(urn);
            }
        });
        return new PlanDiff(added, removed, changed);
    }

    /** The type tokens of the changed resources. */
    public Set<String> changedTypes() {
        Set<String> types = new TreeSet<>();
        changed.forEach(urn -> types.add(UrnParts.parse(urn).type()));
        return types;
    }

    private static Map<String, String> inputsByUrn(Plan plan) {
        Map<String, String> inputs = new TreeMap<>();
        plan.resources().forEach(r -> inputs.put(r.urn(), PlanJson.compactInputs(r)));
        return inputs;
    }
}
