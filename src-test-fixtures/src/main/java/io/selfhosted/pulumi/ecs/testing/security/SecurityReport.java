package io.selfhosted.pulumi.ecs.testing.security;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@link SecurityChecks#run}: the findings left after suppressions, and the
 * suppressions that matched nothing (stale exceptions are worth removing).
 *
 * @param findings          findings not covered by a suppression
 * @param suppressed        findings covered by a suppression
 * @param unusedSuppressions suppressions that matched no finding
 */
public record SecurityReport(List<Finding> findings, List<Finding> suppressed, List<Suppression> unusedSuppressions) {

    /** Whether no check failed (suppressed findings aside). */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** Throws an {@link AssertionError} listing every finding (and every unused suppression). */
    public SecurityReport assertPassed() {
        if (!findings.isEmpty() || !unusedSuppressions.isEmpty()) {
            throw new AssertionError("Security checks failed:\n" + findings.stream().map(f -> "  " + f)
                    .collect(Collectors.joining("\n"))
                    + (unusedSuppressions.isEmpty() ? "" : "\nUnused suppressions:\n" + unusedSuppressions.stream()
                    .map(s -> "  " + s).collect(Collectors.joining("\n"))));
        }
        return this;
    }
}
