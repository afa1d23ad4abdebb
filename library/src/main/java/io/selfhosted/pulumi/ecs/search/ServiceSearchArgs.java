package io.selfhosted.pulumi.ecs.search;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The inputs of {@link ServiceSearch}: where the domain runs, its key, its master user and the
 * user's choices.
 */
public final class ServiceSearchArgs extends ResourceArgs {

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnetIds", required = true)
    private Output<List<String>> subnetIds;

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "masterUserPassword", required = true)
    private Output<String> masterUserPassword;

    @Import(name = "logRetentionDays", required = true)
    private Output<Integer> logRetentionDays;

    @Import(name = "settings")
    private @Nullable SearchArgs settings;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceSearchArgs() {
    }

    private ServiceSearchArgs(ServiceSearchArgs $) {
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
        this.kmsKeyArn = $.kmsKeyArn;
        this.masterUserPassword = $.masterUserPassword;
        this.logRetentionDays = $.logRetentionDays;
        this.settings = $.settings;
        this.tags = $.tags;
    }

    /**
     * The VPC of the domain. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The private subnets to place the domain in, one per availability zone it uses, taken in order
     * (subnets in a zone already taken are skipped). Required.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /**
     * The KMS key (ARN) encrypting the domain's data at rest. Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * The password of {@link SearchArgs#masterUserName()} (a secret: at least 8 characters with an
     * upper and a lower case letter, a digit and a special character). Required.
     */
    public Output<String> masterUserPassword() {
        return masterUserPassword;
    }

    /**
     * Days the domain's logs are kept (a CloudWatch Logs retention value). Required.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays;
    }

    /**
     * The user's choices.
     * <p>Default: every default of {@link SearchArgs}.
     */
    public SearchArgs settings() {
        return settings == null ? SearchArgs.builder().build() : settings;
    }

    /**
     * Tags of every resource; the fixed tags of the install are added.
     * <p>Default: none.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ServiceSearchArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceSearchArgs}. */
    public static final class Builder {
        private final ServiceSearchArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceSearchArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceSearchArgs defaults) {
            $ = new ServiceSearchArgs(defaults);
        }

        /** @see ServiceSearchArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see ServiceSearchArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see ServiceSearchArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see ServiceSearchArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(subnetIds));
        }

        /** @see ServiceSearchArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
        }

        /** @see ServiceSearchArgs#kmsKeyArn() */
        public Builder kmsKeyArn(Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ServiceSearchArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /** @see ServiceSearchArgs#masterUserPassword() */
        public Builder masterUserPassword(Output<String> masterUserPassword) {
            $.masterUserPassword = masterUserPassword;
            return this;
        }

        /** @see ServiceSearchArgs#masterUserPassword() */
        public Builder masterUserPassword(String masterUserPassword) {
            return masterUserPassword(Output.of(masterUserPassword));
        }

        /** @see ServiceSearchArgs#logRetentionDays() */
        public Builder logRetentionDays(Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see ServiceSearchArgs#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            return logRetentionDays(Output.of(logRetentionDays));
        }

        /** @see ServiceSearchArgs#settings() */
        public Builder settings(@Nullable SearchArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see ServiceSearchArgs#tags() */
        public Builder tags(@Nullable List<TagArgs> tags) {
            $.tags = tags;
            return this;
        }

        /** @see ServiceSearchArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link ServiceSearchArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceSearchArgs build() {
            return new ServiceSearchArgs($);
        }
    }
}
