package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Where a Fargate service runs: its cluster, region, VPC and subnets. One group, filled once and
 * handed to every service of the install.
 */
public final class PlacementArgs extends ResourceArgs {

    @Import(name = "clusterArn", required = true)
    private Output<String> clusterArn;

    @Import(name = "clusterName", required = true)
    private Output<String> clusterName;

    @Import(name = "region")
    private @Nullable Output<String> region;

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnetIds", required = true)
    private Output<List<String>> subnetIds;

    private PlacementArgs() {
    }

    private PlacementArgs(PlacementArgs $) {
        this.clusterArn = $.clusterArn;
        this.clusterName = $.clusterName;
        this.region = $.region;
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
    }

    /**
     * The ECS cluster (ARN). Required.
     */
    public Output<String> clusterArn() {
        return clusterArn;
    }

    /**
     * The ECS cluster's name (autoscaling addresses services by cluster and service name).
     * Required.
     */
    public Output<String> clusterName() {
        return clusterName;
    }

    /**
     * The AWS region (log delivery, KMS conditions, {@code AWS_REGION}).
     * <p>Default: the {@code aws:region} stack config, else the {@code AWS_REGION} environment
     * variable.
     */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The VPC of the tasks' security group. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The private subnets the tasks run in (they get no public IP). Required.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> FargateValidation.placement(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(PlacementArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link PlacementArgs}. */
    public static final class Builder {
        private final PlacementArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new PlacementArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(PlacementArgs defaults) {
            $ = new PlacementArgs(defaults);
        }

        /** @see PlacementArgs#clusterArn() */
        public Builder clusterArn(Output<String> clusterArn) {
            $.clusterArn = clusterArn;
            return this;
        }

        /** @see PlacementArgs#clusterArn() */
        public Builder clusterArn(String clusterArn) {
            return clusterArn(Output.of(clusterArn));
        }

        /** @see PlacementArgs#clusterName() */
        public Builder clusterName(Output<String> clusterName) {
            $.clusterName = clusterName;
            return this;
        }

        /** @see PlacementArgs#clusterName() */
        public Builder clusterName(String clusterName) {
            return clusterName(Output.of(clusterName));
        }

        /** @see PlacementArgs#region() */
        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        /** @see PlacementArgs#region() */
        public Builder region(String region) {
            return region(Output.of(region));
        }

        /** @see PlacementArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see PlacementArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see PlacementArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see PlacementArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(List.copyOf(subnetIds)));
        }

        /** @see PlacementArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
        }

        /**
         * An immutable {@link PlacementArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public PlacementArgs build() {
            return new PlacementArgs($);
        }
    }
}
