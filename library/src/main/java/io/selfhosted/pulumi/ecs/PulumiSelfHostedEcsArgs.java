package io.selfhosted.pulumi.ecs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.database.DatabaseArgs;
import io.selfhosted.pulumi.ecs.database.ExistingDatabaseArgs;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateDefaults;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.backup.BackupArgs;
import io.selfhosted.pulumi.ecs.search.SearchArgs;
import io.selfhosted.pulumi.ecs.monitoring.MonitoringArgs;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ApiArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.RecaptchaArgs;
import io.selfhosted.pulumi.ecs.service.SamlArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.storage.ExistingBucketsArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link PulumiSelfHostedEcs}, grouped by concern. Only {@link #network()}, {@link
 * #domain()}, {@link #licenseKey()} and {@link #images()} are required; every other value has a
 * secure, documented default.
 */
public final class PulumiSelfHostedEcsArgs extends ResourceArgs {

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

    @Import(name = "previousKmsKeyArns")
    private @Nullable Output<List<String>> previousKmsKeyArns;

    @Import(name = "database")
    private @Nullable DatabaseArgs database;

    @Import(name = "existingDatabase")
    private @Nullable ExistingDatabaseArgs existingDatabase;

    @Import(name = "existingBuckets")
    private @Nullable ExistingBucketsArgs existingBuckets;

    @Import(name = "api")
    private @Nullable ApiArgs api;

    @Import(name = "console")
    private @Nullable ConsoleArgs console;

    @Import(name = "loadBalancing")
    private @Nullable LoadBalancingArgs loadBalancing;

    @Import(name = "storage")
    private @Nullable StorageArgs storage;

    @Import(name = "monitoring")
    private @Nullable MonitoringArgs monitoring;

    @Import(name = "smtp")
    private @Nullable SmtpArgs smtp;

    @Import(name = "backup")
    private @Nullable BackupArgs backup;

    @Import(name = "saml")
    private @Nullable SamlArgs saml;

    @Import(name = "recaptcha")
    private @Nullable RecaptchaArgs recaptcha;

    @Import(name = "agGridLicenseKey")
    private @Nullable Output<String> agGridLicenseKey;

    @Import(name = "deploymentTimeoutMinutes")
    private @Nullable Output<Integer> deploymentTimeoutMinutes;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    @Import(name = "search")
    private @Nullable SearchArgs search;

    private PulumiSelfHostedEcsArgs() {
    }

    private PulumiSelfHostedEcsArgs(PulumiSelfHostedEcsArgs $) {
        this.region = $.region;
        this.network = $.network;
        this.domain = $.domain;
        this.licenseKey = $.licenseKey;
        this.images = $.images;
        this.kmsKeyArn = $.kmsKeyArn;
        this.previousKmsKeyArns = $.previousKmsKeyArns;
        this.database = $.database;
        this.existingDatabase = $.existingDatabase;
        this.existingBuckets = $.existingBuckets;
        this.api = $.api;
        this.console = $.console;
        this.loadBalancing = $.loadBalancing;
        this.storage = $.storage;
        this.monitoring = $.monitoring;
        this.smtp = $.smtp;
        this.backup = $.backup;
        this.saml = $.saml;
        this.recaptcha = $.recaptcha;
        this.agGridLicenseKey = $.agGridLicenseKey;
        this.deploymentTimeoutMinutes = $.deploymentTimeoutMinutes;
        this.logRetentionDays = $.logRetentionDays;
        this.tags = $.tags;
        this.search = $.search;
    }

    /**
     * The AWS region the stack deploys to. It decides the partition of every ARN.
     * <p>Default: the {@code aws:region} stack config, else the {@code AWS_REGION} environment
     * variable.
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
     * The Pulumi Service license key (a secret). It reaches the API only through Secrets Manager.
     * Required.
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
     * takes it, which is then looked up. Changing it on an existing install replaces nothing: the
     * buckets and secrets encrypt new data with the new key, the database keeps the key it was
     * created with (RDS cannot re-encrypt a cluster in place); list the old key in {@link
     * #previousKmsKeyArns()} so the API can still read what it encrypted.
     * <p>Default: a key with yearly rotation is created.
     */
    public Optional<Output<String>> kmsKeyArn() {
        return Optional.ofNullable(kmsKeyArn);
    }

    /**
     * KMS keys (ARNs) this install used before {@link #kmsKeyArn()}: the API keeps decrypting with
     * them what they encrypted (older checkpoints and policy packs, the service's own encrypted
     * values). Keep the old keys enabled.
     * <p>Default: none.
     */
    public Optional<Output<List<String>>> previousKmsKeyArns() {
        return Optional.ofNullable(previousKmsKeyArns);
    }

    /**
     * Aurora MySQL choices.
     * <p>Default: the {@link DatabaseArgs} defaults.
     */
    public DatabaseArgs database() {
        return database == null ? DatabaseArgs.builder().build() : database;
    }

    /**
     * An Aurora MySQL cluster that already holds the service's data (an official installer's, say),
     * used instead of creating one: no database is created, and {@link #database()} only gives its
     * CA bundle.
     * <p>Default: none (a cluster is created).
     */
    public Optional<ExistingDatabaseArgs> existingDatabase() {
        return Optional.ofNullable(existingDatabase);
    }

    /**
     * Buckets that already hold the service's checkpoints, policy packs and metadata, used instead
     * of creating them.
     * <p>Default: none (the buckets are created).
     */
    public Optional<ExistingBucketsArgs> existingBuckets() {
        return Optional.ofNullable(existingBuckets);
    }

    /**
     * API service choices.
     * <p>Default: the {@link ApiArgs} defaults.
     */
    public ApiArgs api() {
        return api == null ? ApiArgs.builder().build() : api;
    }

    /**
     * Console service choices.
     * <p>Default: the {@link ConsoleArgs} defaults.
     */
    public ConsoleArgs console() {
        return console == null ? ConsoleArgs.builder().build() : console;
    }

    /**
     * Front door choices: public or internal, the allowed networks, TLS policy and protection.
     * <p>Default: the {@link LoadBalancingArgs} defaults.
     */
    public LoadBalancingArgs loadBalancing() {
        return loadBalancing == null ? LoadBalancingArgs.builder().build() : loadBalancing;
    }

    /**
     * Bucket choices.
     * <p>Default: the {@link StorageArgs} defaults.
     */
    public StorageArgs storage() {
        return storage == null ? StorageArgs.builder().build() : storage;
    }

    /**
     * Alerts: the email told of failed deployments and alarms, and the alarms' thresholds.
     * <p>Default: the {@link MonitoringArgs} defaults.
     */
    public MonitoringArgs monitoring() {
        return monitoring == null ? MonitoringArgs.builder().build() : monitoring;
    }

    /**
     * Email delivery.
     * <p>Default: none (the service sends no email).
     */
    public Optional<SmtpArgs> smtp() {
        return Optional.ofNullable(smtp);
    }

    /**
     * AWS Backup of the buckets and the database (created or given), into a vault encrypted with
     * the service key, optionally copied to a second region.
     * <p>Default: none (the database keeps its own automated backups and the buckets their
     * object versions).
     */
    public Optional<BackupArgs> backup() {
        return Optional.ofNullable(backup);
    }

    /**
     * SAML SSO signing certificate.
     * <p>Default: none.
     */
    public Optional<SamlArgs> saml() {
        return Optional.ofNullable(saml);
    }

    /**
     * Bot protection of the login forms.
     * <p>Default: none.
     */
    public Optional<RecaptchaArgs> recaptcha() {
        return Optional.ofNullable(recaptcha);
    }

    /**
     * The AG Grid license key of the Console ({@code AG_GRID_LICENSE_KEY}, a secret); it reaches
     * the Console only through Secrets Manager.
     * <p>Default: none.
     */
    public Optional<Output<String>> agGridLicenseKey() {
        return Optional.ofNullable(agGridLicenseKey);
    }

    /**
     * Minutes {@code pulumi up} waits for a deployment of the API or the Console to become healthy
     * before it fails (5-600).
     * <p>Default: {@value FargateDefaults#DEPLOYMENT_TIMEOUT_MINUTES}.
     */
    public Output<Integer> deploymentTimeoutMinutes() {
        return deploymentTimeoutMinutes == null ? Output.of(FargateDefaults.DEPLOYMENT_TIMEOUT_MINUTES) : deploymentTimeoutMinutes;
    }

    /**
     * Days CloudWatch Logs keeps every container's logs (a CloudWatch retention value; the AWS
     * Foundational Security Best Practices ask for at least a year).
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
     * Resource Search: an OpenSearch domain in the private subnets, encrypted, HTTPS only, with
     * fine-grained access control, reachable only from the API tasks, whose URL, user and generated
     * password the API gets. The domain is retained when search is turned off again.
     * <p>Default: none (the Console's resource search is unavailable).
     */
    public Optional<SearchArgs> search() {
        return Optional.ofNullable(search);
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

        /** An empty builder. */
        public Builder() {
            $ = new PulumiSelfHostedEcsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
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

        /** @see PulumiSelfHostedEcsArgs#previousKmsKeyArns() */
        public Builder previousKmsKeyArns(@Nullable Output<List<String>> previousKmsKeyArns) {
            $.previousKmsKeyArns = previousKmsKeyArns;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#previousKmsKeyArns() */
        public Builder previousKmsKeyArns(List<String> previousKmsKeyArns) {
            return previousKmsKeyArns(Output.of(List.copyOf(previousKmsKeyArns)));
        }

        /** @see PulumiSelfHostedEcsArgs#previousKmsKeyArns() */
        public Builder previousKmsKeyArns(String... previousKmsKeyArns) {
            return previousKmsKeyArns(List.of(previousKmsKeyArns));
        }

        /** @see PulumiSelfHostedEcsArgs#database() */
        public Builder database(@Nullable DatabaseArgs database) {
            $.database = database;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#existingDatabase() */
        public Builder existingDatabase(@Nullable ExistingDatabaseArgs existingDatabase) {
            $.existingDatabase = existingDatabase;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#existingBuckets() */
        public Builder existingBuckets(@Nullable ExistingBucketsArgs existingBuckets) {
            $.existingBuckets = existingBuckets;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#api() */
        public Builder api(@Nullable ApiArgs api) {
            $.api = api;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#console() */
        public Builder console(@Nullable ConsoleArgs console) {
            $.console = console;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#loadBalancing() */
        public Builder loadBalancing(@Nullable LoadBalancingArgs loadBalancing) {
            $.loadBalancing = loadBalancing;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#storage() */
        public Builder storage(@Nullable StorageArgs storage) {
            $.storage = storage;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#monitoring() */
        public Builder monitoring(@Nullable MonitoringArgs monitoring) {
            $.monitoring = monitoring;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#smtp() */
        public Builder smtp(@Nullable SmtpArgs smtp) {
            $.smtp = smtp;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#backup() */
        public Builder backup(@Nullable BackupArgs backup) {
            $.backup = backup;
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

        /** @see PulumiSelfHostedEcsArgs#agGridLicenseKey() */
        public Builder agGridLicenseKey(@Nullable Output<String> agGridLicenseKey) {
            $.agGridLicenseKey = agGridLicenseKey == null ? null : agGridLicenseKey.asSecret();
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#agGridLicenseKey() */
        public Builder agGridLicenseKey(String agGridLicenseKey) {
            return agGridLicenseKey(Output.ofSecret(agGridLicenseKey));
        }

        /** @see PulumiSelfHostedEcsArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(@Nullable Output<Integer> deploymentTimeoutMinutes) {
            $.deploymentTimeoutMinutes = deploymentTimeoutMinutes;
            return this;
        }

        /** @see PulumiSelfHostedEcsArgs#deploymentTimeoutMinutes() */
        public Builder deploymentTimeoutMinutes(int deploymentTimeoutMinutes) {
            return deploymentTimeoutMinutes(Output.of(deploymentTimeoutMinutes));
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

        /** @see PulumiSelfHostedEcsArgs#search() */
        public Builder search(@Nullable SearchArgs search) {
            $.search = search;
            return this;
        }

        /**
         * An immutable {@link PulumiSelfHostedEcsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public PulumiSelfHostedEcsArgs build() {
            // Absent groups are their defaults, one instance each, so that each is validated once.
            $.database = $.database == null ? DatabaseArgs.builder().build() : $.database;
            $.api = $.api == null ? ApiArgs.builder().build() : $.api;
            $.console = $.console == null ? ConsoleArgs.builder().build() : $.console;
            $.loadBalancing = $.loadBalancing == null ? LoadBalancingArgs.builder().build() : $.loadBalancing;
            $.storage = $.storage == null ? StorageArgs.builder().build() : $.storage;
            $.monitoring = $.monitoring == null ? MonitoringArgs.builder().build() : $.monitoring;
            return new PulumiSelfHostedEcsArgs($);
        }
    }
}
