package io.selfhosted.pulumi.ecs.dns;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceCertificate}: an ACM certificate validated through DNS records in a
 * Route53 zone.
 */
public final class ServiceCertificateArgs extends ResourceArgs {

    @Import(name = "domainName", required = true)
    private Output<String> domainName;

    @Import(name = "subjectAlternativeNames")
    private @Nullable Output<List<String>> subjectAlternativeNames;

    @Import(name = "zoneId", required = true)
    private Output<String> zoneId;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceCertificateArgs() {
    }

    private ServiceCertificateArgs(ServiceCertificateArgs $) {
        this.domainName = $.domainName;
        this.subjectAlternativeNames = $.subjectAlternativeNames;
        this.zoneId = $.zoneId;
        this.tags = $.tags;
    }

    /**
     * The certificate's main name, e.g. {@code pulumi.example.com}. Required.
     */
    public Output<String> domainName() {
        return domainName;
    }

    /**
     * Further names the certificate covers, e.g. {@code api.pulumi.example.com}.
     * <p>Default: none.
     */
    public Output<List<String>> subjectAlternativeNames() {
        return subjectAlternativeNames == null ? Output.of(List.of()) : subjectAlternativeNames;
    }

    /**
     * The hosted zone the validation records are written to. Required.
     */
    public Output<String> zoneId() {
        return zoneId;
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
    public static Builder builder(ServiceCertificateArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceCertificateArgs}. */
    public static final class Builder {
        private final ServiceCertificateArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceCertificateArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceCertificateArgs defaults) {
            $ = new ServiceCertificateArgs(defaults);
        }

        /** @see ServiceCertificateArgs#domainName() */
        public Builder domainName(Output<String> domainName) {
            $.domainName = domainName;
            return this;
        }

        /** @see ServiceCertificateArgs#domainName() */
        public Builder domainName(String domainName) {
            return domainName(Output.of(domainName));
        }

        /** @see ServiceCertificateArgs#subjectAlternativeNames() */
        public Builder subjectAlternativeNames(@Nullable Output<List<String>> subjectAlternativeNames) {
            $.subjectAlternativeNames = subjectAlternativeNames;
            return this;
        }

        /** @see ServiceCertificateArgs#subjectAlternativeNames() */
        public Builder subjectAlternativeNames(List<String> subjectAlternativeNames) {
            return subjectAlternativeNames(Output.of(List.copyOf(subjectAlternativeNames)));
        }

        /** @see ServiceCertificateArgs#subjectAlternativeNames() */
        public Builder subjectAlternativeNames(String... subjectAlternativeNames) {
            return subjectAlternativeNames(List.of(subjectAlternativeNames));
        }

        /** @see ServiceCertificateArgs#zoneId() */
        public Builder zoneId(Output<String> zoneId) {
            $.zoneId = zoneId;
            return this;
        }

        /** @see ServiceCertificateArgs#zoneId() */
        public Builder zoneId(String zoneId) {
            return zoneId(Output.of(zoneId));
        }

        /** @see ServiceCertificateArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ServiceCertificateArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link ServiceCertificateArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceCertificateArgs build() {
            return new ServiceCertificateArgs($);
        }
    }
}
