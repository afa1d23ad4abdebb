package io.selfhosted.pulumi.ecs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.database.DatabaseSettings;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancerSettings;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ApiSettings;
import io.selfhosted.pulumi.ecs.service.ConsoleSettings;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.FargateServiceArgs;
import io.selfhosted.pulumi.ecs.service.RecaptchaArgs;
import io.selfhosted.pulumi.ecs.service.SamlArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.storage.StorageSettings;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link PulumiSelfHostedEcs}, grouped by concern. Only {@link #network()},
 * {@link #domain()}, {@link #licenseKey()} and {@link #images()} are required; every other value
 * has a secure, documented default.
 */
public final class PulumiSelfHostedEcsArgs extends ResourceArgs {

    /** Default of {@link #logRetentionDays()}. */
    public static final int DEFAULT_LOG_RETENTION_DAYS = FargateServiceArgs.DEFAULT_LOG_RETENTION_DAYS;

    @Import(name = "region")
    private @Nullable Output<String> region;

    @Import(name = "network", required = true)
    private NetworkArgs network;

    @Import(name = "domain", required = true)
    private DomainArgs domain;

    @Import(name = "licenseKey", required = true)
    private Output<String> licenseKey;

    @Import(name = "images", required = true)
    private ContainerImagesArgs images;

    @Import(name = "kmsKeyArn")
    private @Nullable Output<String> kmsKeyArn;

    @Import(name = "database")
    private @Nullable DatabaseSettings database;

    @Import(name = "api")
    private @Nullable ApiSettings api;

    @Import(name = "console")
    private @Nullable ConsoleSettings console;

    @Import(name = "loadBalancer")
    private @Nullable LoadBalancerSettings loadBalancer;

    @Import(name = "storage")
    private @Nullable StorageSettings storage;

    @Import(name = "smtp")
    private @Nullable SmtpArgs smtp;

    @Import(name = "saml")
    private @Nullable SamlArgs saml;

    @Import(name = "recaptcha")
    private @Nullable RecaptchaArgs recaptcha;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private PulumiSelfHostedEcsArgs() {
    }

    private PulumiSelfHostedEcsArgs(PulumiSelfHostedEcsArgs $) {
        this.region = $.region;
        this.network = $.network;
        this.domain = $.domain;
        this.licenseKey = $.licenseKey;
        this.images = $.images;
        this.kmsKeyArn = $.kmsKeyArn;
        this.database = $.database;
        this.api = $.api;
        this.console = $.console;
        this.loadBalancer = $.loadBalancer;
        this.storage = $.storage;
        this.smtp = $.smtp;
        this.saml = $.saml;
        this.recaptcha = $.recaptcha;
        this.logRetentionDays = $.logRetentionDays;
        this.tags = $.tags;
    }

    /**
     * The AWS region the stack deploys to. Default: the {@code aws:region} stack config, else the
     * {@code AWS_REGION} environment variable. It decides the partition of every ARN.
     */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The VPC and its public, private and isolated subnets. Required.
     */
    public NetworkArgs network() {
        return network;
    }

    /**
     * The hosted zone, optional subdomain and certificate. Required.
     */
    public DomainArgs domain() {
        return domain;
    }

    /**
     * The Pulumi Service license key (stack config {@code licenseKey}, a secret). It reaches the
     * API only through Secrets Manager. Required.
     */
    public Output<String> licenseKey() {
        return licenseKey;
    }

    /**
     * The image tag (the service version) and registry. Required.
     */
    public ContainerImagesArgs images() {
        return images;
    }

    /**
     * The customer-managed KMS key of the service: its ARN, or its key id as the official installer
     * takes it (stack config {@code kmsServiceKeyId}), which is then looked up. Default: a key with
     * yearly rotation is created. Changing it on an existing install is not supported: the database
     * cannot move to another key, and data encrypted with the old key stays bound to it.
     */
    public Optional<Output<String>> kmsKeyArn() {
        return Optional.ofNullable(kmsKeyArn);
    }

    /**
     * Aurora MySQL choices.
     * <p>Default: {@code DatabaseSettings} defaults.
     */
    public DatabaseSettings database() {
        return database == null ? DatabaseSettings.builder().build() : database;
    }

    /**
     * API service choices.
     * <p>Default: {@code ApiSettings} defaults.
     */
    public ApiSettings api() {
        return api == null ? ApiSettings.builder().build() : api;
    }

    /**
     * Console service choices.
     * <p>Default: {@code ConsoleSettings} defaults.
     */
    public ConsoleSettings console() {
        return console == null ? ConsoleSettings.builder().build() : console;
    }

    /**
     * Load balancer choices.
     * <p>Default: {@code LoadBalancerSettings} defaults.
     */
    public LoadBalancerSettings loadBalancer() {
        return loadBalancer == null ? LoadBalancerSettings.builder().build() : loadBalancer;
    }

    /**
     * Bucket choices.
     * <p>Default: {@code StorageSettings} defaults.
     */
    public StorageSettings storage() {
        return storage == null ? StorageSettings.builder().build() : storage;
    }

    /**
     * Email delivery. Default: none (the service sends no email).
     */
    public Optional<SmtpArgs> smtp() {
        return Optional.ofNullable(smtp);
    }

    /**
     * SAML SSO signing certificate. Default: none.
     */
    public Optional<SamlArgs> saml() {
        return Optional.ofNullable(saml);
    }

    /**
     * Bot protection of the login forms. Default: none.
     */
    public Optional<RecaptchaArgs> recaptcha() {
        return Optional.ofNullable(recaptcha);
    }

    /**
     * Days CloudWatch Logs keeps every container's logs (a CloudWatch retention value; the AWS
     * Foundational Security Best Practices ask for at least a year).
     * <p>Default: {@value #DEFAULT_LOG_RETENTION_DAYS}.
     */
    public Output<Integer> logRetentionDays() {
        return logRetentionDays == null ? Output.of(DEFAULT_LOG_RETENTION_DAYS) : logRetentionDays;
    }

    /**
     * Tags added to every taggable resource, besides the fixed tags naming the stack and component.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(PulumiSelfHostedEcsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link PulumiSelfHostedEcsArgs}. */
    public static final class Builder {
        private final PulumiSelfHostedEcsArgs $;

        public Builder() {
            $ = new PulumiSelfHostedEcsArgs();
        }

        public Builder(PulumiSelfHostedEcsArgs defaults) {
            $ = new PulumiSelfHostedEcsArgs(defaults);
        }

        /** @see PulumiSelfHostedEcsArgs#region() */
        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#region() */
        public Builder region(String region) {
            return region(Output.of(region));
        }

        /** @see PulumiSelfHostedEcsArgs#network() */
        public Builder network(NetworkArgs network) {
            $.network = network;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#domain() */
        public Builder domain(DomainArgs domain) {
            $.domain = domain;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#licenseKey() */
        public Builder licenseKey(Output<String> licenseKey) {
            $.licenseKey = licenseKey == null ? null : licenseKey.asSecret();
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#licenseKey() */
        public Builder licenseKey(String licenseKey) {
            return licenseKey(Output.ofSecret(licenseKey));
        }

        /** @see PulumiSelfHostedEcsArgs#images() */
        public Builder images(ContainerImagesArgs images) {
            $.images = images;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(@Nullable Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /** @see PulumiSelfHostedEcsArgs#database() */
        public Builder database(@Nullable DatabaseSettings database) {
            $.database = database;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#api() */
        public Builder api(@Nullable ApiSettings api) {
            $.api = api;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#console() */
        public Builder console(@Nullable ConsoleSettings console) {
            $.console = console;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#loadBalancer() */
        public Builder loadBalancer(@Nullable LoadBalancerSettings loadBalancer) {
            $.loadBalancer = loadBalancer;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#storage() */
        public Builder storage(@Nullable StorageSettings storage) {
            $.storage = storage;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#smtp() */
        public Builder smtp(@Nullable SmtpArgs smtp) {
            $.smtp = smtp;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#saml() */
        public Builder saml(@Nullable SamlArgs saml) {
            $.saml = saml;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#recaptcha() */
        public Builder recaptcha(@Nullable RecaptchaArgs recaptcha) {
            $.recaptcha = recaptcha;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#logRetentionDays() */
        public Builder logRetentionDays(@Nullable Output<Integer> logRetentionDays) {
            $.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            return logRetentionDays(Output.of(logRetentionDays));
        }

        /** @see PulumiSelfHostedEcsArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /** Checks required properties and returns an immutable {@link PulumiSelfHostedEcsArgs}. */
        public PulumiSelfHostedEcsArgs build() {
            if ($.network == null) {
                throw new MissingRequiredPropertyException("PulumiSelfHostedEcsArgs", "network");
            }
            if ($.domain == null) {
                throw new MissingRequiredPropertyException("PulumiSelfHostedEcsArgs", "domain");
            }
            if ($.licenseKey == null) {
                throw new MissingRequiredPropertyException("PulumiSelfHostedEcsArgs", "licenseKey");
            }
            if ($.images == null) {
                throw new MissingRequiredPropertyException("PulumiSelfHostedEcsArgs", "images");
            }
            return new PulumiSelfHostedEcsArgs($);
        }
    }
}
