package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.Config;
import com.pulumi.core.Output;

import java.util.Optional;

/**
 * Decides the region a component deploys to, synchronously, so that validation can check ARNs
 * against its partition before any resource exists: an explicit value, else the AWS provider's
 * {@code aws:region} stack config, else the environment the provider itself would read.
 */
public final class DeploymentRegion {
    private DeploymentRegion() {
    }

    /** The region, or empty when none is set anywhere. */
    public static Optional<String> resolve(Optional<Output<String>> explicit) {
        if (explicit.isPresent()) {
            return KnownValue.of(explicit.get());
        }
        Optional<String> configured = awsConfig().get("region");
        if (configured.isPresent()) {
            return configured;
        }
        return Optional.ofNullable(System.getenv("AWS_REGION"))
                .or(() -> Optional.ofNullable(System.getenv("AWS_DEFAULT_REGION")))
                .filter(r -> !r.isBlank());
    }

    /** The partition of the region; validation has already made sure there is one. */
    public static AwsPartition require(Optional<Output<String>> explicit) {
        return AwsPartition.ofRegion(resolve(explicit).orElseThrow(() ->
                new IllegalStateException("no AWS region: validation should have reported it")));
    }

    /** The region, or a validation problem at {@code path} when none is set or it is malformed. */
    public static Optional<AwsPartition> partition(Optional<Output<String>> explicit, Problems problems, String path) {
        Optional<String> region = resolve(explicit);
        if (region.isEmpty()) {
            problems.add(path, "no AWS region is set; run `pulumi config set aws:region <region>` or set " + path);
            return Optional.empty();
        }
        if (!AwsPartition.isRegionName(region.get())) {
            problems.add(path, regionProblem(region.get()));
            return Optional.empty();
        }
        return Optional.of(AwsPartition.ofRegion(region.get()));
    }

    /** What is wrong with a region the SDK does not know, with the regions it resembles. */
    public static String regionProblem(String region) {
        var like = AwsPartition.regionsLike(region);
        return "'" + region + "' is not an AWS region" + (like.isEmpty() ? "; expected e.g. us-east-1"
                : "; regions like it: " + String.join(", ", like));
    }

    /**
     * The stack's {@code aws} config. {@code Config.of} is deprecated in favour of
     * {@code Context.config}, but a part can be created without the program's context at hand
     * and the SDK offers no other way to the deployment's config.
     */
    @SuppressWarnings("deprecation")
    private static Config awsConfig() {
        return Config.of("aws");
    }

    /** The stack's {@code aws:profile}, for explicit providers, which do not read stack config. */
    public static Optional<String> awsProfile() {
        return awsConfig().get("profile");
    }
}
