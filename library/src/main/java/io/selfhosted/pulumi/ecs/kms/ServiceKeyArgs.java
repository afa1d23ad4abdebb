package io.selfhosted.pulumi.ecs.kms;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceKey}, the customer-managed KMS key created when the user brings none.
 */
public final class ServiceKeyArgs extends ResourceArgs {

    @Import(name = "description")
    private @Nullable Output<String> description;

    @Import(name = "deletionWindowDays")
    private @Nullable Output<Integer> deletionWindowDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceKeyArgs() {
    }

    private ServiceKeyArgs(ServiceKeyArgs $) {
        this.description = $.description;
        this.deletionWindowDays = $.deletionWindowDays;
        this.tags = $.tags;
    }

    /**
     * The key's description.
     * <p>Default: {@value KeyDefaults#DESCRIPTION}.
     */
    public Output<String> description() {
        return description == null ? Output.of(KeyDefaults.DESCRIPTION) : description;
    }

    /**
     * Days between scheduling the key's deletion and its deletion (7-30).
     * <p>Default: {@value KeyDefaults#DELETION_WINDOW_DAYS}.
     */
    public Output<Integer> deletionWindowDays() {
        return deletionWindowDays == null ? Output.of(KeyDefaults.DELETION_WINDOW_DAYS) : deletionWindowDays;
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
    public static Builder builder(ServiceKeyArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceKeyArgs}. */
    public static final class Builder {
        private final ServiceKeyArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceKeyArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceKeyArgs defaults) {
            $ = new ServiceKeyArgs(defaults);
        }

        /** @see ServiceKeyArgs#description() */
        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        /** @see ServiceKeyArgs#description() */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /** @see ServiceKeyArgs#deletionWindowDays() */
        public Builder deletionWindowDays(@Nullable Output<Integer> deletionWindowDays) {
            $.deletionWindowDays = deletionWindowDays;
            return this;
        }

        /** @see ServiceKeyArgs#deletionWindowDays() */
        public Builder deletionWindowDays(int deletionWindowDays) {
            return deletionWindowDays(Output.of(deletionWindowDays));
        }

        /** @see ServiceKeyArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ServiceKeyArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link ServiceKeyArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceKeyArgs build() {
            return new ServiceKeyArgs($);
        }
    }
}
