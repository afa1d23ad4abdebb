package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Where the service's tasks (API, Console, migrations) may send traffic. By default HTTPS goes
 * anywhere (AWS APIs and the image registry, through the private subnets' NAT). Limited to the
 * VPC, no rule has a 0.0.0.0/0 destination: HTTPS goes to the VPC's CIDR block (interface
 * endpoints, internal load balancers) and to S3's prefix list (its gateway endpoint), email to the
 * SMTP port inside the VPC.
 */
public final class TaskEgressArgs extends ResourceArgs {

    @Import(name = "limitToVpc")
    private @Nullable Output<Boolean> limitToVpc;

    @Import(name = "vpcCidr")
    private @Nullable Output<String> vpcCidr;

    @Import(name = "s3PrefixListId")
    private @Nullable Output<String> s3PrefixListId;

    private TaskEgressArgs() {
    }

    private TaskEgressArgs(TaskEgressArgs $) {
        this.limitToVpc = $.limitToVpc;
        this.vpcCidr = $.vpcCidr;
        this.s3PrefixListId = $.s3PrefixListId;
    }

    /**
     * Whether egress is limited to the VPC.
     * <p>Default: false.
     */
    public Output<Boolean> limitToVpc() {
        return limitToVpc == null ? Output.of(false) : limitToVpc;
    }

    /**
     * The VPC's (primary) IPv4 CIDR block, the destination of the limited rules.
     * <p>Default: none; required with {@link #limitToVpc()}.
     */
    public Optional<Output<String>> vpcCidr() {
        return Optional.ofNullable(vpcCidr);
    }

    /**
     * The managed prefix list of S3 in the region (the S3 gateway endpoint's), for image layers and
     * the service's buckets.
     * <p>Default: none; required with {@link #limitToVpc()}.
     */
    public Optional<Output<String>> s3PrefixListId() {
        return Optional.ofNullable(s3PrefixListId);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(TaskEgressArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link TaskEgressArgs}. */
    public static final class Builder {
        private final TaskEgressArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new TaskEgressArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(TaskEgressArgs defaults) {
            $ = new TaskEgressArgs(defaults);
        }

        /** @see TaskEgressArgs#limitToVpc() */
        public Builder limitToVpc(@Nullable Output<Boolean> limitToVpc) {
            $.limitToVpc = limitToVpc;
            return this;
        }

        /** @see TaskEgressArgs#limitToVpc() */
        public Builder limitToVpc(boolean limitToVpc) {
            return limitToVpc(Output.of(limitToVpc));
        }

        /** @see TaskEgressArgs#vpcCidr() */
        public Builder vpcCidr(@Nullable Output<String> vpcCidr) {
            $.vpcCidr = vpcCidr;
            return this;
        }

        /** @see TaskEgressArgs#vpcCidr() */
        public Builder vpcCidr(String vpcCidr) {
            return vpcCidr(Output.of(vpcCidr));
        }

        /** @see TaskEgressArgs#s3PrefixListId() */
        public Builder s3PrefixListId(@Nullable Output<String> s3PrefixListId) {
            $.s3PrefixListId = s3PrefixListId;
            return this;
        }

        /** @see TaskEgressArgs#s3PrefixListId() */
        public Builder s3PrefixListId(String s3PrefixListId) {
            return s3PrefixListId(Output.of(s3PrefixListId));
        }

        /**
         * An immutable {@link TaskEgressArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public TaskEgressArgs build() {
            return new TaskEgressArgs($);
        }
    }
}
