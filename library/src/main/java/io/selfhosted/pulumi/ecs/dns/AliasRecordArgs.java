package io.selfhosted.pulumi.ecs.dns;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * One alias A record pointing a name at a load balancer.
 */
public final class AliasRecordArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "targetDnsName", required = true)
    private Output<String> targetDnsName;

    @Import(name = "targetZoneId", required = true)
    private Output<String> targetZoneId;

    private AliasRecordArgs() {
    }

    private AliasRecordArgs(AliasRecordArgs $) {
        this.name = $.name;
        this.targetDnsName = $.targetDnsName;
        this.targetZoneId = $.targetZoneId;
    }

    /**
     * The fully qualified name, e.g. {@code api.pulumi.example.com}. Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The load balancer's DNS name. Required.
     */
    public Output<String> targetDnsName() {
        return targetDnsName;
    }

    /**
     * The load balancer's canonical hosted zone id. Required.
     */
    public Output<String> targetZoneId() {
        return targetZoneId;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(AliasRecordArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link AliasRecordArgs}. */
    public static final class Builder {
        private final AliasRecordArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new AliasRecordArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(AliasRecordArgs defaults) {
            $ = new AliasRecordArgs(defaults);
        }

        /** @see AliasRecordArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see AliasRecordArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see AliasRecordArgs#targetDnsName() */
        public Builder targetDnsName(Output<String> targetDnsName) {
            $.targetDnsName = targetDnsName;
            return this;
        }

        /** @see AliasRecordArgs#targetDnsName() */
        public Builder targetDnsName(String targetDnsName) {
            return targetDnsName(Output.of(targetDnsName));
        }

        /** @see AliasRecordArgs#targetZoneId() */
        public Builder targetZoneId(Output<String> targetZoneId) {
            $.targetZoneId = targetZoneId;
            return this;
        }

        /** @see AliasRecordArgs#targetZoneId() */
        public Builder targetZoneId(String targetZoneId) {
            return targetZoneId(Output.of(targetZoneId));
        }

        /**
         * An immutable {@link AliasRecordArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public AliasRecordArgs build() {
            return new AliasRecordArgs($);
        }
    }
}
