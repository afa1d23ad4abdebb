package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Arguments of {@link FargateCluster}.
 */
public final class FargateClusterArgs extends ResourceArgs {

    @Import(name = "containerInsights")
    private @Nullable Output<String> containerInsights;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private FargateClusterArgs() {
    }

    private FargateClusterArgs(FargateClusterArgs $) {
        this.containerInsights = $.containerInsights;
        this.tags = $.tags;
    }

    /**
     * CloudWatch Container Insights: {@code enabled}, {@code enhanced} or {@code disabled}.
     * <p>Default: {@value FargateDefaults#CONTAINER_INSIGHTS}.
     */
    public Output<String> containerInsights() {
        return containerInsights == null ? Output.of(FargateDefaults.CONTAINER_INSIGHTS) : containerInsights;
    }

    /**
     * Tags for every resource, besides the fixed tags naming the stack and component.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(FargateClusterArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link FargateClusterArgs}. */
    public static final class Builder {
        private final FargateClusterArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new FargateClusterArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(FargateClusterArgs defaults) {
            $ = new FargateClusterArgs(defaults);
        }

        /** @see FargateClusterArgs#containerInsights() */
        public Builder containerInsights(@Nullable Output<String> containerInsights) {
            $.containerInsights = containerInsights;
            return this;
        }

        /** @see FargateClusterArgs#containerInsights() */
        public Builder containerInsights(String containerInsights) {
            return containerInsights(Output.of(containerInsights));
        }

        /** @see FargateClusterArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see FargateClusterArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link FargateClusterArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public FargateClusterArgs build() {
            return new FargateClusterArgs($);
        }
    }
}
