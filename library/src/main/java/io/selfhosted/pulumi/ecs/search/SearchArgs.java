package io.selfhosted.pulumi.ecs.search;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Choices for the OpenSearch domain behind the service's Resource Search: its size, its spread
 * over availability zones, its engine version and its name. The domain always runs in the
 * private subnets, encrypted at rest with the service key and between nodes, behind HTTPS with
 * TLS 1.2 or later, with fine-grained access control whose master user's password is generated
 * into Secrets Manager, and reachable only from the API tasks.
 */
public final class SearchArgs extends ResourceArgs {

    @Import(name = "engineVersion")
    private @Nullable Output<String> engineVersion;

    @Import(name = "instanceType")
    private @Nullable Output<String> instanceType;

    @Import(name = "instanceCount")
    private @Nullable Output<Integer> instanceCount;

    @Import(name = "availabilityZoneCount")
    private @Nullable Output<Integer> availabilityZoneCount;

    @Import(name = "dedicatedMasterCount")
    private @Nullable Output<Integer> dedicatedMasterCount;

    @Import(name = "dedicatedMasterType")
    private @Nullable Output<String> dedicatedMasterType;

    @Import(name = "volumeSize")
    private @Nullable Output<Integer> volumeSize;

    @Import(name = "domainName")
    private @Nullable Output<String> domainName;

    @Import(name = "masterUserName")
    private @Nullable Output<String> masterUserName;

    private SearchArgs() {
    }

    private SearchArgs(SearchArgs $) {
        this.engineVersion = $.engineVersion;
        this.instanceType = $.instanceType;
        this.instanceCount = $.instanceCount;
        this.availabilityZoneCount = $.availabilityZoneCount;
        this.dedicatedMasterCount = $.dedicatedMasterCount;
        this.dedicatedMasterType = $.dedicatedMasterType;
        this.volumeSize = $.volumeSize;
        this.domainName = $.domainName;
        this.masterUserName = $.masterUserName;
    }

    /**
     * The engine, {@code OpenSearch_2.<minor>}: the Pulumi docs ask for OpenSearch 2.x and name 2.9 and
     * 2.11 as tested. A later 2.x upgrades the domain in place (a blue/green deployment AWS runs);
     * AWS cannot downgrade a domain.
     * <p>Default: {@value SearchDefaults#ENGINE_VERSION}.
     */
    public Output<String> engineVersion() {
        return engineVersion == null ? Output.of(SearchDefaults.ENGINE_VERSION) : engineVersion;
    }

    /**
     * The data nodes' instance type, e.g. {@code m6g.large.search}. T2 types are refused: they cannot
     * encrypt at rest, which fine-grained access control needs.
     * <p>Default: {@value SearchDefaults#INSTANCE_TYPE} (the installers' {@code t3.medium.search} is a
     * burstable type AWS advises against for production, without Auto-Tune).
     */
    public Output<String> instanceType() {
        return instanceType == null ? Output.of(SearchDefaults.INSTANCE_TYPE) : instanceType;
    }

    /**
     * How many data nodes, 1-80; with two availability zones an even number (AWS requires it), and
     * at least one per zone.
     * <p>Default: 3 with one or three zones, 4 with two: at least the three data nodes AWS's
     * security best practices ask for (Opensearch.6).
     */
    public Optional<Output<Integer>> instanceCount() {
        return Optional.ofNullable(instanceCount);
    }

    /**
     * Over how many availability zones the data nodes spread (1, 2 or 3; zone awareness with 2 or
     * 3). The domain takes one private subnet per zone, so there must be as many private subnets, each
     * in a zone of its own.
     * <p>Default: as many zones as the private subnets span, up to 3 (found at deployment).
     */
    public Optional<Output<Integer>> availabilityZoneCount() {
        return Optional.ofNullable(availabilityZoneCount);
    }

    /**
     * How many dedicated master nodes: 0 (the data nodes elect a master among themselves), 3 or 5.
     * <p>Default: {@value SearchDefaults#DEDICATED_MASTER_COUNT}.
     */
    public Output<Integer> dedicatedMasterCount() {
        return dedicatedMasterCount == null ? Output.of(SearchDefaults.DEDICATED_MASTER_COUNT) : dedicatedMasterCount;
    }

    /**
     * The dedicated master nodes' instance type, with {@link #dedicatedMasterCount()} 3 or 5.
     * <p>Default: {@link #instanceType()}.
     */
    public Optional<Output<String>> dedicatedMasterType() {
        return Optional.ofNullable(dedicatedMasterType);
    }

    /**
     * GiB of gp3 storage per data node (10-16384; AWS caps it lower for small types).
     * <p>Default: {@value SearchDefaults#VOLUME_SIZE} (the index of a Pulumi install's resources is small;
     * the installers give 10).
     */
    public Output<Integer> volumeSize() {
        return volumeSize == null ? Output.of(SearchDefaults.VOLUME_SIZE) : volumeSize;
    }

    /**
     * The domain's name: 3-28 lowercase letters, digits or hyphens, starting with a letter. A new name
     * is a new domain: the old one stays in AWS, retained, and the service reindexes into the new one.
     * <p>Default: {@code <install name>-search}.
     */
    public Optional<Output<String>> domainName() {
        return Optional.ofNullable(domainName);
    }

    /**
     * The fine-grained access control master user the API signs in as (1-16 characters). Its
     * password is generated once into Secrets Manager and reaches the API only through ECS secrets.
     * <p>Default: {@value SearchDefaults#MASTER_USER_NAME}.
     */
    public Output<String> masterUserName() {
        return masterUserName == null ? Output.of(SearchDefaults.MASTER_USER_NAME) : masterUserName;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> SearchValidation.check(p, this));
    }

    /**
     * The problems of the zones and node counts against the private subnets the domain can use, with
     * paths relative to this group; the checks of {@link #problems()} are not repeated.
     *
     * @param privateSubnets how many private subnets the install has
     */
    public List<Problem> placementProblems(int privateSubnets) {
        var problems = new Problems();
        SearchValidation.placement(problems, this, privateSubnets);
        return problems.all();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SearchArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SearchArgs}. */
    public static final class Builder {
        private final SearchArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SearchArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SearchArgs defaults) {
            $ = new SearchArgs(defaults);
        }

        /** @see SearchArgs#engineVersion() */
        public Builder engineVersion(@Nullable Output<String> engineVersion) {
            $.engineVersion = engineVersion;
            return this;
        }

        /** @see SearchArgs#engineVersion() */
        public Builder engineVersion(String engineVersion) {
            return engineVersion(Output.of(engineVersion));
        }

        /** @see SearchArgs#instanceType() */
        public Builder instanceType(@Nullable Output<String> instanceType) {
            $.instanceType = instanceType;
            return this;
        }

        /** @see SearchArgs#instanceType() */
        public Builder instanceType(String instanceType) {
            return instanceType(Output.of(instanceType));
        }

        /** @see SearchArgs#instanceCount() */
        public Builder instanceCount(@Nullable Output<Integer> instanceCount) {
            $.instanceCount = instanceCount;
            return this;
        }

        /** @see SearchArgs#instanceCount() */
        public Builder instanceCount(int instanceCount) {
            return instanceCount(Output.of(instanceCount));
        }

        /** @see SearchArgs#availabilityZoneCount() */
        public Builder availabilityZoneCount(@Nullable Output<Integer> availabilityZoneCount) {
            $.availabilityZoneCount = availabilityZoneCount;
            return this;
        }

        /** @see SearchArgs#availabilityZoneCount() */
        public Builder availabilityZoneCount(int availabilityZoneCount) {
            return availabilityZoneCount(Output.of(availabilityZoneCount));
        }

        /** @see SearchArgs#dedicatedMasterCount() */
        public Builder dedicatedMasterCount(@Nullable Output<Integer> dedicatedMasterCount) {
            $.dedicatedMasterCount = dedicatedMasterCount;
            return this;
        }

        /** @see SearchArgs#dedicatedMasterCount() */
        public Builder dedicatedMasterCount(int dedicatedMasterCount) {
            return dedicatedMasterCount(Output.of(dedicatedMasterCount));
        }

        /** @see SearchArgs#dedicatedMasterType() */
        public Builder dedicatedMasterType(@Nullable Output<String> dedicatedMasterType) {
            $.dedicatedMasterType = dedicatedMasterType;
            return this;
        }

        /** @see SearchArgs#dedicatedMasterType() */
        public Builder dedicatedMasterType(String dedicatedMasterType) {
            return dedicatedMasterType(Output.of(dedicatedMasterType));
        }

        /** @see SearchArgs#volumeSize() */
        public Builder volumeSize(@Nullable Output<Integer> volumeSize) {
            $.volumeSize = volumeSize;
            return this;
        }

        /** @see SearchArgs#volumeSize() */
        public Builder volumeSize(int volumeSize) {
            return volumeSize(Output.of(volumeSize));
        }

        /** @see SearchArgs#domainName() */
        public Builder domainName(@Nullable Output<String> domainName) {
            $.domainName = domainName;
            return this;
        }

        /** @see SearchArgs#domainName() */
        public Builder domainName(String domainName) {
            return domainName(Output.of(domainName));
        }

        /** @see SearchArgs#masterUserName() */
        public Builder masterUserName(@Nullable Output<String> masterUserName) {
            $.masterUserName = masterUserName;
            return this;
        }

        /** @see SearchArgs#masterUserName() */
        public Builder masterUserName(String masterUserName) {
            return masterUserName(Output.of(masterUserName));
        }

        /**
         * An immutable {@link SearchArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SearchArgs build() {
            return new SearchArgs($);
        }
    }
}
