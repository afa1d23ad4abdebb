/**
 * Everything about AWS in the test fixtures: the fake AWS the mock engine talks to
 * ({@link io.selfhosted.pulumi.ecs.testing.aws.FakeAws}), and queries that know the shape of AWS
 * resources in a recorded {@link io.selfhosted.pulumi.ecs.testing.Plan}.
 *
 * <p>The fake answers every resource registration and data-source invoke with plausible,
 * partition-correct and deterministic values (ids and ARNs are derived from a hash of the type and
 * logical name, so golden files stay stable). Customise it with {@link
 * io.selfhosted.pulumi.ecs.testing.aws.FakeAws#builder()} and hand it to {@link
 * io.selfhosted.pulumi.ecs.testing.PlanRunner#fakeAws}.
 */
@ParametersAreNonnullByDefault
package io.selfhosted.pulumi.ecs.testing.aws;

import javax.annotation.ParametersAreNonnullByDefault;
