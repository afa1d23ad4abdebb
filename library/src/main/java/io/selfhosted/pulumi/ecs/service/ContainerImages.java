package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.fargate.ContainerArgs;
import com.pulumi.core.Output;

/**
 * The image references of the three Pulumi Service images, all at one tag.
 */
final class ContainerImages {
    private ContainerImages() {
    }

    /** {@code [registry/]prefix/<image>:<tag>}, e.g. {@code pulumi/service:20250101-abcdef0}. */
    static Output<String> of(ContainerImagesArgs images, String image) {
        Output<String> registry = images.registry().orElse(Output.of(""));
        return Output.tuple(registry, images.repositoryPrefix(), images.tag()).applyValue(t -> {
            String repository = (t.t2.isEmpty() ? "" : t.t2 + "/") + image + ":" + t.t3;
            return t.t1.isEmpty() ? repository : t.t1 + "/" + repository;
        });
    }

    /** How a container pulls its image: the registry login, and whether a pull-through cache imports it. */
    static ContainerArgs.Builder pulledFrom(ContainerArgs.Builder container, ContainerImagesArgs images,
                                            java.util.Optional<Output<String>> credentialsSecretArn) {
        credentialsSecretArn.ifPresent(container::repositoryCredentialsSecretArn);
        return container.importsUpstream(images.pullThroughCache());
    }
}
