package io.selfhosted.pulumi.ecs.network;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;

/**
 * The VPC the service runs in. The seed's prerequisites: a VPC with at least two public, two
 * private (NAT egress) and two isolated (no internet route) subnets, each pair in different
 * availability zones.
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

    private NetworkArgs() {
    }

    private NetworkArgs(NetworkArgs $) {
        this.vpcId = $.vpcId;
        this.publicSubnetIds = $.publicSubnetIds;
        this.privateSubnetIds = $.privateSubnetIds;
        this.isolatedSubnetIds = $.isolatedSubnetIds;
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
     * Subnets with NAT egress; they hold the ECS tasks and an internal load balancer. At least 2.
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
            return publicSubnetIds(Output.of(List.copyOf(publicSubnetIds)));
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
            return privateSubnetIds(Output.of(List.copyOf(privateSubnetIds)));
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
            return isolatedSubnetIds(Output.of(List.copyOf(isolatedSubnetIds)));
        }

        /** @see NetworkArgs#isolatedSubnetIds() */
        public Builder isolatedSubnetIds(String... isolatedSubnetIds) {
            return isolatedSubnetIds(List.of(isolatedSubnetIds));
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
