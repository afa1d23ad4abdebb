package io.selfhosted.pulumi.ecs.service;

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
}
