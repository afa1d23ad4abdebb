package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerSecretArgs;
import io.selfhosted.pulumi.ecs.fargate.EnvironmentVariableArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateDefaults;
import io.selfhosted.pulumi.ecs.fargate.LoadBalancerTargetArgs;
import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ApiService}: the values other parts produce (placement, load balancer target,
 * database connection, buckets, secrets) and the API's own choices.
 */
public final class ApiServiceArgs extends ResourceArgs {

    @Import(name = "placement", required = true)
    private PlacementArgs placement;

    @Import(name = "target", required = true)
    private LoadBalancerTargetArgs target;

    @Import(name = "database", required = true)
    private DatabaseConnectionArgs database;

    @Import(name = "buckets", required = true)
    private ServiceBucketsArgs buckets;

    @Import(name = "images", required = true)
    private ContainerImagesArgs images;

    @Import(name = "apiDomain", required = true)
    private Output<String> apiDomain;

    @Import(name = "consoleDomain", required = true)
    private Output<String> consoleDomain;

    @Import(name = "licenseKeySecret", required = true)
    private Output<String> licenseKeySecret;

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "previousKmsKeyArns")
    private @Nullable Output<List<String>> previousKmsKeyArns;

    @Import(name = "smtp")
    private @Nullable SmtpDeliveryArgs smtp;

    @Import(name = "saml")
    private @Nullable SamlSigningArgs saml;

    @Import(name = "recaptchaSecretKeySecret")
    private @Nullable Output<String> recaptchaSecretKeySecret;

    @Import(name = "environment")
    private @Nullable List<EnvironmentVariableArgs> environment;

    @Import(name = "secrets")
    private @Nullable List<ContainerSecretArgs> secrets;

    @Import(name = "registryCredentialsSecretArn")
    private @Nullable Output<String> registryCredentialsSecretArn;

    @Import(name = "settings")
    private @Nullable ApiArgs settings;

    @Import(name = "deploymentTimeoutMinutes")
    private @Nullable Output<Integer> deploymentTimeoutMinutes;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    @Import(name = "search")
    private @Nullable SearchConnectionArgs search;

    @Import(name = "egress")
    private @Nullable TaskEgressArgs egress;

    private ApiServiceArgs() {
    }

    private ApiServiceArgs(ApiServiceArgs $) {
        this.placement = $.placement;
        this.target = $.target;
        this.database = $.database;
        this.buckets = $.buckets;
        this.images = $.images;
        this.apiDomain = $.apiDomain;
        this.consoleDomain = $.consoleDomain;
        this.licenseKeySecret = $.licenseKeySecret;
        this.kmsKeyArn = $.kmsKeyArn;
        this.previousKmsKeyArns = $.previousKmsKeyArns;
        this.smtp = $.smtp;
        this.saml = $.saml;
        this.recaptchaSecretKeySecret = $.recaptchaSecretKeySecret;
        this.environment = $.environment;
        this.secrets = $.secrets;
        this.registryCredentialsSecretArn = $.registryCredentialsSecretArn;
        this.settings = $.settings;
        this.deploymentTimeoutMinutes = $.deploymentTimeoutMinutes;
        this.logRetentionDays = $.logRetentionDays;
        this.tags = $.tags;
        this.search = $.search;
        this.egress = $.egress;
    }

    /**
     * The cluster, region, VPC and private subnets. Required.
     */
    public PlacementArgs placement() {
        return placement;
    }

    /**
     * The load balancer target for port 8080. Required.
     */
    public LoadBalancerTargetArgs target() {
        return target;
    }

    /**
     * The database and its credentials. Required.
     */
    public DatabaseConnectionArgs database() {
        return database;
    }

    /**
     * The service's buckets. Required.
     */
    public ServiceBucketsArgs buckets() {
        return buckets;
    }

    /**
     * Where the {@code service} and {@code migrations} images come from. Required.
     */
    public ContainerImagesArgs images() {
        return images;
    }

    /**
     * The API's DNS name, e.g. {@code api.pulumi.example.com}. Required.
     */
    public Output<String> apiDomain() {
        return apiDomain;
    }

    /**
     * The Console's DNS name, e.g. {@code app.pulumi.example.com}. Required.
     */
    public Output<String> consoleDomain() {
        return consoleDomain;
    }

    /**
     * The Secrets Manager secret holding the license key, as an ECS {@code valueFrom}: its ARN, or
     * one version of it ({@code <ARN>:::<version id>}), which makes a new value restart the tasks.
     * Required.
     */
    public Output<String> licenseKeySecret() {
        return licenseKeySecret;
    }

    /**
     * The service's KMS key ({@code PULUMI_KMS_KEY}); it also encrypts the secrets and buckets.
     * Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * Keys the service used before {@link #kmsKeyArn()}: its tasks may still decrypt with them.
     * <p>Default: none.
     */
    public Optional<Output<List<String>>> previousKmsKeyArns() {
        return Optional.ofNullable(previousKmsKeyArns);
    }

    /**
     * Email delivery.
     * <p>Default: none (the service sends no email).
     */
    public Optional<SmtpDeliveryArgs> smtp() {
        return Optional.ofNullable(smtp);
    }

    /**
     * SAML request signing.
     * <p>Default: none.
     */
    public Optional<SamlSigningArgs> saml() {
        return Optional.ofNullable(saml);
    }

    /**
     * The secret holding {@code RECAPTCHA_SECRET_KEY}, as an ECS {@code valueFrom}: its ARN, or one
     * version of it ({@code <ARN>:::<version id>}), which makes a new value restart the tasks.
     * <p>Default: none.
     */
    public Optional<Output<String>> recaptchaSecretKeySecret() {
        return Optional.ofNullable(recaptchaSecretKeySecret);
    }

    /**
     * Further plain variables of the API container, e.g. from an optional part the API talks to.
     * Never a credential: use {@link #secrets()}.
     * <p>Default: none.
     */
    public List<EnvironmentVariableArgs> environment() {
        return environment == null ? List.of() : environment;
    }

    /**
     * Further variables of the API container read from Secrets Manager at task start.
     * <p>Default: none.
     */
    public List<ContainerSecretArgs> secrets() {
        return secrets == null ? List.of() : secrets;
    }

    /**
     * The secret (ARN) with the registry login of {@link #images()}, as ECS repository credentials.
     * <p>Default: none.
     */
    public Optional<Output<String>> registryCredentialsSecretArn() {
        return Optional.ofNullable(registryCredentialsSecretArn);
    }

    /**
     * The API's own choices.
     * <p>Default: the {@link ApiArgs} defaults.
     */
    public ApiArgs settings() {
        return settings == null ? ApiArgs.builder().build() : settings;
    }

    /**
     * Minutes {@code pulumi up} waits for a deployment of the API to become healthy.
     * <p>Default: {@value FargateDefaults#DEPLOYMENT_TIMEOUT_MINUTES}.
     */
    public Output<Integer> deploymentTimeoutMinutes() {
        return deploymentTimeoutMinutes == null ? Output.of(FargateDefaults.DEPLOYMENT_TIMEOUT_MINUTES) : deploymentTimeoutMinutes;
    }

    /**
     * Days CloudWatch Logs keeps the API and migrations logs.
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
     * The search domain of Resource Search: its URL, user and password reach the container, its
     * security group admits the tasks, the task role may use its HTTP API.
     * <p>Default: none (no Resource Search).
     */
    public Optional<SearchConnectionArgs> search() {
        return Optional.ofNullable(search);
    }

    /**
     * Where the API and migrations tasks may send traffic.
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
    public static Builder builder(ApiServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ApiServiceArgs}. */
    public static final class Builder {
        private final ApiServiceArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ApiServiceArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ApiServiceArgs defaults) {
            $ = new ApiServiceArgs(defaults);
        }

        /** @see ApiServiceArgs#placement() */
        public Builder placement(PlacementArgs placement) {
            $.placement = placement;
            return this;
        }

        /** @see ApiServiceArgs#target() */
        public Builder target(LoadBalancerTargetArgs target) {
            $.target = target;
            return this;
        }

        /** @see ApiServiceArgs#database() */
        public Builder database(DatabaseConnectionArgs database) {
            $.database = database;
            return this;
        }

        /** @see ApiServiceArgs#buckets() */
        public Builder buckets(ServiceBucketsArgs buckets) {
            $.buckets = buckets;
            return this;
        }

        /** @see ApiServiceArgs#images() */
        public Builder images(ContainerImagesArgs images) {
            $.images = images;
            return this;
        }

        /** @see ApiServiceArgs#apiDomain() */
        public Builder apiDomain(Output<String> apiDomain) {
            $.apiDomain = apiDomain;
            return this;
        }

        /** @see ApiServiceArgs#apiDomain() */
        public Builder apiDomain(String apiDomain) {
            return apiDomain(Output.of(apiDomain));
        }

        /** @see ApiServiceArgs#consoleDomain() */
        public Builder consoleDomain(Output<String> consoleDomain) {
            $.consoleDomain = consoleDomain;
            return this;
        }

        /** @see ApiServiceArgs#consoleDomain() */
        public Builder consoleDomain(String consoleDomain) {
            return consoleDomain(Output.of(consoleDomain));
        }

        /** @see ApiServiceArgs#licenseKeySecret() */
        public Builder licenseKeySecret(Output<String> licenseKeySecret) {
            $.licenseKeySecret = licenseKeySecret;
            return this;
        }

        /** @see ApiServiceArgs#licenseKeySecret() */
        public Builder licenseKeySecret(String licenseKeySecret) {
            return licenseKeySecret(Output.of(licenseKeySecret));
        }

        /** @see ApiServiceArgs#kmsKeyArn() */
        public Builder kmsKeyArn(Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ApiServiceArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /** @see ApiServiceArgs#previousKmsKeyArns() */
        public Builder previousKmsKeyArns(@Nullable Output<List<String>> previousKmsKeyArns) {
            $.previousKmsKeyArns = previousKmsKeyArns;
            return this;
        }

        /** @see ApiServiceArgs#previousKmsKeyArns() */
        public Builder previousKmsKeyArns(List<String> previousKmsKeyArns) {
            return previousKmsKeyArns(Output.of(List.copyOf(previousKmsKeyArns)));
        }

        /** @see ApiServiceArgs#previousKmsKeyArns() */
        public Builder previousKmsKeyArns(String... previousKmsKeyArns) {
            return previousKmsKeyArns(List.of(previousKmsKeyArns));
        }

        /** @see ApiServiceArgs#smtp() */
        public Builder smtp(@Nullable SmtpDeliveryArgs smtp) {
            $.smtp = smtp;
            return this;
        }

        /** @see ApiServiceArgs#saml() */
        public Builder saml(@Nullable SamlSigningArgs saml) {
            $.saml = saml;
            return this;
        }

        /** @see ApiServiceArgs#recaptchaSecretKeySecret() */
        public Builder recaptchaSecretKeySecret(@Nullable Output<String> recaptchaSecretKeySecret) {
            $.recaptchaSecretKeySecret = recaptchaSecretKeySecret;
            return this;
        }

        /** @see ApiServiceArgs#recaptchaSecretKeySecret() */
        public Builder recaptchaSecretKeySecret(String recaptchaSecretKeySecret) {
            return recaptchaSecretKeySecret(Output.of(recaptchaSecretKeySecret));
        }

        /** @see ApiServiceArgs#environment() */
        public Builder environment(List<EnvironmentVariableArgs> environment) {
            $.environment = List.copyOf(environment);
            return this;
        }

        /** @see ApiServiceArgs#environment() */
        public Builder environment(EnvironmentVariableArgs... environment) {
            return environment(List.of(environment));
        }

        /** @see ApiServiceArgs#secrets() */
        public Builder secrets(List<ContainerSecretArgs> secrets) {
            $.secrets = List.copyOf(secrets);
            return this;
        }

        /** @see ApiServiceArgs#secrets() */
        public Builder secrets(ContainerSecretArgs... secrets) {
            return secrets(List.of(secrets));
        }

        /** @see ApiServiceArgs#registryCredentialsSecretArn() */
        public Builder registryCredentialsSecretArn(@Nullable Output<String> registryCredentialsSecretArn) {
            $.registryCredentialsSecretArn = registryCredentialsSecretArn;
            return this;
        }

        /** @see ApiServiceArgs#registryCredentialsSecretArn() */
        public Builder registryCredentialsSecretArn(String registryCredentialsSecretArn) {
            return registryCredentialsSecretArn(Output.of(registryCredentialsSecretArn));
        }

        /** @see ApiServiceArgs#settings() */
        public Builder settings(@Nullable ApiArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see ApiServiceArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(@Nullable Output<Integer> deploymentTimeoutMinutes) {
            $.deploymentTimeoutMinutes = deploymentTimeoutMinutes;
            return this;
        }

        /** @see ApiServiceArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(int deploymentTimeoutMinutes) {
            return deploymentTimeoutMinutes(Output.of(deploymentTimeoutMinutes));
        }

        /** @see ApiServiceArgs#logRetentionDays() */
        public Builder logRetentionDays(@Nullable Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see ApiServiceArgs#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            return logRetentionDays(Output.of(logRetentionDays));
        }

        /** @see ApiServiceArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ApiServiceArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /** @see ApiServiceArgs#search() */
        public Builder search(@Nullable SearchConnectionArgs search) {
            $.search = search;
            return this;
        }

        /** @see ApiServiceArgs#egress() */
        public Builder egress(@Nullable TaskEgressArgs egress) {
            $.egress = egress;
            return this;
        }

        /**
         * An immutable {@link ApiServiceArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ApiServiceArgs build() {
            return new ApiServiceArgs($);
        }
    }
}
