package io.selfhosted.pulumi.ecs.network;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The VPC the service runs in. The seed's prerequisites: a VPC with at least two public, two
 * private (NAT egress) and two isolated (no internet route) subnets, each pair in different
 * availability zones. For subnets without NAT, the install can create the VPC endpoints its tasks
 * need ({@link #vpcEndpoints()}) and keep every task's traffic inside the VPC ({@link #limitEgress()}).
 */
public final class NetworkArgs extends ResourceArgs {

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "publicSubnetIds", required = true)
    private Output<List<String>> publicSubnetIds;

    @Import(name = "privateSubnetIds", required = true)
    private Output<List<String>> privateSubnetIds;

    @Import(name = "isolatedSubnetIds", required = true)
    private Output<List<String>> isolatedSubnetIds;

    @Import(name = "vpcEndpoints")
    private @Nullable Output<Boolean> vpcEndpoints;

    @Import(name = "vpcEndpointServices")
    private @Nullable Output<List<String>> vpcEndpointServices;

    @Import(name = "routeTableIds")
    private @Nullable Output<List<String>> routeTableIds;

    @Import(name = "limitEgress")
    private @Nullable Output<Boolean> limitEgress;

    private NetworkArgs() {
    }

    private NetworkArgs(NetworkArgs $) {
        this.vpcId = $.vpcId;
        this.publicSubnetIds = $.publicSubnetIds;
        this.privateSubnetIds = $.privateSubnetIds;
        this.isolatedSubnetIds = $.isolatedSubnetIds;
        this.vpcEndpoints = $.vpcEndpoints;
        this.vpcEndpointServices = $.vpcEndpointServices;
        this.routeTableIds = $.routeTableIds;
        this.limitEgress = $.limitEgress;
    }

    /**
     * The VPC id, e.g. {@code vpc-0123456789abcdef0}. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * Subnets routed to an internet gateway; they hold a public load balancer. At least 2.
     * Required.
     */
    public Output<List<String>> publicSubnetIds() {
        return publicSubnetIds;
    }

    /**
     * Subnets with NAT egress (or VPC endpoints); they hold the ECS tasks, an internal load balancer,
     * the search domain and the interface endpoints. At least 2, each in a zone of its own.
     * Required.
     */
    public Output<List<String>> privateSubnetIds() {
        return privateSubnetIds;
    }

    /**
     * Subnets without any internet route; they hold the database. At least 2 in different
     * availability zones. Required.
     */
    public Output<List<String>> isolatedSubnetIds() {
        return isolatedSubnetIds;
    }

    /**
     * Whether to create the VPC endpoints the tasks need without NAT ({@link #vpcEndpointServices()}):
     * interface endpoints with private DNS in the private subnets, behind a security group that admits
     * only the VPC's CIDR block, and an S3 gateway endpoint on the private subnets' route tables. Private
     * DNS names are VPC-wide: a VPC that already has an endpoint of one of these services with private
     * DNS cannot have a second; leave that service out of {@link #vpcEndpointServices()}.
     * <p>Default: {@value NetworkDefaults#VPC_ENDPOINTS}.
     */
    public Output<Boolean> vpcEndpoints() {
        return vpcEndpoints == null ? Output.of(NetworkDefaults.VPC_ENDPOINTS) : vpcEndpoints;
    }

    /**
     * The services to create endpoints for, with {@link #vpcEndpoints()}: any of {@code ecr.api},
     * {@code ecr.dkr}, {@code logs}, {@code secretsmanager}, {@code kms}, {@code sts} (interface) and
     * {@code s3} (gateway). An {@code email-smtp} endpoint is added when the service sends email
     * through Amazon SES in the install's region.
     * <p>Default: all seven.
     */
    public Output<List<String>> vpcEndpointServices() {
        return vpcEndpointServices == null ? Output.of(NetworkDefaults.VPC_ENDPOINT_SERVICES) : vpcEndpointServices;
    }

    /**
     * The private subnets' route tables, for the S3 gateway endpoint.
     * <p>Default: looked up, the route table associated with each private subnet (give them when a
     * subnet uses the VPC's main route table, which has no association to find).
     */
    public Optional<Output<List<String>>> routeTableIds() {
        return Optional.ofNullable(routeTableIds);
    }

    /**
     * Whether to keep every task's traffic inside the VPC: no egress rule of the API, Console or
     * migrations tasks has a 0.0.0.0/0 destination; HTTPS goes to the VPC's CIDR block (endpoints,
     * internal load balancers) and S3's prefix list, email to the SMTP port inside the VPC. The images
     * must then come from ECR in the install's region (a mirror or a pull-through cache), the front door
     * must be internal (the Console server reaches the API by its private name), and the endpoints must
     * exist: {@link #vpcEndpoints()}, or the VPC's own.
     * <p>Default: {@value NetworkDefaults#LIMIT_EGRESS}.
     */
    public Output<Boolean> limitEgress() {
        return limitEgress == null ? Output.of(NetworkDefaults.LIMIT_EGRESS) : limitEgress;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> NetworkValidation.check(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(NetworkArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link NetworkArgs}. */
    public static final class Builder {
        private final NetworkArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new NetworkArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(NetworkArgs defaults) {
            $ = new NetworkArgs(defaults);
        }

        /** @see NetworkArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see NetworkArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see NetworkArgs#publicSubnetIds() */
        public Builder publicSubnetIds(Output<List<String>> publicSubnetIds) {
            $.publicSubnetIds = publicSubnetIds;
            return this;
        }

        /** @see NetworkArgs#publicSubnetIds() */
        public Builder publicSubnetIds(List<String> publicSubnetIds) {
            return publicSubnetIds(Output.of(publicSubnetIds));
        }

        /** @see NetworkArgs#publicSubnetIds() */
        public Builder publicSubnetIds(String... publicSubnetIds) {
            return publicSubnetIds(List.of(publicSubnetIds));
        }

        /** @see NetworkArgs#privateSubnetIds() */
        public Builder privateSubnetIds(Output<List<String>> privateSubnetIds) {
            $.privateSubnetIds = privateSubnetIds;
            return this;
        }

        /** @see NetworkArgs#privateSubnetIds() */
        public Builder privateSubnetIds(List<String> privateSubnetIds) {
            return privateSubnetIds(Output.of(privateSubnetIds));
        }

        /** @see NetworkArgs#privateSubnetIds() */
        public Builder privateSubnetIds(String... privateSubnetIds) {
            return privateSubnetIds(List.of(privateSubnetIds));
        }

        /** @see NetworkArgs#isolatedSubnetIds() */
        public Builder isolatedSubnetIds(Output<List<String>> isolatedSubnetIds) {
            $.isolatedSubnetIds = isolatedSubnetIds;
            return this;
        }

        /** @see NetworkArgs#isolatedSubnetIds() */
        public Builder isolatedSubnetIds(List<String> isolatedSubnetIds) {
            return isolatedSubnetIds(Output.of(isolatedSubnetIds));
        }

        /** @see NetworkArgs#isolatedSubnetIds() */
        public Builder isolatedSubnetIds(String... isolatedSubnetIds) {
            return isolatedSubnetIds(List.of(isolatedSubnetIds));
        }

        /** @see NetworkArgs#vpcEndpoints() */
        public Builder vpcEndpoints(@Nullable Output<Boolean> vpcEndpoints) {
            $.vpcEndpoints = vpcEndpoints;
            return this;
        }

        /** @see NetworkArgs#vpcEndpoints() */
        public Builder vpcEndpoints(boolean vpcEndpoints) {
            return vpcEndpoints(Output.of(vpcEndpoints));
        }

        /** @see NetworkArgs#vpcEndpointServices() */
        public Builder vpcEndpointServices(@Nullable Output<List<String>> vpcEndpointServices) {
            $.vpcEndpointServices = vpcEndpointServices;
            return this;
        }

        /** @see NetworkArgs#vpcEndpointServices() */
        public Builder vpcEndpointServices(List<String> vpcEndpointServices) {
            return vpcEndpointServices(Output.of(vpcEndpointServices));
        }

        /** @see NetworkArgs#vpcEndpointServices() */
        public Builder vpcEndpointServices(String... vpcEndpointServices) {
            return vpcEndpointServices(List.of(vpcEndpointServices));
        }

        /** @see NetworkArgs#routeTableIds() */
        public Builder routeTableIds(@Nullable Output<List<String>> routeTableIds) {
            $.routeTableIds = routeTableIds;
            return this;
        }

        /** @see NetworkArgs#routeTableIds() */
        public Builder routeTableIds(List<String> routeTableIds) {
            return routeTableIds(Output.of(routeTableIds));
        }

        /** @see NetworkArgs#routeTableIds() */
        public Builder routeTableIds(String... routeTableIds) {
            return routeTableIds(List.of(routeTableIds));
        }

        /** @see NetworkArgs#limitEgress() */
        public Builder limitEgress(@Nullable Output<Boolean> limitEgress) {
            $.limitEgress = limitEgress;
            return this;
        }

        /** @see NetworkArgs#limitEgress() */
        public Builder limitEgress(boolean limitEgress) {
            return limitEgress(Output.of(limitEgress));
        }

        /**
         * An immutable {@link NetworkArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public NetworkArgs build() {
            return new NetworkArgs($);
        }
    }
}
