package io.selfhosted.pulumi.ecs.database;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Arguments of {@link AuroraDatabase}.
 */
public final class AuroraDatabaseArgs extends ResourceArgs {

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnetIds", required = true)
    private Output<List<String>> subnetIds;

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "masterUsername", required = true)
    private Output<String> masterUsername;

    @Import(name = "masterPassword", required = true)
    private Output<String> masterPassword;

    @Import(name = "settings")
    private @Nullable DatabaseArgs settings;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private AuroraDatabaseArgs() {
    }

    private AuroraDatabaseArgs(AuroraDatabaseArgs $) {
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
        this.kmsKeyArn = $.kmsKeyArn;
        this.masterUsername = $.masterUsername;
        this.masterPassword = $.masterPassword;
        this.settings = $.settings;
        this.logRetentionDays = $.logRetentionDays;
        this.tags = $.tags;
    }

    /**
     * The VPC of the database's security group. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The isolated subnets the instances run in, at least 2 in different availability zones.
     * Required.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /**
     * The KMS key (ARN) that encrypts storage, snapshots and Performance Insights. Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * The master user name. Required.
     */
    public Output<String> masterUsername() {
        return masterUsername;
    }

    /**
     * The master password, read from the credentials secret (never typed by a person). Required.
     */
    public Output<String> masterPassword() {
        return masterPassword;
    }

    /**
     * Cluster choices.
     * <p>Default: the {@link DatabaseArgs} defaults.
     */
    public DatabaseArgs settings() {
        return settings == null ? DatabaseArgs.builder().build() : settings;
    }

    /**
     * Days CloudWatch Logs keeps the exported database logs (a CloudWatch retention value).
     * <p>Default: {@value DatabaseDefaults#LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(DatabaseDefaults.LOG_RETENTION_DAYS) : logRetentionDays;
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
    public static Builder builder(AuroraDatabaseArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link AuroraDatabaseArgs}. */
    public static final class Builder {
        private final AuroraDatabaseArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new AuroraDatabaseArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(AuroraDatabaseArgs defaults) {
            $ = new AuroraDatabaseArgs(defaults);
        }

        /** @see AuroraDatabaseArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see AuroraDatabaseArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see AuroraDatabaseArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see AuroraDatabaseArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(List.copyOf(subnetIds)));
        }

        /** @see AuroraDatabaseArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
        }

        /** @see AuroraDatabaseArgs#kmsKeyArn() */
        public Builder kmsKeyArn(Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see AuroraDatabaseArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /** @see AuroraDatabaseArgs#masterUsername() */
        public Builder masterUsername(Output<String> masterUsername) {
            $.masterUsername = masterUsername;
            return this;
        }

        /** @see AuroraDatabaseArgs#masterUsername() */
        public Builder masterUsername(String masterUsername) {
            return masterUsername(Output.of(masterUsername));
        }

        /** @see AuroraDatabaseArgs#masterPassword() */
        public Builder masterPassword(Output<String> masterPassword) {
            $.masterPassword = masterPassword == null ? null : masterPassword.asSecret();
            return this;
        }

        /** @see AuroraDatabaseArgs#masterPassword() */
        public Builder masterPassword(String masterPassword) {
            return masterPassword(Output.ofSecret(masterPassword));
        }

        /** @see AuroraDatabaseArgs#settings() */
        public Builder settings(@Nullable DatabaseArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see AuroraDatabaseArgs#logRetentionDays() */
        public Builder logRetentionDays(@Nullable Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see AuroraDatabaseArgs#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            return logRetentionDays(Output.of(logRetentionDays));
        }

        /** @see AuroraDatabaseArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see AuroraDatabaseArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link AuroraDatabaseArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public AuroraDatabaseArgs build() {
            return new AuroraDatabaseArgs($);
        }
    }
}
