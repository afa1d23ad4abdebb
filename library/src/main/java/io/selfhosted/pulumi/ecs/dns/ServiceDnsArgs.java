package io.selfhosted.pulumi.ecs.dns;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceDns}.
 */
public final class ServiceDnsArgs extends ResourceArgs {

    @Import(name = "zoneId", required = true)
    private Output<String> zoneId;

    @Import(name = "records")
    private @Nullable List<AliasRecordArgs> records;

    @Import(name = "overwriteRecords")
    private @Nullable Output<Boolean> overwriteRecords;

    private ServiceDnsArgs() {
    }

    private ServiceDnsArgs(ServiceDnsArgs $) {
        this.zoneId = $.zoneId;
        this.records = $.records;
        this.overwriteRecords = $.overwriteRecords;
    }

    /**
     * The hosted zone the records are written to. Required.
     */
    public Output<String> zoneId() {
        return zoneId;
    }

    /**
     * The alias records.
     */
    public List<AliasRecordArgs> records() {
        return records == null ? List.of() : records;
    }

    /**
     * Whether the records may replace existing records of the same names.
     * <p>Default: {@value DomainDefaults#OVERWRITE_RECORDS}.
     */
    public Output<Boolean> overwriteRecords() {
        return overwriteRecords == null ? Output.of(DomainDefaults.OVERWRITE_RECORDS) : overwriteRecords;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ServiceDnsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceDnsArgs}. */
    public static final class Builder {
        private final ServiceDnsArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceDnsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceDnsArgs defaults) {
            $ = new ServiceDnsArgs(defaults);
        }

        /** @see ServiceDnsArgs#zoneId() */
        public Builder zoneId(Output<String> zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        /** @see ServiceDnsArgs#zoneId() */
        public Builder zoneId(String zoneId) {
            return zoneId(Output.of(zoneId));
        }

        /** @see ServiceDnsArgs#records() */
        public Builder records(List<AliasRecordArgs> records) {
            $.records = List.copyOf(records);
            return this;
        }

        /** @see ServiceDnsArgs#records() */
        public Builder records(AliasRecordArgs... records) {
            return records(List.of(records));
        }

        /** @see ServiceDnsArgs#overwriteRecords() */
        public Builder overwriteRecords(@Nullable Output<Boolean> overwriteRecords) {
            $.overwriteRecords = overwriteRecords;
            return this;
        }

        /** @see ServiceDnsArgs#overwriteRecords() */
        public Builder overwriteRecords(boolean overwriteRecords) {
            return overwriteRecords(Output.of(overwriteRecords));
        }

        /**
         * An immutable {@link ServiceDnsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceDnsArgs build() {
            return new ServiceDnsArgs($);
        }
    }
}
