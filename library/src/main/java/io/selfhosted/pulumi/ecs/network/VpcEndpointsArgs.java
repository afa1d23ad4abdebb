package io.selfhosted.pulumi.ecs.network;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The inputs of {@link VpcEndpoints}: the VPC, its private subnets and route tables, who may
 * connect, and which services.
 */
public final class VpcEndpointsArgs extends ResourceArgs {

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnetIds", required = true)
    private Output<List<String>> subnetIds;

    @Import(name = "vpcCidr", required = true)
    private Output<String> vpcCidr;

    @Import(name = "routeTableIds")
    private @Nullable Output<List<String>> routeTableIds;

    @Import(name = "services")
    private @Nullable Output<List<String>> services;

    @Import(name = "smtpPort")
    private @Nullable Output<Integer> smtpPort;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private VpcEndpointsArgs() {
    }

    private VpcEndpointsArgs(VpcEndpointsArgs $) {
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
        this.vpcCidr = $.vpcCidr;
        this.routeTableIds = $.routeTableIds;
        this.services = $.services;
        this.smtpPort = $.smtpPort;
        this.tags = $.tags;
    }

    /**
     * The VPC. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The private subnets the interface endpoints get a network interface in (the first subnet of
     * each availability zone). Required.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /**
     * The CIDR block the endpoints admit HTTPS (and SMTP) from: the VPC's, as private DNS sends every
     * workload of the VPC to the endpoints. Required.
     */
    public Output<String> vpcCidr() {
        return vpcCidr;
    }

    /**
     * The route tables of the S3 gateway endpoint.
     * <p>Default: the route table associated with each subnet, looked up.
     */
    public Optional<Output<List<String>>> routeTableIds() {
        return Optional.ofNullable(routeTableIds);
    }

    /**
     * The services: {@code s3} as a gateway endpoint, the others as interface endpoints
     * (see {@link NetworkArgs#vpcEndpointServices()}; {@code email-smtp} too).
     * <p>Default: {@link NetworkDefaults#VPC_ENDPOINT_SERVICES}.
     */
    public Output<List<String>> services() {
        return services == null ? Output.of(NetworkDefaults.VPC_ENDPOINT_SERVICES) : services;
    }

    /**
     * The port the {@code email-smtp} endpoint admits from the VPC.
     * <p>Default: 587.
     */
    public Optional<Output<Integer>> smtpPort() {
        return Optional.ofNullable(smtpPort);
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
    public static Builder builder(VpcEndpointsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link VpcEndpointsArgs}. */
    public static final class Builder {
        private final VpcEndpointsArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new VpcEndpointsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(VpcEndpointsArgs defaults) {
            $ = new VpcEndpointsArgs(defaults);
        }

        /** @see VpcEndpointsArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see VpcEndpointsArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see VpcEndpointsArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see VpcEndpointsArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(subnetIds));
        }

        /** @see VpcEndpointsArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
        }

        /** @see VpcEndpointsArgs#vpcCidr() */
        public Builder vpcCidr(Output<String> vpcCidr) {
            $.vpcCidr = vpcCidr;
            return this;
        }

        /** @see VpcEndpointsArgs#vpcCidr() */
        public Builder vpcCidr(String vpcCidr) {
            return vpcCidr(Output.of(vpcCidr));
        }

        /** @see VpcEndpointsArgs#routeTableIds() */
        public Builder routeTableIds(@Nullable Output<List<String>> routeTableIds) {
            $.routeTableIds = routeTableIds;
            return this;
        }

        /** @see VpcEndpointsArgs#routeTableIds() */
        public Builder routeTableIds(List<String> routeTableIds) {
            return routeTableIds(Output.of(routeTableIds));
        }

        /** @see VpcEndpointsArgs#routeTableIds() */
        public Builder routeTableIds(String... routeTableIds) {
            return routeTableIds(List.of(routeTableIds));
        }

        /** @see VpcEndpointsArgs#services() */
        public Builder services(@Nullable Output<List<String>> services) {
            $.services = services;
            return this;
        }

        /** @see VpcEndpointsArgs#services() */
        public Builder services(List<String> services) {
            return services(Output.of(services));
        }

        /** @see VpcEndpointsArgs#services() */
        public Builder services(String... services) {
            return services(List.of(services));
        }

        /** @see VpcEndpointsArgs#smtpPort() */
        public Builder smtpPort(@Nullable Output<Integer> smtpPort) {
            $.smtpPort = smtpPort;
            return this;
        }

        /** @see VpcEndpointsArgs#smtpPort() */
        public Builder smtpPort(int smtpPort) {
            return smtpPort(Output.of(smtpPort));
        }

        /** @see VpcEndpointsArgs#tags() */
        public Builder tags(@Nullable List<TagArgs> tags) {
            $.tags = tags;
            return this;
        }

        /** @see VpcEndpointsArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link VpcEndpointsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public VpcEndpointsArgs build() {
            return new VpcEndpointsArgs($);
        }
    }
}
