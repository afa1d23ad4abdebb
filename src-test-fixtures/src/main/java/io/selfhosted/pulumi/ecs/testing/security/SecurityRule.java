package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;

import java.util.List;
import java.util.function.Function;

/**
 * One security check over a recorded plan.
 *
 * @param id          the rule's id, e.g. {@code S3-1}
 * @param control     the AWS Foundational Security Best Practices control it maps to, e.g.
 *                    {@code S3.8}, or empty when there is none
 * @param description what the rule requires
 * @param check       finds the resources of a plan that break it
 */
public record SecurityRule(String id, String control, String description, Function<Plan, List<Finding>> check) {

    /** The findings of this rule on {@code plan}. */
    public List<Finding> apply(Plan plan) {
        return check.apply(plan);
    }

    @Override
    public String toString() {
        return id + (control.isEmpty() ? "" : " (" + control + ")") + ": " + description;
    }
}
