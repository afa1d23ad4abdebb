package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Where the three images ({@code service}, {@code console}, {@code migrations}) come from.
 */
public final class ContainerImagesArgs extends ResourceArgs {

    @Import(name = "tag", required = true)
    private Output<String> tag;

    @Import(name = "registry")
    private @Nullable Output<String> registry;

    @Import(name = "repositoryPrefix")
    private @Nullable Output<String> repositoryPrefix;

    @Import(name = "credentials")
    private @Nullable RegistryCredentialsArgs credentials;

    @Import(name = "pullThroughCache")
    private @Nullable Output<Boolean> pullThroughCache;

    private ContainerImagesArgs() {
    }

    private ContainerImagesArgs(ContainerImagesArgs $) {
        this.tag = $.tag;
        this.registry = $.registry;
        this.repositoryPrefix = $.repositoryPrefix;
        this.credentials = $.credentials;
        this.pullThroughCache = $.pullThroughCache;
    }

    /**
     * The one image tag of all three images: the Pulumi Service version. Pin it; change it to
     * upgrade. Required.
     */
    public Output<String> tag() {
        return tag;
    }

    /**
     * The registry host, e.g. an ECR mirror {@code 123456789012.dkr.ecr.us-east-1.amazonaws.com}.
     * <p>Default: Docker Hub.
     */
    public Optional<Output<String>> registry() {
        return Optional.ofNullable(registry);
    }

    /**
     * The repository path before the image name, e.g. {@code pulumi} gives {@code pulumi/service};
     * for a mirror {@code mirror/pulumi} gives {@code mirror/pulumi/service}.
     * <p>Default: {@value ContainerImagesDefaults#REPOSITORY_PREFIX}.
     */
    public Output<String> repositoryPrefix() {
        return repositoryPrefix == null ? Output.of(ContainerImagesDefaults.REPOSITORY_PREFIX) : repositoryPrefix;
    }

    /**
     * A login to the registry (a Docker Hub account, say): anonymous pulls from Docker Hub are rate
     * limited per IP address, and every task behind the same NAT shares the limit. Kept in a
     * Secrets Manager secret and passed to ECS as the images' repository credentials.
     * <p>Default: none (anonymous pulls).
     */
    public Optional<RegistryCredentialsArgs> credentials() {
        return Optional.ofNullable(credentials);
    }

    /**
     * Whether {@link #registry()} is an ECR pull-through cache of Docker Hub: the first pull of an
     * image imports it, so the tasks' execution roles may also import images and create their
     * repositories under {@link #repositoryPrefix()}.
     * <p>Default: {@value ContainerImagesDefaults#PULL_THROUGH_CACHE}.
     */
    public Output<Boolean> pullThroughCache() {
        return pullThroughCache == null ? Output.of(ContainerImagesDefaults.PULL_THROUGH_CACHE) : pullThroughCache;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> ServiceValidation.images(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ContainerImagesArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ContainerImagesArgs}. */
    public static final class Builder {
        private final ContainerImagesArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ContainerImagesArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ContainerImagesArgs defaults) {
            $ = new ContainerImagesArgs(defaults);
        }

        /** @see ContainerImagesArgs#tag() */
        public Builder tag(Output<String> tag) {
            $.tag = tag;
            return this;
        }

        /** @see ContainerImagesArgs#tag() */
        public Builder tag(String tag) {
            return tag(Output.of(tag));
        }

        /** @see ContainerImagesArgs#registry() */
        public Builder registry(@Nullable Output<String> registry) {
            $.registry = registry;
            return this;
        }

        /** @see ContainerImagesArgs#registry() */
        public Builder registry(String registry) {
            return registry(Output.of(registry));
        }

        /** @see ContainerImagesArgs#repositoryPrefix() */
        public Builder repositoryPrefix(@Nullable Output<String> repositoryPrefix) {
            $.repositoryPrefix = repositoryPrefix;
            return this;
        }

        /** @see ContainerImagesArgs#repositoryPrefix() */
        public Builder repositoryPrefix(String repositoryPrefix) {
            return repositoryPrefix(Output.of(repositoryPrefix));
        }

        /** @see ContainerImagesArgs#credentials() */
        public Builder credentials(@Nullable RegistryCredentialsArgs credentials) {
            $.credentials = credentials;
            return this;
        }

        /** @see ContainerImagesArgs#pullThroughCache() */
        public Builder pullThroughCache(@Nullable Output<Boolean> pullThroughCache) {
            $.pullThroughCache = pullThroughCache;
            return this;
        }

        /** @see ContainerImagesArgs#pullThroughCache() */
        public Builder pullThroughCache(boolean pullThroughCache) {
            return pullThroughCache(Output.of(pullThroughCache));
        }

        /**
         * An immutable {@link ContainerImagesArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ContainerImagesArgs build() {
            return new ContainerImagesArgs($);
        }
    }
}
