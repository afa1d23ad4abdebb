package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateDefaults;
import io.selfhosted.pulumi.ecs.fargate.LoadBalancerTargetArgs;
import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ConsoleService}: the values other parts produce and the Console's own
 * choices.
 */
public final class ConsoleServiceArgs extends ResourceArgs {

    @Import(name = "placement", required = true)
    private PlacementArgs placement;

    @Import(name = "target", required = true)
    private LoadBalancerTargetArgs target;

    @Import(name = "images", required = true)
    private ContainerImagesArgs images;

    @Import(name = "apiDomain", required = true)
    private Output<String> apiDomain;

    @Import(name = "consoleDomain", required = true)
    private Output<String> consoleDomain;

    @Import(name = "apiLoadBalancerSecurityGroupId")
    private @Nullable Output<String> apiLoadBalancerSecurityGroupId;

    @Import(name = "samlSsoEnabled")
    private @Nullable Output<Boolean> samlSsoEnabled;

    @Import(name = "recaptchaSiteKey")
    private @Nullable Output<String> recaptchaSiteKey;

    @Import(name = "agGridLicenseKeySecret")
    private @Nullable Output<String> agGridLicenseKeySecret;

    @Import(name = "secretsKmsKeyArn")
    private @Nullable Output<String> secretsKmsKeyArn;

    @Import(name = "registryCredentialsSecretArn")
    private @Nullable Output<String> registryCredentialsSecretArn;

    @Import(name = "settings")
    private @Nullable ConsoleArgs settings;

    @Import(name = "deploymentGate")
    private @Nullable Output<String> deploymentGate;

    @Import(name = "deploymentTimeoutMinutes")
    private @Nullable Output<Integer> deploymentTimeoutMinutes;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    @Import(name = "egress")
    private @Nullable TaskEgressArgs egress;

    private ConsoleServiceArgs() {
    }

    private ConsoleServiceArgs(ConsoleServiceArgs $) {
        this.placement = $.placement;
        this.target = $.target;
        this.images = $.images;
        this.apiDomain = $.apiDomain;
        this.consoleDomain = $.consoleDomain;
        this.apiLoadBalancerSecurityGroupId = $.apiLoadBalancerSecurityGroupId;
        this.samlSsoEnabled = $.samlSsoEnabled;
        this.recaptchaSiteKey = $.recaptchaSiteKey;
        this.agGridLicenseKeySecret = $.agGridLicenseKeySecret;
        this.secretsKmsKeyArn = $.secretsKmsKeyArn;
        this.registryCredentialsSecretArn = $.registryCredentialsSecretArn;
        this.settings = $.settings;
        this.deploymentGate = $.deploymentGate;
        this.deploymentTimeoutMinutes = $.deploymentTimeoutMinutes;
        this.logRetentionDays = $.logRetentionDays;
        this.tags = $.tags;
        this.egress = $.egress;
    }

    /**
     * The cluster, region, VPC and private subnets. Required.
     */
    public PlacementArgs placement() {
        return placement;
    }

    /**
     * The load balancer target for port 3000. Required.
     */
    public LoadBalancerTargetArgs target() {
        return target;
    }

    /**
     * Where the {@code console} image comes from. Required.
     */
    public ContainerImagesArgs images() {
        return images;
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
     * The API load balancer's security group. When set, it admits the Console tasks on 443, so the
     * Console reaches the API even when an ingress allow-list excludes the VPC.
     * <p>Default: none.
     */
    public Optional<Output<String>> apiLoadBalancerSecurityGroupId() {
        return Optional.ofNullable(apiLoadBalancerSecurityGroupId);
    }

    /**
     * {@code SAML_SSO_ENABLED}: offer SAML single sign-on.
     * <p>Default: {@value ConsoleDefaults#SAML_SSO_ENABLED}.
     */
    public Output<Boolean> samlSsoEnabled() {
        return samlSsoEnabled == null ? Output.of(ConsoleDefaults.SAML_SSO_ENABLED) : samlSsoEnabled;
    }

    /**
     * {@code RECAPTCHA_SITE_KEY}.
     * <p>Default: none.
     */
    public Optional<Output<String>> recaptchaSiteKey() {
        return Optional.ofNullable(recaptchaSiteKey);
    }

    /**
     * The secret holding {@code AG_GRID_LICENSE_KEY}, as an ECS {@code valueFrom}: its ARN, or one
     * version of it ({@code <ARN>:::<version id>}), which makes a new value restart the tasks.
     * <p>Default: none.
     */
    public Optional<Output<String>> agGridLicenseKeySecret() {
        return Optional.ofNullable(agGridLicenseKeySecret);
    }

    /**
     * The KMS key (ARN) encrypting the Console's secrets.
     * <p>Default: none.
     */
    public Optional<Output<String>> secretsKmsKeyArn() {
        return Optional.ofNullable(secretsKmsKeyArn);
    }

    /**
     * The secret (ARN) with the registry login of {@link #images()}, as ECS repository credentials.
     * <p>Default: none.
     */
    public Optional<Output<String>> registryCredentialsSecretArn() {
        return Optional.ofNullable(registryCredentialsSecretArn);
    }

    /**
     * The Console's own choices.
     * <p>Default: the {@link ConsoleArgs} defaults.
     */
    public ConsoleArgs settings() {
        return settings == null ? ConsoleArgs.builder().build() : settings;
    }

    /**
     * An output a deployment of the Console waits for, such as {@link
     * ApiService#migrationsResult()}: a new version of the Console starts only after the migrations
     * of that version succeeded.
     * <p>Default: none.
     */
    public Optional<Output<String>> deploymentGate() {
        return Optional.ofNullable(deploymentGate);
    }

    /**
     * Minutes {@code pulumi up} waits for a deployment of the Console to become healthy.
     * <p>Default: {@value FargateDefaults#DEPLOYMENT_TIMEOUT_MINUTES}.
     */
    public Output<Integer> deploymentTimeoutMinutes() {
        return deploymentTimeoutMinutes == null ? Output.of(FargateDefaults.DEPLOYMENT_TIMEOUT_MINUTES) : deploymentTimeoutMinutes;
    }

    /**
     * Days CloudWatch Logs keeps the Console logs.
     * <p>Default: {@value FargateDefaults#LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(FargateDefaults.LOG_RETENTION_DAYS) : logRetentionDays;
    }

    /**
     * Tags for every resource, besides the fixed tags naming the stack and component.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /**
     * Where the Console tasks may send traffic.
     * <p>Default: HTTPS anywhere (see {@link TaskEgressArgs}).
     */
    public TaskEgressArgs egress() {
        return egress == null ? TaskEgressArgs.builder().build() : egress;
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

        /** An empty builder. */
        public Builder() {
            $ = new ConsoleServiceArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ConsoleServiceArgs defaults) {
            $ = new ConsoleServiceArgs(defaults);
        }

        /** @see ConsoleServiceArgs#placement() */
        public Builder placement(PlacementArgs placement) {
            $.placement = placement;
            return this;
        }

        /** @see ConsoleServiceArgs#target() */
        public Builder target(LoadBalancerTargetArgs target) {
            $.target = target;
            return this;
        }

        /** @see ConsoleServiceArgs#images() */
        public Builder images(ContainerImagesArgs images) {
            $.images = images;
            return this;
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

        /** @see ConsoleServiceArgs#apiLoadBalancerSecurityGroupId() */
        public Builder apiLoadBalancerSecurityGroupId(@Nullable Output<String> apiLoadBalancerSecurityGroupId) {
            $.apiLoadBalancerSecurityGroupId = apiLoadBalancerSecurityGroupId;
            return this;
        }

        /** @see ConsoleServiceArgs#apiLoadBalancerSecurityGroupId() */
        public Builder apiLoadBalancerSecurityGroupId(String apiLoadBalancerSecurityGroupId) {
            return apiLoadBalancerSecurityGroupId(Output.of(apiLoadBalancerSecurityGroupId));
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

        /** @see ConsoleServiceArgs#agGridLicenseKeySecret() */
        public Builder agGridLicenseKeySecret(@Nullable Output<String> agGridLicenseKeySecret) {
            $.agGridLicenseKeySecret = agGridLicenseKeySecret;
            return this;
        }

        /** @see ConsoleServiceArgs#agGridLicenseKeySecret() */
        public Builder agGridLicenseKeySecret(String agGridLicenseKeySecret) {
            return agGridLicenseKeySecret(Output.of(agGridLicenseKeySecret));
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

        /** @see ConsoleServiceArgs#registryCredentialsSecretArn() */
        public Builder registryCredentialsSecretArn(@Nullable Output<String> registryCredentialsSecretArn) {
            $.registryCredentialsSecretArn = registryCredentialsSecretArn;
            return this;
        }

        /** @see ConsoleServiceArgs#registryCredentialsSecretArn() */
        public Builder registryCredentialsSecretArn(String registryCredentialsSecretArn) {
            return registryCredentialsSecretArn(Output.of(registryCredentialsSecretArn));
        }

        /** @see ConsoleServiceArgs#settings() */
        public Builder settings(@Nullable ConsoleArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see ConsoleServiceArgs#deploymentGate() */
        public Builder deploymentGate(@Nullable Output<String> deploymentGate) {
            $.deploymentGate = deploymentGate;
            return this;
        }

        /** @see ConsoleServiceArgs#deploymentGate() */
        public Builder deploymentGate(String deploymentGate) {
            return deploymentGate(Output.of(deploymentGate));
        }

        /** @see ConsoleServiceArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(@Nullable Output<Integer> deploymentTimeoutMinutes) {
            $.deploymentTimeoutMinutes = deploymentTimeoutMinutes;
            return this;
        }

        /** @see ConsoleServiceArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(int deploymentTimeoutMinutes) {
            return deploymentTimeoutMinutes(Output.of(deploymentTimeoutMinutes));
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

        /** @see ConsoleServiceArgs#egress() */
        public Builder egress(@Nullable TaskEgressArgs egress) {
            $.egress = egress;
            return this;
        }

        /**
         * An immutable {@link ConsoleServiceArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ConsoleServiceArgs build() {
            return new ConsoleServiceArgs($);
        }
    }
}
