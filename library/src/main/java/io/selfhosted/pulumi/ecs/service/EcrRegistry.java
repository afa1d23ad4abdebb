package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.internal.AwsPartition;

import java.util.Optional;

/**
 * The host of a private ECR registry, spelled for the region's partition (China regions use
 * {@code amazonaws.com.cn}), for {@link ContainerImagesArgs#registry()} when images are mirrored.
 */
public final class EcrRegistry {
    private EcrRegistry() {
    }

    /**
     * {@code <account>.dkr.ecr.<region>.<partition DNS suffix>}; empty when {@code region} is not
     * an AWS region name.
     */
    public static Optional<String> host(String accountId, String region) {
        if (!AwsPartition.isRegionName(region)) {
            return Optional.empty();
        }
        return Optional.of(AwsPartition.ofRegion(region).ecrRegistryHost(accountId));
    }

    /** Whether {@code registry} is a private ECR registry of {@code partition}'s region (any account). */
    public static boolean isInRegion(String registry, AwsPartition partition) {
        return registry.matches("^\\d{12}\\.dkr\\.ecr\\." + java.util.regex.Pattern.quote(partition.region() + "." + partition.dnsSuffix()) + "$");
    }
}
