package io.selfhosted.pulumi.ecs.storage;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceStorage}.
 */
public final class ServiceStorageArgs extends ResourceArgs {

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "settings")
    private @Nullable StorageArgs settings;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceStorageArgs() {
    }

    private ServiceStorageArgs(ServiceStorageArgs $) {
        this.kmsKeyArn = $.kmsKeyArn;
        this.settings = $.settings;
        this.tags = $.tags;
    }

    /**
     * The KMS key (ARN) that encrypts every object (SSE-KMS with bucket keys). Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * Bucket choices.
     * <p>Default: the {@link StorageArgs} defaults.
     */
    public StorageArgs settings() {
        return settings == null ? StorageArgs.builder().build() : settings;
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
    public static Builder builder(ServiceStorageArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceStorageArgs}. */
    public static final class Builder {
        private final ServiceStorageArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceStorageArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceStorageArgs defaults) {
            $ = new ServiceStorageArgs(defaults);
        }

        /** @see ServiceStorageArgs#kmsKeyArn() */
        public Builder kmsKeyArn(Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ServiceStorageArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /** @see ServiceStorageArgs#settings() */
        public Builder settings(@Nullable StorageArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see ServiceStorageArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ServiceStorageArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link ServiceStorageArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceStorageArgs build() {
            return new ServiceStorageArgs($);
        }
    }
}
