package io.selfhosted.pulumi.ecs.service;

/**
 * Defaults of {@link ContainerImagesArgs}; kept out of the Args class, whose declared fields the
 * multi-language schema publishes as inputs.
 */
public final class ContainerImagesDefaults {
    /** The repository path of the images on Docker Hub. */
    public static final String REPOSITORY_PREFIX = "pulumi";
    /** Whether the registry is an ECR pull-through cache. */
    public static final boolean PULL_THROUGH_CACHE = false;

    private ContainerImagesDefaults() {
    }
}
