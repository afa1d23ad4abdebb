package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceIngress}, the front door of the install: which backends it serves,
 * with which certificate, in which network.
 */
public final class ServiceIngressArgs extends ResourceArgs {

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "publicSubnetIds")
    private @Nullable Output<List<String>> publicSubnetIds;

    @Import(name = "privateSubnetIds")
    private @Nullable Output<List<String>> privateSubnetIds;

    @Import(name = "certificateArn", required = true)
    private Output<String> certificateArn;

    @Import(name = "backends")
    private @Nullable List<BackendArgs> backends;

    @Import(name = "settings")
    private @Nullable LoadBalancingArgs settings;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    private ServiceIngressArgs() {
    }

    private ServiceIngressArgs(ServiceIngressArgs $) {
        this.vpcId = $.vpcId;
        this.publicSubnetIds = $.publicSubnetIds;
        this.privateSubnetIds = $.privateSubnetIds;
        this.certificateArn = $.certificateArn;
        this.backends = $.backends;
        this.settings = $.settings;
        this.tags = $.tags;
        this.logRetentionDays = $.logRetentionDays;
    }

    /**
     * The VPC of the load balancers and their target groups. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The public subnets an internet-facing front door uses; required unless {@link
     * LoadBalancingArgs#internal()}.
     * <p>Default: none.
     */
    public Optional<Output<List<String>>> publicSubnetIds() {
        return Optional.ofNullable(publicSubnetIds);
    }

    /**
     * The private subnets an internal front door uses; required with {@link
     * LoadBalancingArgs#internal()}.
     * <p>Default: none.
     */
    public Optional<Output<List<String>>> privateSubnetIds() {
        return Optional.ofNullable(privateSubnetIds);
    }

    /**
     * The ACM certificate (ARN) served on port 443; it covers every backend's host name. Required.
     */
    public Output<String> certificateArn() {
        return certificateArn;
    }

    /**
     * The services behind the front door.
     */
    public List<BackendArgs> backends() {
        return backends == null ? List.of() : backends;
    }

    /**
     * Front door choices.
     * <p>Default: the {@link LoadBalancingArgs} defaults.
     */
    public LoadBalancingArgs settings() {
        return settings == null ? LoadBalancingArgs.builder().build() : settings;
    }

    /**
     * Tags for every resource, besides the fixed tags naming the stack and component.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /**
     * Days the front door's logs (the created web ACL's) are kept.
     * <p>Default: {@value #DEFAULT_LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(DEFAULT_LOG_RETENTION_DAYS) : logRetentionDays;
    }

    /** Days logs are kept unless {@link #logRetentionDays()} says otherwise. */
    static final int DEFAULT_LOG_RETENTION_DAYS = 365;

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ServiceIngressArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceIngressArgs}. */
    public static final class Builder {
        private final ServiceIngressArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceIngressArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceIngressArgs defaults) {
            $ = new ServiceIngressArgs(defaults);
        }

        /** @see ServiceIngressArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see ServiceIngressArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see ServiceIngressArgs#publicSubnetIds() */
        public Builder publicSubnetIds(@Nullable Output<List<String>> publicSubnetIds) {
            $.publicSubnetIds = publicSubnetIds;
            return this;
        }

        /** @see ServiceIngressArgs#publicSubnetIds() */
        public Builder publicSubnetIds(List<String> publicSubnetIds) {
            return publicSubnetIds(Output.of(List.copyOf(publicSubnetIds)));
        }

        /** @see ServiceIngressArgs#publicSubnetIds() */
        public Builder publicSubnetIds(String... publicSubnetIds) {
            return publicSubnetIds(List.of(publicSubnetIds));
        }

        /** @see ServiceIngressArgs#privateSubnetIds() */
        public Builder privateSubnetIds(@Nullable Output<List<String>> privateSubnetIds) {
            $.privateSubnetIds = privateSubnetIds;
            return this;
        }

        /** @see ServiceIngressArgs#privateSubnetIds() */
        public Builder privateSubnetIds(List<String> privateSubnetIds) {
            return privateSubnetIds(Output.of(List.copyOf(privateSubnetIds)));
        }

        /** @see ServiceIngressArgs#privateSubnetIds() */
        public Builder privateSubnetIds(String... privateSubnetIds) {
            return privateSubnetIds(List.of(privateSubnetIds));
        }

        /** @see ServiceIngressArgs#certificateArn() */
        public Builder certificateArn(Output<String> certificateArn) {
            $.certificateArn = certificateArn;
            return this;
        }

        /** @see ServiceIngressArgs#certificateArn() */
        public Builder certificateArn(String certificateArn) {
            return certificateArn(Output.of(certificateArn));
        }

        /** @see ServiceIngressArgs#backends() */
        public Builder backends(List<BackendArgs> backends) {
            $.backends = List.copyOf(backends);
            return this;
        }

        /** @see ServiceIngressArgs#backends() */
        public Builder backends(BackendArgs... backends) {
            return backends(List.of(backends));
        }

        /** @see ServiceIngressArgs#settings() */
        public Builder settings(@Nullable LoadBalancingArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see ServiceIngressArgs#logRetentionDays() */
        public Builder logRetentionDays(@Nullable Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see ServiceIngressArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ServiceIngressArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link ServiceIngressArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceIngressArgs build() {
            return new ServiceIngressArgs($);
        }
    }
}
