package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ConsoleService}.
 */
public final class ConsoleServiceArgs extends ResourceArgs {

    /** Default of {@link #samlSsoEnabled()}. */
    public static final boolean DEFAULT_SAML_SSO_ENABLED = false;

    /** Default of {@link #logRetentionDays()}. */
    public static final int DEFAULT_LOG_RETENTION_DAYS = FargateServiceArgs.DEFAULT_LOG_RETENTION_DAYS;

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

    @Import(name = "images", required = true)
    private ContainerImagesArgs images;

    @Import(name = "targetGroupArn", required = true)
    private Output<String> targetGroupArn;

    @Import(name = "loadBalancerSecurityGroupId", required = true)
    private Output<String> loadBalancerSecurityGroupId;

    @Import(name = "apiLoadBalancerSecurityGroupId")
    private @Nullable Output<String> apiLoadBalancerSecurityGroupId;

    @Import(name = "apiDomain", required = true)
    private Output<String> apiDomain;

    @Import(name = "consoleDomain", required = true)
    private Output<String> consoleDomain;

    @Import(name = "samlSsoEnabled")
    private @Nullable Output<Boolean> samlSsoEnabled;

    @Import(name = "recaptchaSiteKey")
    private @Nullable Output<String> recaptchaSiteKey;

    @Import(name = "agGridLicenseKeySecretArn")
    private @Nullable Output<String> agGridLicenseKeySecretArn;

    @Import(name = "secretsKmsKeyArn")
    private @Nullable Output<String> secretsKmsKeyArn;

    @Import(name = "settings")
    private @Nullable ConsoleSettings settings;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ConsoleServiceArgs() {
    }

    private ConsoleServiceArgs(ConsoleServiceArgs $) {
        this.clusterArn = $.clusterArn;
        this.clusterName = $.clusterName;
        this.region = $.region;
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
        this.images = $.images;
        this.targetGroupArn = $.targetGroupArn;
        this.loadBalancerSecurityGroupId = $.loadBalancerSecurityGroupId;
        this.apiLoadBalancerSecurityGroupId = $.apiLoadBalancerSecurityGroupId;
        this.apiDomain = $.apiDomain;
        this.consoleDomain = $.consoleDomain;
        this.samlSsoEnabled = $.samlSsoEnabled;
        this.recaptchaSiteKey = $.recaptchaSiteKey;
        this.agGridLicenseKeySecretArn = $.agGridLicenseKeySecretArn;
        this.secretsKmsKeyArn = $.secretsKmsKeyArn;
        this.settings = $.settings;
        this.logRetentionDays = $.logRetentionDays;
        this.tags = $.tags;
    }

    /**
     * The ECS cluster (ARN). Required.
     */
    public Output<String> clusterArn() {
        return clusterArn;
    }

    /**
     * The ECS cluster's name. Required.
     */
    public Output<String> clusterName() {
        return clusterName;
    }

    /**
     * The AWS region ({@code AWS_REGION}). Default: the {@code aws:region} stack config, else the
     * {@code AWS_REGION} environment variable.
     */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The VPC of the tasks. Required.
     */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * The private subnets the tasks run in. Required.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /**
     * Where the {@code console} image comes from. Required.
     */
    public ContainerImagesArgs images() {
        return images;
    }

    /**
     * The load balancer target group (ARN) for port 3000. Required.
     */
    public Output<String> targetGroupArn() {
        return targetGroupArn;
    }

    /**
     * The load balancer's security group, admitted to port 3000. Required.
     */
    public Output<String> loadBalancerSecurityGroupId() {
        return loadBalancerSecurityGroupId;
    }

    /**
     * The API load balancer's security group. When set, it admits the Console tasks on 443, so the
     * Console reaches the API even when an ingress allow-list excludes the VPC.
     */
    public Optional<Output<String>> apiLoadBalancerSecurityGroupId() {
        return Optional.ofNullable(apiLoadBalancerSecurityGroupId);
    }

    /**
     * The API's DNS name; the Console calls {@code https://<apiDomain>}. Required.
     */
    public Output<String> apiDomain() {
        return apiDomain;
    }

    /**
     * The Console's DNS name. Required.
     */
    public Output<String> consoleDomain() {
        return consoleDomain;
    }

    /**
     * {@code SAML_SSO_ENABLED}: offer SAML single sign-on.
     * <p>Default: {@value #DEFAULT_SAML_SSO_ENABLED}.
     */
    public Output<Boolean> samlSsoEnabled() {
        return samlSsoEnabled == null ? Output.of(DEFAULT_SAML_SSO_ENABLED) : samlSsoEnabled;
    }

    /**
     * {@code RECAPTCHA_SITE_KEY}.
     */
    public Optional<Output<String>> recaptchaSiteKey() {
        return Optional.ofNullable(recaptchaSiteKey);
    }

    /**
     * The secret (ARN) holding {@code AG_GRID_LICENSE_KEY}.
     */
    public Optional<Output<String>> agGridLicenseKeySecretArn() {
        return Optional.ofNullable(agGridLicenseKeySecretArn);
    }

    /**
     * The KMS key (ARN) encrypting the Console's secrets.
     */
    public Optional<Output<String>> secretsKmsKeyArn() {
        return Optional.ofNullable(secretsKmsKeyArn);
    }

    /**
     * The Console's own choices.
     * <p>Default: {@code ConsoleSettings} defaults.
     */
    public ConsoleSettings settings() {
        return settings == null ? ConsoleSettings.builder().build() : settings;
    }

    /**
     * Days CloudWatch Logs keeps the Console logs.
     * <p>Default: {@value #DEFAULT_LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(DEFAULT_LOG_RETENTION_DAYS) : logRetentionDays;
    }

    /**
     * Tags for every resource.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ConsoleServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ConsoleServiceArgs}. */
    public static final class Builder {
        private final ConsoleServiceArgs $;

        public Builder() {
            $ = new ConsoleServiceArgs();
        }

        public Builder(ConsoleServiceArgs defaults) {
            $ = new ConsoleServiceArgs(defaults);
        }

        /** @see ConsoleServiceArgs#clusterArn() */
        public Builder clusterArn(Output<String> clusterArn) {
            $.clusterArn = clusterArn;
            return this;
        }

        /** @see ConsoleServiceArgs#clusterArn() */
        public Builder clusterArn(String clusterArn) {
            return clusterArn(Output.of(clusterArn));
        }

        /** @see ConsoleServiceArgs#clusterName() */
        public Builder clusterName(Output<String> clusterName) {
            $.clusterName = clusterName;
            return this;
        }

        /** @see ConsoleServiceArgs#clusterName() */
        public Builder clusterName(String clusterName) {
            return clusterName(Output.of(clusterName));
        }

        /** @see ConsoleServiceArgs#region() */
        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        /** @see ConsoleServiceArgs#region() */
        public Builder region(String region) {
            return region(Output.of(region));
        }

        /** @see ConsoleServiceArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see ConsoleServiceArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see ConsoleServiceArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see ConsoleServiceArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(List.copyOf(subnetIds)));
        }

        /** @see ConsoleServiceArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
        }

        /** @see ConsoleServiceArgs#images() */
        public Builder images(ContainerImagesArgs images) {
            $.images = images;
            return this;
        }

        /** @see ConsoleServiceArgs#targetGroupArn() */
        public Builder targetGroupArn(Output<String> targetGroupArn) {
            $.targetGroupArn = targetGroupArn;
            return this;
        }

        /** @see ConsoleServiceArgs#targetGroupArn() */
        public Builder targetGroupArn(String targetGroupArn) {
            return targetGroupArn(Output.of(targetGroupArn));
        }

        /** @see ConsoleServiceArgs#loadBalancerSecurityGroupId() */
        public Builder loadBalancerSecurityGroupId(Output<String> loadBalancerSecurityGroupId) {
            $.loadBalancerSecurityGroupId = loadBalancerSecurityGroupId;
            return this;
        }

        /** @see ConsoleServiceArgs#loadBalancerSecurityGroupId() */
        public Builder loadBalancerSecurityGroupId(String loadBalancerSecurityGroupId) {
            return loadBalancerSecurityGroupId(Output.of(loadBalancerSecurityGroupId));
        }

        /** @see ConsoleServiceArgs#apiLoadBalancerSecurityGroupId() */
        public Builder apiLoadBalancerSecurityGroupId(@Nullable Output<String> apiLoadBalancerSecurityGroupId) {
            $.apiLoadBalancerSecurityGroupId = apiLoadBalancerSecurityGroupId;
            return this;
        }

        /** @see ConsoleServiceArgs#apiLoadBalancerSecurityGroupId() */
        public Builder apiLoadBalancerSecurityGroupId(String apiLoadBalancerSecurityGroupId) {
            return apiLoadBalancerSecurityGroupId(Output.of(apiLoadBalancerSecurityGroupId));
        }

        /** @see ConsoleServiceArgs#apiDomain() */
        public Builder apiDomain(Output<String> apiDomain) {
            $.apiDomain = apiDomain;
            return this;
        }

        /** @see ConsoleServiceArgs#apiDomain() */
        public Builder apiDomain(String apiDomain) {
            return apiDomain(Output.of(apiDomain));
        }

        /** @see ConsoleServiceArgs#consoleDomain() */
        public Builder consoleDomain(Output<String> consoleDomain) {
            $.consoleDomain = consoleDomain;
            return this;
        }

        /** @see ConsoleServiceArgs#consoleDomain() */
        public Builder consoleDomain(String consoleDomain) {
            return consoleDomain(Output.of(consoleDomain));
        }

        /** @see ConsoleServiceArgs#samlSsoEnabled() */
        public Builder samlSsoEnabled(@Nullable Output<Boolean> samlSsoEnabled) {
            $.samlSsoEnabled = samlSsoEnabled;
            return this;
        }

        /** @see ConsoleServiceArgs#samlSsoEnabled() */
        public Builder samlSsoEnabled(boolean samlSsoEnabled) {
            return samlSsoEnabled(Output.of(samlSsoEnabled));
        }

        /** @see ConsoleServiceArgs#recaptchaSiteKey() */
        public Builder recaptchaSiteKey(@Nullable Output<String> recaptchaSiteKey) {
            $.recaptchaSiteKey = recaptchaSiteKey;
            return this;
        }

        /** @see ConsoleServiceArgs#recaptchaSiteKey() */
        public Builder recaptchaSiteKey(String recaptchaSiteKey) {
            return recaptchaSiteKey(Output.of(recaptchaSiteKey));
        }

        /** @see ConsoleServiceArgs#agGridLicenseKeySecretArn() */
        public Builder agGridLicenseKeySecretArn(@Nullable Output<String> agGridLicenseKeySecretArn) {
            $.agGridLicenseKeySecretArn = agGridLicenseKeySecretArn;
            return this;
        }

        /** @see ConsoleServiceArgs#agGridLicenseKeySecretArn() */
        public Builder agGridLicenseKeySecretArn(String agGridLicenseKeySecretArn) {
            return agGridLicenseKeySecretArn(Output.of(agGridLicenseKeySecretArn));
        }

        /** @see ConsoleServiceArgs#secretsKmsKeyArn() */
        public Builder secretsKmsKeyArn(@Nullable Output<String> secretsKmsKeyArn) {
            $.secretsKmsKeyArn = secretsKmsKeyArn;
            return this;
        }

        /** @see ConsoleServiceArgs#secretsKmsKeyArn() */
        public Builder secretsKmsKeyArn(String secretsKmsKeyArn) {
            return secretsKmsKeyArn(Output.of(secretsKmsKeyArn));
        }

        /** @see ConsoleServiceArgs#settings() */
        public Builder settings(@Nullable ConsoleSettings settings) {
            $.settings = settings;
            return this;
        }

        /** @see ConsoleServiceArgs#logRetentionDays() */
        public Builder logRetentionDays(@Nullable Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see ConsoleServiceArgs#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            return logRetentionDays(Output.of(logRetentionDays));
        }

        /** @see ConsoleServiceArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ConsoleServiceArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /** Checks required properties and returns an immutable {@link ConsoleServiceArgs}. */
        public ConsoleServiceArgs build() {
            if ($.clusterArn == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "clusterArn");
            }
            if ($.clusterName == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "clusterName");
            }
            if ($.vpcId == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "vpcId");
            }
            if ($.subnetIds == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "subnetIds");
            }
            if ($.images == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "images");
            }
            if ($.targetGroupArn == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "targetGroupArn");
            }
            if ($.loadBalancerSecurityGroupId == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "loadBalancerSecurityGroupId");
            }
            if ($.apiDomain == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "apiDomain");
            }
            if ($.consoleDomain == null) {
                throw new MissingRequiredPropertyException("ConsoleServiceArgs", "consoleDomain");
            }
            return new ConsoleServiceArgs($);
        }
    }
}
