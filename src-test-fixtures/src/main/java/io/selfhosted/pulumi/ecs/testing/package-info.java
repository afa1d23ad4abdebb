/**
 * Runs a Pulumi Java program, or a single component, under the Pulumi Java SDK's mock engine with a
 * fake AWS ({@link io.selfhosted.pulumi.ecs.testing.aws.FakeAws}) and records everything it registers as
 * an immutable {@link io.selfhosted.pulumi.ecs.testing.Plan}: types, logical names, parents, inputs
 * (with secretness preserved), resource options and stack outputs.
 *
 * <p>Start with {@link io.selfhosted.pulumi.ecs.testing.PlanRunner}; render a plan with
 * {@link io.selfhosted.pulumi.ecs.testing.PlanJson} or {@link io.selfhosted.pulumi.ecs.testing.PlanTree};
 * {@link io.selfhosted.pulumi.ecs.testing.PlanCommand} does the same from the command line.
 *
 * <p>The harness is generic: it knows nothing about the components it runs. What knows AWS lives
 * in {@link io.selfhosted.pulumi.ecs.testing.aws} (the fake AWS and queries over AWS resources of
 * a plan); the security checks are in {@link io.selfhosted.pulumi.ecs.testing.security}.
 */
@ParametersAreNonnullByDefault
package io.selfhosted.pulumi.ecs.testing;

import javax.annotation.ParametersAreNonnullByDefault;
