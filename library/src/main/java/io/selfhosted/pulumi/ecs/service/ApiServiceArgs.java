package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import io.selfhosted.pulumi.ecs.database.AuroraDatabase;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ApiService}: the values other parts produce (database, buckets, secrets,
 * load balancer) and the API's own settings.
 */
public final class ApiServiceArgs extends ResourceArgs {

    /** Default of {@link #databasePort()}. */
    public static final int DEFAULT_DATABASE_PORT = AuroraDatabase.PORT;

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

    @Import(name = "databaseSecurityGroupId", required = true)
    private Output<String> databaseSecurityGroupId;

    @Import(name = "databaseEndpoint", required = true)
    private Output<String> databaseEndpoint;

    @Import(name = "databasePort")
    private @Nullable Output<Integer> databasePort;

    @Import(name = "databaseName", required = true)
    private Output<String> databaseName;

    @Import(name = "databaseCaCertificate")
    private @Nullable Output<String> databaseCaCertificate;

    @Import(name = "databaseCredentialsSecretArn", required = true)
    private Output<String> databaseCredentialsSecretArn;

    @Import(name = "licenseKeySecretArn", required = true)
    private Output<String> licenseKeySecretArn;

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "checkpointBucketName", required = true)
    private Output<String> checkpointBucketName;

    @Import(name = "policyPackBucketName", required = true)
    private Output<String> policyPackBucketName;

    @Import(name = "metadataBucketName", required = true)
    private Output<String> metadataBucketName;

    @Import(name = "engineEventsBucketName")
    private @Nullable Output<String> engineEventsBucketName;

    @Import(name = "apiDomain", required = true)
    private Output<String> apiDomain;

    @Import(name = "consoleDomain", required = true)
    private Output<String> consoleDomain;

    @Import(name = "smtpServer")
    private @Nullable Output<String> smtpServer;

    @Import(name = "smtpUsername")
    private @Nullable Output<String> smtpUsername;

    @Import(name = "smtpGenericSender")
    private @Nullable Output<String> smtpGenericSender;

    @Import(name = "smtpPasswordSecretArn")
    private @Nullable Output<String> smtpPasswordSecretArn;

    @Import(name = "samlCertificatePublicKey")
    private @Nullable Output<String> samlCertificatePublicKey;

    @Import(name = "samlCertificatePrivateKeySecretArn")
    private @Nullable Output<String> samlCertificatePrivateKeySecretArn;

    @Import(name = "recaptchaSecretKeySecretArn")
    private @Nullable Output<String> recaptchaSecretKeySecretArn;

    @Import(name = "settings")
    private @Nullable ApiSettings settings;

    @Import(name = "logRetentionDays")
    private @Nullable Output<Integer> logRetentionDays;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ApiServiceArgs() {
    }

    private ApiServiceArgs(ApiServiceArgs $) {
        this.clusterArn = $.clusterArn;
        this.clusterName = $.clusterName;
        this.region = $.region;
        this.vpcId = $.vpcId;
        this.subnetIds = $.subnetIds;
        this.images = $.images;
        this.targetGroupArn = $.targetGroupArn;
        this.loadBalancerSecurityGroupId = $.loadBalancerSecurityGroupId;
        this.databaseSecurityGroupId = $.databaseSecurityGroupId;
        this.databaseEndpoint = $.databaseEndpoint;
        this.databasePort = $.databasePort;
        this.databaseName = $.databaseName;
        this.databaseCaCertificate = $.databaseCaCertificate;
        this.databaseCredentialsSecretArn = $.databaseCredentialsSecretArn;
        this.licenseKeySecretArn = $.licenseKeySecretArn;
        this.kmsKeyArn = $.kmsKeyArn;
        this.checkpointBucketName = $.checkpointBucketName;
        this.policyPackBucketName = $.policyPackBucketName;
        this.metadataBucketName = $.metadataBucketName;
        this.engineEventsBucketName = $.engineEventsBucketName;
        this.apiDomain = $.apiDomain;
        this.consoleDomain = $.consoleDomain;
        this.smtpServer = $.smtpServer;
        this.smtpUsername = $.smtpUsername;
        this.smtpGenericSender = $.smtpGenericSender;
        this.smtpPasswordSecretArn = $.smtpPasswordSecretArn;
        this.samlCertificatePublicKey = $.samlCertificatePublicKey;
        this.samlCertificatePrivateKeySecretArn = $.samlCertificatePrivateKeySecretArn;
        this.recaptchaSecretKeySecretArn = $.recaptchaSecretKeySecretArn;
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
     * Where the {@code service} and {@code migrations} images come from. Required.
     */
    public ContainerImagesArgs images() {
        return images;
    }

    /**
     * The load balancer target group (ARN) for port 8080. Required.
     */
    public Output<String> targetGroupArn() {
        return targetGroupArn;
    }

    /**
     * The load balancer's security group, admitted to port 8080. Required.
     */
    public Output<String> loadBalancerSecurityGroupId() {
        return loadBalancerSecurityGroupId;
    }

    /**
     * The database's security group; the tasks are admitted to its port. Required.
     */
    public Output<String> databaseSecurityGroupId() {
        return databaseSecurityGroupId;
    }

    /**
     * The database writer's host name. Required.
     */
    public Output<String> databaseEndpoint() {
        return databaseEndpoint;
    }

    /**
     * The database port.
     * <p>Default: {@value #DEFAULT_DATABASE_PORT}.
     */
    public Output<Integer> databasePort() {
        return databasePort == null ? Output.of(DEFAULT_DATABASE_PORT) : databasePort;
    }

    /**
     * The database name ({@code PULUMI_DATABASE_NAME}). Required.
     */
    public Output<String> databaseName() {
        return databaseName;
    }

    /**
     * The CA bundle (PEM) of the database's TLS certificate, e.g. the RDS bundle of the region. When
     * set, the API connects over TLS 1.2 or newer and verifies the server
     * ({@code DATABASE_CA_CERTIFICATE}, {@code DATABASE_MIN_TLS_VERSION}).
     */
    public Optional<Output<String>> databaseCaCertificate() {
        return Optional.ofNullable(databaseCaCertificate);
    }

    /**
     * The Secrets Manager secret (ARN) holding the JSON {@code {"username", "password"}} of the
     * database user. Required.
     */
    public Output<String> databaseCredentialsSecretArn() {
        return databaseCredentialsSecretArn;
    }

    /**
     * The Secrets Manager secret (ARN) holding the license key. Required.
     */
    public Output<String> licenseKeySecretArn() {
        return licenseKeySecretArn;
    }

    /**
     * The service's KMS key ({@code PULUMI_KMS_KEY}); it also encrypts the secrets and buckets. Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * The checkpoint bucket. Required.
     */
    public Output<String> checkpointBucketName() {
        return checkpointBucketName;
    }

    /**
     * The policy pack bucket. Required.
     */
    public Output<String> policyPackBucketName() {
        return policyPackBucketName;
    }

    /**
     * The service metadata bucket. Required.
     */
    public Output<String> metadataBucketName() {
        return metadataBucketName;
    }

    /**
     * The engine events bucket, when there is one.
     */
    public Optional<Output<String>> engineEventsBucketName() {
        return Optional.ofNullable(engineEventsBucketName);
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
     * {@code SMTP_SERVER} ({@code host:port}); with the other SMTP values.
     */
    public Optional<Output<String>> smtpServer() {
        return Optional.ofNullable(smtpServer);
    }

    /**
     * {@code SMTP_USERNAME}.
     */
    public Optional<Output<String>> smtpUsername() {
        return Optional.ofNullable(smtpUsername);
    }

    /**
     * {@code SMTP_GENERIC_SENDER}.
     */
    public Optional<Output<String>> smtpGenericSender() {
        return Optional.ofNullable(smtpGenericSender);
    }

    /**
     * The secret (ARN) holding {@code SMTP_PASSWORD}.
     */
    public Optional<Output<String>> smtpPasswordSecretArn() {
        return Optional.ofNullable(smtpPasswordSecretArn);
    }

    /**
     * {@code SAML_CERTIFICATE_PUBLIC_KEY}; with {@link #samlCertificatePrivateKeySecretArn()}.
     */
    public Optional<Output<String>> samlCertificatePublicKey() {
        return Optional.ofNullable(samlCertificatePublicKey);
    }

    /**
     * The secret (ARN) holding {@code SAML_CERTIFICATE_PRIVATE_KEY}.
     */
    public Optional<Output<String>> samlCertificatePrivateKeySecretArn() {
        return Optional.ofNullable(samlCertificatePrivateKeySecretArn);
    }

    /**
     * The secret (ARN) holding {@code RECAPTCHA_SECRET_KEY}.
     */
    public Optional<Output<String>> recaptchaSecretKeySecretArn() {
        return Optional.ofNullable(recaptchaSecretKeySecretArn);
    }

    /**
     * The API's own choices.
     * <p>Default: {@code ApiSettings} defaults.
     */
    public ApiSettings settings() {
        return settings == null ? ApiSettings.builder().build() : settings;
    }

    /**
     * Days CloudWatch Logs keeps the API and migrations logs.
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
    public static Builder builder(ApiServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ApiServiceArgs}. */
    public static final class Builder {
        private final ApiServiceArgs $;

        public Builder() {
            $ = new ApiServiceArgs();
        }

        public Builder(ApiServiceArgs defaults) {
            $ = new ApiServiceArgs(defaults);
        }

        /** @see ApiServiceArgs#clusterArn() */
        public Builder clusterArn(Output<String> clusterArn) {
            $.clusterArn = clusterArn;
            return this;
        }

        /** @see ApiServiceArgs#clusterArn() */
        public Builder clusterArn(String clusterArn) {
            return clusterArn(Output.of(clusterArn));
        }

        /** @see ApiServiceArgs#clusterName() */
        public Builder clusterName(Output<String> clusterName) {
            $.clusterName = clusterName;
            return this;
        }

        /** @see ApiServiceArgs#clusterName() */
        public Builder clusterName(String clusterName) {
            return clusterName(Output.of(clusterName));
        }

        /** @see ApiServiceArgs#region() */
        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        /** @see ApiServiceArgs#region() */
        public Builder region(String region) {
            return region(Output.of(region));
        }

        /** @see ApiServiceArgs#vpcId() */
        public Builder vpcId(Output<String> vpcId) {
            $.vpcId = vpcId;
            return this;
        }

        /** @see ApiServiceArgs#vpcId() */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** @see ApiServiceArgs#subnetIds() */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            $.subnetIds = subnetIds;
            return this;
        }

        /** @see ApiServiceArgs#subnetIds() */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(List.copyOf(subnetIds)));
        }

        /** @see ApiServiceArgs#subnetIds() */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(List.of(subnetIds));
        }

        /** @see ApiServiceArgs#images() */
        public Builder images(ContainerImagesArgs images) {
            $.images = images;
            return this;
        }

        /** @see ApiServiceArgs#targetGroupArn() */
        public Builder targetGroupArn(Output<String> targetGroupArn) {
            $.targetGroupArn = targetGroupArn;
            return this;
        }

        /** @see ApiServiceArgs#targetGroupArn() */
        public Builder targetGroupArn(String targetGroupArn) {
            return targetGroupArn(Output.of(targetGroupArn));
        }

        /** @see ApiServiceArgs#loadBalancerSecurityGroupId() */
        public Builder loadBalancerSecurityGroupId(Output<String> loadBalancerSecurityGroupId) {
            $.loadBalancerSecurityGroupId = loadBalancerSecurityGroupId;
            return this;
        }

        /** @see ApiServiceArgs#loadBalancerSecurityGroupId() */
        public Builder loadBalancerSecurityGroupId(String loadBalancerSecurityGroupId) {
            return loadBalancerSecurityGroupId(Output.of(loadBalancerSecurityGroupId));
        }

        /** @see ApiServiceArgs#databaseSecurityGroupId() */
        public Builder databaseSecurityGroupId(Output<String> databaseSecurityGroupId) {
            $.databaseSecurityGroupId = databaseSecurityGroupId;
            return this;
        }

        /** @see ApiServiceArgs#databaseSecurityGroupId() */
        public Builder databaseSecurityGroupId(String databaseSecurityGroupId) {
            return databaseSecurityGroupId(Output.of(databaseSecurityGroupId));
        }

        /** @see ApiServiceArgs#databaseEndpoint() */
        public Builder databaseEndpoint(Output<String> databaseEndpoint) {
            $.databaseEndpoint = databaseEndpoint;
            return this;
        }

        /** @see ApiServiceArgs#databaseEndpoint() */
        public Builder databaseEndpoint(String databaseEndpoint) {
            return databaseEndpoint(Output.of(databaseEndpoint));
        }

        /** @see ApiServiceArgs#databasePort() */
        public Builder databasePort(@Nullable Output<Integer> databasePort) {
            $.databasePort = databasePort;
            return this;
        }

        /** @see ApiServiceArgs#databasePort() */
        public Builder databasePort(int databasePort) {
            return databasePort(Output.of(databasePort));
        }

        /** @see ApiServiceArgs#databaseName() */
        public Builder databaseName(Output<String> databaseName) {
            $.databaseName = databaseName;
            return this;
        }

        /** @see ApiServiceArgs#databaseName() */
        public Builder databaseName(String databaseName) {
            return databaseName(Output.of(databaseName));
        }

        /** @see ApiServiceArgs#databaseCaCertificate() */
        public Builder databaseCaCertificate(@Nullable Output<String> databaseCaCertificate) {
            $.databaseCaCertificate = databaseCaCertificate;
            return this;
        }

        /** @see ApiServiceArgs#databaseCaCertificate() */
        public Builder databaseCaCertificate(String databaseCaCertificate) {
            return databaseCaCertificate(Output.of(databaseCaCertificate));
        }

        /** @see ApiServiceArgs#databaseCredentialsSecretArn() */
        public Builder databaseCredentialsSecretArn(Output<String> databaseCredentialsSecretArn) {
            $.databaseCredentialsSecretArn = databaseCredentialsSecretArn;
            return this;
        }

        /** @see ApiServiceArgs#databaseCredentialsSecretArn() */
        public Builder databaseCredentialsSecretArn(String databaseCredentialsSecretArn) {
            return databaseCredentialsSecretArn(Output.of(databaseCredentialsSecretArn));
        }

        /** @see ApiServiceArgs#licenseKeySecretArn() */
        public Builder licenseKeySecretArn(Output<String> licenseKeySecretArn) {
            $.licenseKeySecretArn = licenseKeySecretArn;
            return this;
        }

        /** @see ApiServiceArgs#licenseKeySecretArn() */
        public Builder licenseKeySecretArn(String licenseKeySecretArn) {
            return licenseKeySecretArn(Output.of(licenseKeySecretArn));
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

        /** @see ApiServiceArgs#checkpointBucketName() */
        public Builder checkpointBucketName(Output<String> checkpointBucketName) {
            $.checkpointBucketName = checkpointBucketName;
            return this;
        }

        /** @see ApiServiceArgs#checkpointBucketName() */
        public Builder checkpointBucketName(String checkpointBucketName) {
            return checkpointBucketName(Output.of(checkpointBucketName));
        }

        /** @see ApiServiceArgs#policyPackBucketName() */
        public Builder policyPackBucketName(Output<String> policyPackBucketName) {
            $.policyPackBucketName = policyPackBucketName;
            return this;
        }

        /** @see ApiServiceArgs#policyPackBucketName() */
        public Builder policyPackBucketName(String policyPackBucketName) {
            return policyPackBucketName(Output.of(policyPackBucketName));
        }

        /** @see ApiServiceArgs#metadataBucketName() */
        public Builder metadataBucketName(Output<String> metadataBucketName) {
            $.metadataBucketName = metadataBucketName;
            return this;
        }

        /** @see ApiServiceArgs#metadataBucketName() */
        public Builder metadataBucketName(String metadataBucketName) {
            return metadataBucketName(Output.of(metadataBucketName));
        }

        /** @see ApiServiceArgs#engineEventsBucketName() */
        public Builder engineEventsBucketName(@Nullable Output<String> engineEventsBucketName) {
            $.engineEventsBucketName = engineEventsBucketName;
            return this;
        }

        /** @see ApiServiceArgs#engineEventsBucketName() */
        public Builder engineEventsBucketName(String engineEventsBucketName) {
            return engineEventsBucketName(Output.of(engineEventsBucketName));
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

        /** @see ApiServiceArgs#smtpServer() */
        public Builder smtpServer(@Nullable Output<String> smtpServer) {
            $.smtpServer = smtpServer;
            return this;
        }

        /** @see ApiServiceArgs#smtpServer() */
        public Builder smtpServer(String smtpServer) {
            return smtpServer(Output.of(smtpServer));
        }

        /** @see ApiServiceArgs#smtpUsername() */
        public Builder smtpUsername(@Nullable Output<String> smtpUsername) {
            $.smtpUsername = smtpUsername;
            return this;
        }

        /** @see ApiServiceArgs#smtpUsername() */
        public Builder smtpUsername(String smtpUsername) {
            return smtpUsername(Output.of(smtpUsername));
        }

        /** @see ApiServiceArgs#smtpGenericSender() */
        public Builder smtpGenericSender(@Nullable Output<String> smtpGenericSender) {
            $.smtpGenericSender = smtpGenericSender;
            return this;
        }

        /** @see ApiServiceArgs#smtpGenericSender() */
        public Builder smtpGenericSender(String smtpGenericSender) {
            return smtpGenericSender(Output.of(smtpGenericSender));
        }

        /** @see ApiServiceArgs#smtpPasswordSecretArn() */
        public Builder smtpPasswordSecretArn(@Nullable Output<String> smtpPasswordSecretArn) {
            $.smtpPasswordSecretArn = smtpPasswordSecretArn;
            return this;
        }

        /** @see ApiServiceArgs#smtpPasswordSecretArn() */
        public Builder smtpPasswordSecretArn(String smtpPasswordSecretArn) {
            return smtpPasswordSecretArn(Output.of(smtpPasswordSecretArn));
        }

        /** @see ApiServiceArgs#samlCertificatePublicKey() */
        public Builder samlCertificatePublicKey(@Nullable Output<String> samlCertificatePublicKey) {
            $.samlCertificatePublicKey = samlCertificatePublicKey;
            return this;
        }

        /** @see ApiServiceArgs#samlCertificatePublicKey() */
        public Builder samlCertificatePublicKey(String samlCertificatePublicKey) {
            return samlCertificatePublicKey(Output.of(samlCertificatePublicKey));
        }

        /** @see ApiServiceArgs#samlCertificatePrivateKeySecretArn() */
        public Builder samlCertificatePrivateKeySecretArn(@Nullable Output<String> samlCertificatePrivateKeySecretArn) {
            $.samlCertificatePrivateKeySecretArn = samlCertificatePrivateKeySecretArn;
            return this;
        }

        /** @see ApiServiceArgs#samlCertificatePrivateKeySecretArn() */
        public Builder samlCertificatePrivateKeySecretArn(String samlCertificatePrivateKeySecretArn) {
            return samlCertificatePrivateKeySecretArn(Output.of(samlCertificatePrivateKeySecretArn));
        }

        /** @see ApiServiceArgs#recaptchaSecretKeySecretArn() */
        public Builder recaptchaSecretKeySecretArn(@Nullable Output<String> recaptchaSecretKeySecretArn) {
            $.recaptchaSecretKeySecretArn = recaptchaSecretKeySecretArn;
            return this;
        }

        /** @see ApiServiceArgs#recaptchaSecretKeySecretArn() */
        public Builder recaptchaSecretKeySecretArn(String recaptchaSecretKeySecretArn) {
            return recaptchaSecretKeySecretArn(Output.of(recaptchaSecretKeySecretArn));
        }

        /** @see ApiServiceArgs#settings() */
        public Builder settings(@Nullable ApiSettings settings) {
            $.settings = settings;
            return this;
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

        /** Checks required properties and returns an immutable {@link ApiServiceArgs}. */
        public ApiServiceArgs build() {
            if ($.clusterArn == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "clusterArn");
            }
            if ($.clusterName == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "clusterName");
            }
            if ($.vpcId == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "vpcId");
            }
            if ($.subnetIds == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "subnetIds");
            }
            if ($.images == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "images");
            }
            if ($.targetGroupArn == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "targetGroupArn");
            }
            if ($.loadBalancerSecurityGroupId == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "loadBalancerSecurityGroupId");
            }
            if ($.databaseSecurityGroupId == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "databaseSecurityGroupId");
            }
            if ($.databaseEndpoint == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "databaseEndpoint");
            }
            if ($.databaseName == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "databaseName");
            }
            if ($.databaseCredentialsSecretArn == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "databaseCredentialsSecretArn");
            }
            if ($.licenseKeySecretArn == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "licenseKeySecretArn");
            }
            if ($.kmsKeyArn == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "kmsKeyArn");
            }
            if ($.checkpointBucketName == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "checkpointBucketName");
            }
            if ($.policyPackBucketName == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "policyPackBucketName");
            }
            if ($.metadataBucketName == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "metadataBucketName");
            }
            if ($.apiDomain == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "apiDomain");
            }
            if ($.consoleDomain == null) {
                throw new MissingRequiredPropertyException("ApiServiceArgs", "consoleDomain");
            }
            return new ApiServiceArgs($);
        }
    }
}
