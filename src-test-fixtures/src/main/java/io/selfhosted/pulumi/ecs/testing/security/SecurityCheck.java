package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;

import java.util.List;
import java.util.function.Function;

/**
 * One security check over a recorded plan.
 *
 * @param id          the check's id, e.g. {@code S3-1}
 * @param control     the AWS Foundational Security Best Practices control it maps to, e.g.
 *                    {@code S3.8}, or empty when there is none
 * @param description what the check requires
 * @param finder      finds the resources of a plan that fail it
 */
public record SecurityCheck(String id, String control, String description, Function<Plan, List<Finding>> finder) {

    /** The findings of this check on {@code plan}. */
    public List<Finding> apply(Plan plan) {
        return finder.apply(plan);
    }

    @Override
    public String toString() {
        return id + (control.isEmpty() ? "" : " (" + control + ")") + ": " + description;
    }
}
