package io.selfhosted.pulumi.ecs.dns;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Where the service is reachable: {@code api.[subdomain.]zone} for the API and {@code
 * app.[subdomain.]zone} for the Console, in a Route53 hosted zone.
 */
public final class DomainArgs extends ResourceArgs {

    @Import(name = "zoneName", required = true)
    private Output<String> zoneName;

    @Import(name = "zoneId")
    private @Nullable Output<String> zoneId;

    @Import(name = "subdomain")
    private @Nullable Output<String> subdomain;

    @Import(name = "certificateArn")
    private @Nullable Output<String> certificateArn;

    @Import(name = "overwriteRecords")
    private @Nullable Output<Boolean> overwriteRecords;

    private DomainArgs() {
    }

    private DomainArgs(DomainArgs $) {
        this.zoneName = $.zoneName;
        this.zoneId = $.zoneId;
        this.subdomain = $.subdomain;
        this.certificateArn = $.certificateArn;
        this.overwriteRecords = $.overwriteRecords;
    }

    /**
     * The hosted zone's domain name, e.g. {@code example.com}. It must be known when the program
     * runs: it names DNS records. Required.
     */
    public Output<String> zoneName() {
        return zoneName;
    }

    /**
     * The hosted zone id, e.g. {@code Z0123456789ABCDEFGHIJ}.
     * <p>Default: the zone is looked up by {@link #zoneName()} (the private zone of that name for
     * an internal front door).
     */
    public Optional<Output<String>> zoneId() {
        return Optional.ofNullable(zoneId);
    }

    /**
     * An optional label between {@code api.}/{@code app.} and the zone, e.g. {@code pulumi} gives
     * {@code api.pulumi.example.com}.
     * <p>Default: none.
     */
    public Optional<Output<String>> subdomain() {
        return Optional.ofNullable(subdomain);
    }

    /**
     * An ACM certificate in the deployment region covering {@code [subdomain.]zone}, {@code
     * api.[subdomain.]zone} and {@code app.[subdomain.]zone}.
     * <p>Default: a certificate for those names is created and validated through DNS records in the
     * hosted zone.
     */
    public Optional<Output<String>> certificateArn() {
        return Optional.ofNullable(certificateArn);
    }

    /**
     * Whether the {@code api.} and {@code app.} records may replace records of the same names that
     * exist already (an official installer's, during a switch): the names then move to this install
     * at once, without a gap. Off, an existing record fails the deployment.
     * <p>Default: {@value DomainDefaults#OVERWRITE_RECORDS}.
     */
    public Output<Boolean> overwriteRecords() {
        return overwriteRecords == null ? Output.of(DomainDefaults.OVERWRITE_RECORDS) : overwriteRecords;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> DomainValidation.check(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(DomainArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link DomainArgs}. */
    public static final class Builder {
        private final DomainArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new DomainArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(DomainArgs defaults) {
            $ = new DomainArgs(defaults);
        }

        /** @see DomainArgs#zoneName() */
        public Builder zoneName(Output<String> zoneName) {
            $.zoneName = zoneName;
            return this;
        }

        /** @see DomainArgs#zoneName() */
        public Builder zoneName(String zoneName) {
            return zoneName(Output.of(zoneName));
        }

        /** @see DomainArgs#zoneId() */
        public Builder zoneId(@Nullable Output<String> zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        /** @see DomainArgs#zoneId() */
        public Builder zoneId(String zoneId) {
            return zoneId(Output.of(zoneId));
        }

        /** @see DomainArgs#subdomain() */
        public Builder subdomain(@Nullable Output<String> subdomain) {
            $.subdomain = subdomain;
            return this;
        }

        /** @see DomainArgs#subdomain() */
        public Builder subdomain(String subdomain) {
            return subdomain(Output.of(subdomain));
        }

        /** @see DomainArgs#certificateArn() */
        public Builder certificateArn(@Nullable Output<String> certificateArn) {
            $.certificateArn = certificateArn;
            return this;
        }

        /** @see DomainArgs#certificateArn() */
        public Builder certificateArn(String certificateArn) {
            return certificateArn(Output.of(certificateArn));
        }

        /** @see DomainArgs#overwriteRecords() */
        public Builder overwriteRecords(@Nullable Output<Boolean> overwriteRecords) {
            $.overwriteRecords = overwriteRecords;
            return this;
        }

        /** @see DomainArgs#overwriteRecords() */
        public Builder overwriteRecords(boolean overwriteRecords) {
            return overwriteRecords(Output.of(overwriteRecords));
        }

        /**
         * An immutable {@link DomainArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public DomainArgs build() {
            return new DomainArgs($);
        }
    }
}
