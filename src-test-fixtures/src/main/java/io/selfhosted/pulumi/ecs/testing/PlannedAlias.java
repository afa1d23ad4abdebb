package io.selfhosted.pulumi.ecs.testing;

import java.util.ArrayList;
import java.util.Optional;

/**
 * One alias a resource declared, as sent to the engine: either a full URN, or a spec whose empty
 * parts mean "same as the resource".
 *
 * @param urn       the aliased URN, or empty when the alias is a spec
 * @param name      the old logical name, or empty for "unchanged"
 * @param type      the old type token, or empty for "unchanged"
 * @param stack     the old stack, or empty for "unchanged"
 * @param project   the old project, or empty for "unchanged"
 * @param parentUrn the old parent URN, or empty for "unchanged" (or when {@code noParent})
 * @param noParent  whether the resource used to have no parent
 */
public record PlannedAlias(Optional<String> urn, Optional<String> name, Optional<String> type,
                           Optional<String> stack, Optional<String> project, Optional<String> parentUrn,
                           boolean noParent) {

    static PlannedAlias fromWire(pulumirpc.AliasOuterClass.Alias alias) {
        if (alias.hasUrn()) {
            return new PlannedAlias(Optional.of(alias.getUrn()), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), false);
        }
        var spec = alias.getSpec();
        return new PlannedAlias(Optional.empty(), nonEmpty(spec.getName()), nonEmpty(spec.getType()),
                nonEmpty(spec.getStack()), nonEmpty(spec.getProject()),
                spec.hasParentUrn() ? nonEmpty(spec.getParentUrn()) : Optional.empty(),
                spec.hasNoParent() && spec.getNoParent());
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * A compact, stable description for renderings and messages, e.g. {@code urn:pulumi:...} or
     * {@code name=old-name type=pkg:mod:Type noParent}.
     *
     * @return the description
     */
    public String describe() {
        if (urn.isPresent()) {
            return urn.get();
        }
        var parts = new ArrayList<String>();
        name.ifPresent(n -> parts.add("name=" + n));
        type.ifPresent(t -> parts.add("type=" + t));
        stack.ifPresent(s -> parts.add("stack=" + s));
        project.ifPresent(p -> parts.add("project=" + p));
        parentUrn.ifPresent(p -> parts.add("parent=" + p));
        if (noParent) {
            parts.add("noParent");
        }
        return String.join(" ", parts);
    }
}
