package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import io.selfhosted.pulumi.ecs.database.DatabaseDefaults;
import io.selfhosted.pulumi.ecs.fargate.FargateDefaults;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingDefaults;
import io.selfhosted.pulumi.ecs.monitoring.MonitoringDefaults;
import io.selfhosted.pulumi.ecs.service.ApiDefaults;
import io.selfhosted.pulumi.ecs.service.ConsoleDefaults;
import io.selfhosted.pulumi.ecs.service.ContainerImagesDefaults;
import io.selfhosted.pulumi.ecs.service.EcrRegistry;
import io.selfhosted.pulumi.ecs.service.RecaptchaArgs;
import io.selfhosted.pulumi.ecs.service.RegistryCredentialsArgs;
import io.selfhosted.pulumi.ecs.service.SamlArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.backup.BackupArgs;
import io.selfhosted.pulumi.ecs.backup.BackupDefaults;
import io.selfhosted.pulumi.ecs.network.NetworkDefaults;
import io.selfhosted.pulumi.ecs.search.SearchArgs;
import io.selfhosted.pulumi.ecs.search.SearchDefaults;
import io.selfhosted.pulumi.ecs.storage.StorageDefaults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundled stack's config: every key it reads ({@link #KEYS}, the installer's names where one
 * exists), parsed and typed into {@link PulumiSelfHostedEcsArgs}. Wrong types, missing keys,
 * secrets stored in plain text, half-configured groups and every problem the library finds are
 * reported together, each named by its config key.
 */
public final class StackConfig {
    /** The install's name when {@code commonName} is unset. */
    public static final String DEFAULT_NAME = "pulumi";

    /** Every key the bundled stack reads, in the order of the config reference. */
    public static final List<ConfigKey<?>> KEYS = List.of(
            ConfigKey.string("vpcId", "network.vpcId", "The VPC id.", (b, v) -> b.network.vpcId(v)).mandatory(),
            ConfigKey.list("publicSubnetIds", "network.publicSubnetIds", "At least 2 public subnets (internet-facing load balancers).",
                    (b, v) -> b.network.publicSubnetIds(v)).mandatory(),
            ConfigKey.list("privateSubnetIds", "network.privateSubnetIds", "At least 2 private subnets with NAT (tasks; internal load balancers).",
                    (b, v) -> b.network.privateSubnetIds(v)).mandatory(),
            ConfigKey.list("isolatedSubnetIds", "network.isolatedSubnetIds", "At least 2 isolated subnets (database).",
                    (b, v) -> b.network.isolatedSubnetIds(v)).mandatory(),
            ConfigKey.string("route53ZoneName", "domain.zoneName", "The hosted zone's domain, e.g. example.com.",
                    (b, v) -> b.domain.zoneName(v)).mandatory().alsoReadAs("domainName"),
            ConfigKey.string("route53Subdomain", "domain.subdomain", "Optional label: api.<sub>.<zone> and app.<sub>.<zone>.",
                    (b, v) -> b.domain.subdomain(v)).alsoReadAs("subDomain"),
            ConfigKey.string("route53ZoneId", "domain.zoneId", "The hosted zone id; looked up by name when unset.",
                    (b, v) -> b.domain.zoneId(v)),
            ConfigKey.bool("route53OverwriteRecords", "domain.overwriteRecords",
                    "Let the api. and app. records replace existing ones of the same names (a switch from an installer, without a gap).",
                    (b, v) -> b.domain.overwriteRecords(v)).defaultsTo(io.selfhosted.pulumi.ecs.dns.DomainDefaults.OVERWRITE_RECORDS),
            ConfigKey.string("acmCertificateArn", "domain.certificateArn",
                    "Certificate for <sub>.<zone>, api. and app.; created (DNS-validated) when unset.", (b, v) -> b.domain.certificateArn(v)),
            ConfigKey.secret("licenseKey", "licenseKey", "The Pulumi Service license key.", (b, v) -> b.install.licenseKey(v)).mandatory(),
            ConfigKey.string("imageTag", "images.tag", "The Pulumi Service version (image tag) of all three images; change it to upgrade.",
                    (b, v) -> b.images.tag(v)).mandatory(),
            ConfigKey.string("imageRegistry", "images.registry", "Registry host of mirrored images; Docker Hub when unset (and no ECR key is set).",
                    (b, v) -> b.imageRegistry = v),
            ConfigKey.string("ecrRepoAccountId", "images.registry",
                    "Account whose ECR in this region holds the images, as in the installers (sets the registry).",
                    (b, v) -> b.ecrRepoAccountId = v),
            ConfigKey.string("imagePrefix", "images.repositoryPrefix",
                    "Path before pulumi/<image>, as in the Go installer: the images then come from ECR (ecrRepoAccountId, else the deploying account).",
                    (b, v) -> b.imagePrefix = v),
            ConfigKey.string("ecrPullThroughCachePrefix", "images.repositoryPrefix",
                    "Prefix of an ECR pull-through cache rule for Docker Hub in this account and region: the images come through it.",
                    (b, v) -> b.ecrPullThroughCachePrefix = v),
            ConfigKey.string("dockerHubUsername", "images.credentials.username",
                    "Docker Hub account the images are pulled with (with dockerHubAccessToken); anonymous pulls are rate limited.",
                    (b, v) -> b.dockerHubUsername = v),
            ConfigKey.secret("dockerHubAccessToken", "images.credentials.password", "Read-only Docker Hub access token of dockerHubUsername.",
                    (b, v) -> b.dockerHubAccessToken = v),
            ConfigKey.string("kmsServiceKeyId", "kmsKeyArn", "The service's KMS key, ARN or key id; a key with rotation is created when unset.",
                    (b, v) -> b.install.kmsKeyArn(v)),
            ConfigKey.list("kmsPreviousServiceKeyArns", "previousKmsKeyArns",
                    "KMS key ARNs the install used before kmsServiceKeyId: the API keeps decrypting with them.",
                    (b, v) -> b.install.previousKmsKeyArns(v)),
            ConfigKey.string("commonName", "name", "Name of the install (1-16 characters). Never change it later.",
                    (b, v) -> b.name = v).defaultsTo(DEFAULT_NAME),
            ConfigKey.string("dbClusterEndpoint", "existingDatabase.endpoint",
                    "Writer endpoint of an existing Aurora MySQL cluster (an installer's) to use instead of creating one.",
                    (b, v) -> {
                        b.dbClusterEndpoint = v;
                        b.existingDatabase.endpoint(v);
                    }),
            ConfigKey.integer("dbPort", "existingDatabase.port", "Port of the existing cluster.",
                    (b, v) -> b.existingDatabase.port(v)).defaultsTo(DatabaseDefaults.PORT),
            ConfigKey.string("dbSecurityGroupId", "existingDatabase.securityGroupId",
                    "Security group of the existing cluster; rules admit the API and migrations tasks.",
                    (b, v) -> b.existingDatabase.securityGroupId(v)),
            ConfigKey.string("dbUsername", "existingDatabase.username", "User the service connects to the existing cluster as (with dbPassword).",
                    (b, v) -> b.existingDatabase.username(v)),
            ConfigKey.secret("dbPassword", "existingDatabase.password", "Password of dbUsername.",
                    (b, v) -> b.existingDatabase.password(v)),
            ConfigKey.string("dbCredentialsSecretArn", "existingDatabase.credentialsSecretArn",
                    "Instead of dbUsername/dbPassword: a Secrets Manager secret with username and password JSON.",
                    (b, v) -> b.existingDatabase.credentialsSecretArn(v)),
            ConfigKey.string("dbName", "database.databaseName", "The schema the service uses (of the created or the existing database).",
                    (b, v) -> {
                        b.database.databaseName(v);
                        b.existingDatabase.databaseName(v);
                    }).defaultsTo(DatabaseDefaults.DATABASE_NAME),
            ConfigKey.string("checkpointBucketName", "existingBuckets.checkpointBucketName",
                    "Existing checkpoints bucket (with policyPackBucketName and metadataBucketName) to use instead of creating buckets.",
                    (b, v) -> {
                        b.anyExistingBucket = true;
                        b.existingBuckets.checkpointBucketName(v);
                    }),
            ConfigKey.string("policyPackBucketName", "existingBuckets.policyPackBucketName", "Existing policy packs bucket.",
                    (b, v) -> {
                        b.anyExistingBucket = true;
                        b.existingBuckets.policyPackBucketName(v);
                    }),
            ConfigKey.string("metadataBucketName", "existingBuckets.metadataBucketName", "Existing service metadata bucket.",
                    (b, v) -> {
                        b.anyExistingBucket = true;
                        b.existingBuckets.metadataBucketName(v);
                    }),
            ConfigKey.string("engineEventsBucketName", "existingBuckets.engineEventsBucketName", "Existing engine events bucket.",
                    (b, v) -> {
                        b.anyExistingBucket = true;
                        b.existingBuckets.engineEventsBucketName(v);
                    }),
            ConfigKey.string("existingBucketsKmsKeyArn", "existingBuckets.kmsKeyArn",
                    "KMS key the existing buckets encrypt with, when not SSE-S3 or the service key.",
                    (b, v) -> {
                        b.anyExistingBucket = true;
                        b.existingBuckets.kmsKeyArn(v);
                    }),
            ConfigKey.string("dbInstanceType", "database.instanceClass", "Aurora instance class.",
                    (b, v) -> b.database.instanceClass(v)).defaultsTo(DatabaseDefaults.INSTANCE_CLASS),
            ConfigKey.integer("numberDbReplicas", "database.readerCount", "Readers besides the writer (of an existing cluster: for the lag alarm).",
                    (b, v) -> {
                        b.database.readerCount(v);
                        b.existingDatabase.readerCount(v);
                    }).defaultsTo(DatabaseDefaults.READER_COUNT),
            ConfigKey.string("dbEngineVersion", "database.engineVersion", "Aurora MySQL 3 version at creation.",
                    (b, v) -> b.database.engineVersion(v)).defaultsTo(DatabaseDefaults.ENGINE_VERSION),
            ConfigKey.integer("dbBackupRetentionDays", "database.backupRetentionDays", "Days of automated backups (1-35).",
                    (b, v) -> b.database.backupRetentionDays(v)).defaultsTo(DatabaseDefaults.BACKUP_RETENTION_DAYS),
            ConfigKey.bool("dbDeletionProtection", "database.deletionProtection", "RDS deletion protection of the cluster.",
                    (b, v) -> b.database.deletionProtection(v)).defaultsTo(DatabaseDefaults.DELETION_PROTECTION),
            ConfigKey.string("dbCaCertificate", "database.caCertificate",
                    "RDS CA bundle (PEM) of the region: the API then uses verified TLS to the database.", (b, v) -> b.database.caCertificate(v)),
            ConfigKey.bool("dbRequireSecureTransport", "database.requireSecureTransport",
                    "Refuse database connections without TLS (needs dbCaCertificate).",
                    (b, v) -> b.database.requireSecureTransport(v)).defaultsTo(DatabaseDefaults.REQUIRE_SECURE_TRANSPORT),
            ConfigKey.bool("dbPerformanceInsights", "database.performanceInsights", "Performance Insights on the instances.",
                    (b, v) -> b.database.performanceInsights(v)).defaultsTo(DatabaseDefaults.PERFORMANCE_INSIGHTS),
            ConfigKey.bool("dbExtendedSupport", "database.extendedSupport",
                    "Allow RDS to enrol the cluster in paid Extended Support when standard support ends.",
                    (b, v) -> b.database.extendedSupport(v)).defaultsTo(DatabaseDefaults.EXTENDED_SUPPORT),
            ConfigKey.integer("apiTaskCpu", "api.sizing.cpu", "API task CPU units.", (b, v) -> b.apiSizing.cpu(v))
                    .defaultsTo(ApiDefaults.TASK_CPU),
            ConfigKey.integer("apiTaskMemory", "api.sizing.memory", "API task memory (MiB).", (b, v) -> b.apiSizing.memory(v))
                    .defaultsTo(ApiDefaults.TASK_MEMORY),
            ConfigKey.integer("apiDesiredNumberTasks", "api.sizing.desiredCount", "API tasks at creation.",
                    (b, v) -> b.apiSizing.desiredCount(v)).defaultsTo(ApiDefaults.DESIRED_COUNT),
            ConfigKey.integer("apiMinNumberTasks", "api.sizing.minCount", "Fewest API tasks autoscaling keeps.",
                    (b, v) -> b.apiSizing.minCount(v)).defaultsTo(ApiDefaults.MIN_COUNT),
            ConfigKey.integer("apiMaxNumberTasks", "api.sizing.maxCount", "Most API tasks autoscaling starts.",
                    (b, v) -> b.apiSizing.maxCount(v)).defaultsTo(ApiDefaults.MAX_COUNT),
            ConfigKey.bool("apiDisableEmailLogin", "api.disableEmailLogin", "Refuse email/password logins.",
                    (b, v) -> b.api.disableEmailLogin(v)).defaultsTo(ApiDefaults.DISABLE_EMAIL_LOGIN),
            ConfigKey.bool("apiDisableEmailSignUp", "api.disableEmailSignup", "Refuse email sign-ups.",
                    (b, v) -> b.api.disableEmailSignup(v)).defaultsTo(ApiDefaults.DISABLE_EMAIL_SIGNUP),
            ConfigKey.bool("apiEngineEventsSchemaV2", "api.engineEventsSchemaV2", "Engine events schema v2 (changing it needs Pulumi support).",
                    (b, v) -> b.api.engineEventsSchemaV2(v)).defaultsTo(ApiDefaults.ENGINE_EVENTS_SCHEMA_V2),
            ConfigKey.bool("apiEngineEventsLegacyWrite", "api.engineEventsLegacyWrite",
                    "Engine events legacy write (changing it needs Pulumi support).",
                    (b, v) -> b.api.engineEventsLegacyWrite(v)).defaultsTo(ApiDefaults.ENGINE_EVENTS_LEGACY_WRITE),
            ConfigKey.bool("apiEngineEventsChangeAcknowledged", "api.engineEventsChangeAcknowledged",
                    "Confirms a non-default engine events setting was agreed with Pulumi support.",
                    (b, v) -> b.api.engineEventsChangeAcknowledged(v)).defaultsTo(ApiDefaults.ENGINE_EVENTS_CHANGE_ACKNOWLEDGED),
            ConfigKey.bool("apiRunMigrations", "api.runMigrations",
                    "Run the database migrations of a new imageTag during pulumi up (turn off only to run them by hand).",
                    (b, v) -> b.api.runMigrations(v)).defaultsTo(ApiDefaults.RUN_MIGRATIONS),
            ConfigKey.integer("apiMigrationsTimeoutMinutes", "api.migrationsTimeoutMinutes",
                    "Minutes one pulumi up waits for the migrations (1-15); longer runs go on and the next pulumi up waits for them.",
                    (b, v) -> b.api.migrationsTimeoutMinutes(v)).defaultsTo(ApiDefaults.MIGRATIONS_TIMEOUT_MINUTES),
            ConfigKey.integer("deploymentTimeoutMinutes", "deploymentTimeoutMinutes",
                    "Minutes pulumi up waits for the API or the Console to become healthy after a change.",
                    (b, v) -> b.install.deploymentTimeoutMinutes(v)).defaultsTo(FargateDefaults.DEPLOYMENT_TIMEOUT_MINUTES),
            ConfigKey.integer("consoleTaskCpu", "console.sizing.cpu", "Console task CPU units.", (b, v) -> b.consoleSizing.cpu(v))
                    .defaultsTo(ConsoleDefaults.TASK_CPU),
            ConfigKey.integer("consoleTaskMemory", "console.sizing.memory", "Console task memory (MiB).",
                    (b, v) -> b.consoleSizing.memory(v)).defaultsTo(ConsoleDefaults.TASK_MEMORY),
            ConfigKey.integer("consoleDesiredNumberTasks", "console.sizing.desiredCount", "Console tasks at creation.",
                    (b, v) -> b.consoleSizing.desiredCount(v)).defaultsTo(ConsoleDefaults.DESIRED_COUNT)
                    .alsoReadAs("consoleDesirecNumberTasks"),
            ConfigKey.integer("consoleMinNumberTasks", "console.sizing.minCount", "Fewest Console tasks autoscaling keeps.",
                    (b, v) -> b.consoleSizing.minCount(v)).defaultsTo(ConsoleDefaults.MIN_COUNT),
            ConfigKey.integer("consoleMaxNumberTasks", "console.sizing.maxCount", "Most Console tasks autoscaling starts.",
                    (b, v) -> b.consoleSizing.maxCount(v)).defaultsTo(ConsoleDefaults.MAX_COUNT),
            ConfigKey.bool("consoleHideEmailLogin", "console.hideEmailLogin", "Hide the email login form.",
                    (b, v) -> b.console.hideEmailLogin(v)).defaultsTo(ConsoleDefaults.HIDE_EMAIL_LOGIN),
            ConfigKey.bool("consoleHideEmailSignup", "console.hideEmailSignup", "Hide the email sign-up form.",
                    (b, v) -> b.console.hideEmailSignup(v)).defaultsTo(ConsoleDefaults.HIDE_EMAIL_SIGNUP),
            ConfigKey.secret("agGridLicenseKey", "agGridLicenseKey", "AG Grid license key of the Console.",
                    (b, v) -> b.install.agGridLicenseKey(v)),
            ConfigKey.list("whiteListCidrBlocks", "loadBalancing.ingressCidrs", "CIDR blocks allowed to reach port 443.",
                    (b, v) -> b.loadBalancing.ingressCidrs(v)).defaultsTo(LoadBalancingDefaults.INGRESS_CIDRS)
                    .alsoReadAs("whiteListCideBlocks"),
            ConfigKey.bool("loadBalancerInternal", "loadBalancing.internal",
                    "Internal load balancers in the private subnets, names in the private zone (needs acmCertificateArn).",
                    (b, v) -> b.loadBalancing.internal(v)).defaultsTo(LoadBalancingDefaults.INTERNAL),
            ConfigKey.string("loadBalancerType", "loadBalancing.type",
                    "network (a network load balancer per name, TLS) or application (one application load balancer, HTTPS with host rules,"
                    + " HTTP redirected).", (b, v) -> b.loadBalancing.type(v)).defaultsTo(LoadBalancingDefaults.TYPE),
            ConfigKey.bool("wafEnabled", "loadBalancing.waf",
                    "Creates a WAF web ACL for the application load balancer: AWS managed common and known-bad-inputs rules, a per-IP rate limit.",
                    (b, v) -> b.loadBalancing.waf(v)).defaultsTo(LoadBalancingDefaults.WAF),
            ConfigKey.integer("wafRateLimit", "loadBalancing.wafRateLimit",
                    "Requests per client IP in 5 minutes above which the created web ACL blocks it.",
                    (b, v) -> b.loadBalancing.wafRateLimit(v)).defaultsTo(LoadBalancingDefaults.WAF_RATE_LIMIT),
            ConfigKey.bool("wafLogging", "loadBalancing.wafLogging", "Logs the created web ACL to a CloudWatch log group (aws-waf-logs-...).",
                    (b, v) -> b.loadBalancing.wafLogging(v)).defaultsTo(LoadBalancingDefaults.WAF_LOGGING),
            ConfigKey.string("wafWebAclArn", "loadBalancing.webAclArn",
                    "A regional WAFv2 web ACL of your own to associate with the application load balancer (instead of wafEnabled).",
                    (b, v) -> b.loadBalancing.webAclArn(v)),
            ConfigKey.bool("loadBalancerDeletionProtection", "loadBalancing.deletionProtection", "Deletion protection of the load balancers.",
                    (b, v) -> b.loadBalancing.deletionProtection(v)).defaultsTo(LoadBalancingDefaults.DELETION_PROTECTION),
            ConfigKey.string("loadBalancerSslPolicy", "loadBalancing.sslPolicy", "TLS 1.3 security policy of the listeners.",
                    (b, v) -> b.loadBalancing.sslPolicy(v)).defaultsTo(LoadBalancingDefaults.SSL_POLICY),
            ConfigKey.string("loadBalancerAccessLogsBucket", "loadBalancing.accessLogsBucket", "Bucket for load balancer access logs.",
                    (b, v) -> b.loadBalancing.accessLogsBucket(v)),
            ConfigKey.bool("engineEventsBucket", "storage.engineEventsBucket", "Create the engine events bucket.",
                    (b, v) -> b.storage.engineEventsBucket(v)).defaultsTo(StorageDefaults.ENGINE_EVENTS_BUCKET),
            ConfigKey.string("smtpServer", "smtp.server", "SMTP server host:port (with smtpUsername, smtpPassword, smtpGenericSender).",
                    (b, v) -> b.smtpServer = v),
            ConfigKey.string("smtpUsername", "smtp.username", "SMTP user name.", (b, v) -> b.smtpUsername = v),
            ConfigKey.secret("smtpPassword", "smtp.password", "SMTP password.", (b, v) -> b.smtpPassword = v),
            ConfigKey.string("smtpGenericSender", "smtp.genericSender", "From address of the service's emails.",
                    (b, v) -> b.smtpGenericSender = v),
            ConfigKey.string("samlCertPublicKey", "saml.certificatePublicKey", "SAML signing certificate, PEM (with samlCertPrivateKey).",
                    (b, v) -> b.samlCertificatePublicKey = v),
            ConfigKey.secret("samlCertPrivateKey", "saml.certificatePrivateKey", "SAML signing private key, PEM.",
                    (b, v) -> b.samlCertificatePrivateKey = v),
            ConfigKey.bool("samlEnabled", "", "The Go installer's SAML switch: true needs both samlCert keys (no certificate is generated), false none.",
                    (b, v) -> b.samlEnabled = v),
            ConfigKey.string("recaptchaSiteKey", "recaptcha.siteKey", "Turnstile site key (with recaptchaSecretKey).",
                    (b, v) -> b.recaptchaSiteKey = v),
            ConfigKey.secret("recaptchaSecretKey", "recaptcha.secretKey", "Turnstile secret key.", (b, v) -> b.recaptchaSecretKey = v),
            ConfigKey.bool("backupEnabled", "", "AWS Backup of the buckets and the database into a vault encrypted with the service key"
                    + " (the backup* keys take effect with it); off unless true.", (b, v) -> b.backupEnabled = v),
            ConfigKey.string("backupSchedule", "backup.schedule", "When backups start: an AWS Backup cron expression in UTC.",
                    (b, v) -> backupKey(b, "backupSchedule").schedule(v)).defaultsTo(BackupDefaults.SCHEDULE),
            ConfigKey.integer("backupRetentionDays", "backup.retentionDays", "Days each recovery point is kept (7-36500).",
                    (b, v) -> backupKey(b, "backupRetentionDays").retentionDays(v)).defaultsTo(BackupDefaults.RETENTION_DAYS),
            ConfigKey.bool("backupVaultLock", "backup.vaultLock",
                    "Locks the vault in governance mode: no recovery point is deleted before its retention.",
                    (b, v) -> backupKey(b, "backupVaultLock").vaultLock(v)).defaultsTo(BackupDefaults.VAULT_LOCK),
            ConfigKey.string("backupCopyRegion", "backup.copyRegion",
                    "A second region of the same partition that every recovery point is copied to, with a KMS key of its own there.",
                    (b, v) -> backupKey(b, "backupCopyRegion").copyRegion(v)),
            ConfigKey.integer("backupCopyRetentionDays", "backup.copyRetentionDays",
                    "Days each copy is kept in the second region (7-36500); backupRetentionDays when unset.",
                    (b, v) -> backupKey(b, "backupCopyRetentionDays").copyRetentionDays(v)),
            ConfigKey.string("alertEmail", "monitoring.email",
                    "Email address told of failed deployments and alarms (AWS asks it to confirm).", (b, v) -> b.monitoring.email(v)),
            ConfigKey.integer("alarmDatabaseCpuPercent", "monitoring.databaseCpuPercent", "Database writer CPU (percent) that raises an alarm.",
                    (b, v) -> b.monitoring.databaseCpuPercent(v)).defaultsTo(MonitoringDefaults.DATABASE_CPU_PERCENT),
            ConfigKey.integer("alarmDatabaseFreeableMemoryMebibytes", "monitoring.databaseFreeableMemoryMebibytes",
                    "Database writer freeable memory (MiB) below which an alarm is raised.",
                    (b, v) -> b.monitoring.databaseFreeableMemoryMebibytes(v)).defaultsTo(MonitoringDefaults.DATABASE_FREEABLE_MEMORY_MEBIBYTES),
            ConfigKey.integer("alarmDatabaseConnections", "monitoring.databaseConnections", "Database writer connections that raise an alarm.",
                    (b, v) -> b.monitoring.databaseConnections(v)).defaultsTo(MonitoringDefaults.DATABASE_CONNECTIONS),
            ConfigKey.integer("alarmDatabaseReplicaLagMilliseconds", "monitoring.databaseReplicaLagMilliseconds",
                    "Database reader replica lag (ms) that raises an alarm.",
                    (b, v) -> b.monitoring.databaseReplicaLagMilliseconds(v)).defaultsTo(MonitoringDefaults.DATABASE_REPLICA_LAG_MILLISECONDS),
            ConfigKey.integer("alarmDatabaseFreeLocalStorageMebibytes", "monitoring.databaseFreeLocalStorageMebibytes",
                    "Database writer free local storage (MiB) below which an alarm is raised.",
                    (b, v) -> b.monitoring.databaseFreeLocalStorageMebibytes(v)).defaultsTo(MonitoringDefaults.DATABASE_FREE_LOCAL_STORAGE_MEBIBYTES),
            ConfigKey.integer("alarmCertificateDaysToExpiry", "monitoring.certificateDaysToExpiry",
                    "Days before a given acmCertificateArn expires from which an alarm is raised.",
                    (b, v) -> b.monitoring.certificateDaysToExpiry(v)).defaultsTo(MonitoringDefaults.CERTIFICATE_DAYS_TO_EXPIRY),
            ConfigKey.integer("logRetentionDays", "logRetentionDays", "Days of container logs (a CloudWatch retention value).",
                    (b, v) -> b.install.logRetentionDays(v)).defaultsTo(FargateDefaults.LOG_RETENTION_DAYS),
            ConfigKey.string("logType", "", "The installers' log driver: only awslogs (TS) or 0 (Go), the one both implement.",
                    (b, v) -> b.logType = v),
            ConfigKey.string("logArgs", "",
                    "The installers' log settings: retentionInDays (TS) or retentionDays (Go) is read as logRetentionDays.",
                    (b, v) -> b.logArgs = v),
            ConfigKey.bool("enableOpenSearch", "", "Resource Search: an OpenSearch domain for the API (the openSearch* keys take"
                    + " effect with it); off unless true.", (b, v) -> b.enableOpenSearch = v),
            ConfigKey.string("openSearchEngineVersion", "search.engineVersion", "OpenSearch 2.x engine version.",
                    (b, v) -> searchKey(b, "openSearchEngineVersion").engineVersion(v)).defaultsTo(SearchDefaults.ENGINE_VERSION),
            ConfigKey.string("openSearchInstanceType", "search.instanceType", "Data node instance type.",
                    (b, v) -> searchKey(b, "openSearchInstanceType").instanceType(v)).defaultsTo(SearchDefaults.INSTANCE_TYPE),
            ConfigKey.integer("openSearchInstanceCount", "search.instanceCount",
                    "Data nodes (even over 2 zones); 3, or 4 over 2 zones, when unset.",
                    (b, v) -> searchKey(b, "openSearchInstanceCount").instanceCount(v)),
            ConfigKey.integer("openSearchAvailabilityZoneCount", "search.availabilityZoneCount",
                    "Zones the data nodes spread over (1-3, one private subnet each); as many as the private subnets span (up to 3) when unset.",
                    (b, v) -> searchKey(b, "openSearchAvailabilityZoneCount").availabilityZoneCount(v)),
            ConfigKey.integer("openSearchDedicatedMasterCount", "search.dedicatedMasterCount", "Dedicated master nodes: 0, 3 or 5.",
                    (b, v) -> searchKey(b, "openSearchDedicatedMasterCount").dedicatedMasterCount(v))
                    .defaultsTo(SearchDefaults.DEDICATED_MASTER_COUNT),
            ConfigKey.string("openSearchDedicatedMasterType", "search.dedicatedMasterType",
                    "Dedicated master instance type; openSearchInstanceType when unset.",
                    (b, v) -> searchKey(b, "openSearchDedicatedMasterType").dedicatedMasterType(v)),
            ConfigKey.integer("openSearchVolumeSize", "search.volumeSize", "GiB of gp3 storage per data node.",
                    (b, v) -> searchKey(b, "openSearchVolumeSize").volumeSize(v)).defaultsTo(SearchDefaults.VOLUME_SIZE),
            ConfigKey.string("openSearchDomainName", "search.domainName",
                    "Domain name (3-28 characters); <project>-<stack>-<commonName>-search when unset. A new name is a new domain.",
                    (b, v) -> searchKey(b, "openSearchDomainName").domainName(v)),
            ConfigKey.string("openSearchMasterUserName", "search.masterUserName",
                    "Master user the API signs in as; its password is generated into Secrets Manager.",
                    (b, v) -> searchKey(b, "openSearchMasterUserName").masterUserName(v)).defaultsTo(SearchDefaults.MASTER_USER_NAME),
            ConfigKey.bool("enableVpcEndpoints", "network.vpcEndpoints",
                    "Creates the VPC endpoints the tasks need without NAT (private DNS; 443 from the VPC only) and an S3 gateway endpoint.",
                    (b, v) -> b.network.vpcEndpoints(v)).defaultsTo(NetworkDefaults.VPC_ENDPOINTS),
            ConfigKey.list("vpcEndpointServices", "network.vpcEndpointServices",
                    "Which endpoints enableVpcEndpoints creates (leave out those the VPC already has).",
                    (b, v) -> b.network.vpcEndpointServices(v)),
            ConfigKey.list("routeTableIds", "network.routeTableIds",
                    "The private subnets' route tables for the S3 gateway endpoint; looked up by subnet when unset.",
                    (b, v) -> b.network.routeTableIds(v)),
            ConfigKey.bool("limitEgress", "network.limitEgress",
                    "Keeps task traffic inside the VPC (no 0.0.0.0/0 rule); needs loadBalancerInternal and ECR images in the region.",
                    (b, v) -> b.network.limitEgress(v)).defaultsTo(NetworkDefaults.LIMIT_EGRESS)
                    .alsoReadAs("enablePrivateLoadBalancerAndLimitEgress"),
            ConfigKey.map("tags", "tags", "Tags for every resource, as a key/value object.",
                    (b, v) -> v.forEach((k, value) -> {
                        b.tags.add(TagArgs.builder().key(k).value(value).build());
                        b.tagKeys.add(k);
                    })));

    private static final Pattern TAG_PATH = Pattern.compile("^tags\\[(\\d+)](.*)$");

    private StackConfig() {
    }

    /**
     * The install's name and Args.
     *
     * @param name     the component name ({@code commonName})
     * @param args     the component's Args
     * @param warnings what the stack could not check, for the program to log
     */
    public record Loaded(String name, PulumiSelfHostedEcsArgs args, List<String> warnings) {
    }

    /** The key of a name. */
    public static ConfigKey<?> key(String name) {
        return KEYS.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no config key " + name));
    }

    /**
     * The config key spelling of an Args property path: the key of the longest {@link ConfigKey#argsPath()}
     * that the path starts with, plus the rest of the path, e.g. {@code api.sizing.cpu} to
     * {@code apiTaskCpu} or {@code network.publicSubnetIds[1]} to {@code publicSubnetIds[1]}.
     */
    public static Optional<String> keyOfArgsPath(String path) {
        return KEYS.stream()
                .filter(k -> path.equals(k.argsPath()) || path.startsWith(k.argsPath() + "[") || path.startsWith(k.argsPath() + "."))
                .max(Comparator.comparingInt(k -> k.argsPath().length()))
                .map(k -> k.name() + path.substring(k.argsPath().length()));
    }

    /**
     * Reads and validates the config, through the library's own validation.
     *
     * @throws InvalidArgumentsException listing every problem, by config key
     */
    public static Loaded load(ConfigSource source) {
        var problems = new ConfigProblems();
        var read = new ConfigReader(source, problems);
        var builders = new StackBuilders();
        Set<String> unset = new HashSet<>();
        for (ConfigKey<?> key : KEYS) {
            Optional<?> value = key.read(read);
            if (value.isEmpty() && key.required()) {
                unset.add(key.name());
            }
            bind(key, value, builders);
        }
        InstallerChecks.keys(source, problems);
        InstallerChecks.switches(read, problems, builders);
        registry(builders, read, problems);
        existingData(builders, source, read, problems);
        var smtp = allOrNone(problems, read, "SMTP", keysOfGroup("smtp"), builders.smtpServer, builders.smtpUsername, builders.smtpPassword,
                builders.smtpGenericSender);
        var saml = allOrNone(problems, read, "SAML", keysOfGroup("saml"), builders.samlCertificatePublicKey, builders.samlCertificatePrivateKey);
        var recaptcha = allOrNone(problems, read, "Turnstile (reCAPTCHA)", keysOfGroup("recaptcha"), builders.recaptchaSiteKey,
                builders.recaptchaSecretKey);
        var dockerHub = allOrNone(problems, read, "Docker Hub", List.of("dockerHubUsername", "dockerHubAccessToken"),
                builders.dockerHubUsername, builders.dockerHubAccessToken);
        if (Boolean.TRUE.equals(builders.backupEnabled)) {
            builders.install.backup(builders.backup.build());
        } else if (builders.backupKeySet != null) {
            problems.add(builders.backupKeySet, "takes effect only with backupEnabled; run `pulumi config set backupEnabled true`,"
                    + " or remove " + builders.backupKeySet);
        }
        if (Boolean.TRUE.equals(builders.enableOpenSearch)) {
            builders.install.search(builders.search.build());
        } else if (builders.searchKeySet != null) {
            problems.add(builders.searchKeySet, "takes effect only with enableOpenSearch; run `pulumi config set enableOpenSearch true`,"
                    + " or remove " + builders.searchKeySet);
        }
        if (smtp) {
            builders.install.smtp(SmtpArgs.builder().server(builders.smtpServer).username(builders.smtpUsername)
                    .password(builders.smtpPassword).genericSender(builders.smtpGenericSender).build());
        }
        if (saml) {
            builders.install.saml(SamlArgs.builder().certificatePublicKey(builders.samlCertificatePublicKey)
                    .certificatePrivateKey(builders.samlCertificatePrivateKey).build());
        }
        if (recaptcha) {
            builders.install.recaptcha(RecaptchaArgs.builder().siteKey(builders.recaptchaSiteKey).secretKey(builders.recaptchaSecretKey).build());
        }
        if (dockerHub && problems.all().stream().noneMatch(p -> p.property().equals("dockerHubUsername"))) {
            builders.images.credentials(RegistryCredentialsArgs.builder().username(builders.dockerHubUsername)
                    .password(builders.dockerHubAccessToken).build());
        }
        // The Args are built even when keys are missing: the library then reports every other
        // problem too, in the same run.
        var args = builders.install
                .network(builders.network.build())
                .domain(builders.domain.build())
                .images(builders.images.build())
                .database(builders.database.build())
                .api(builders.api.sizing(builders.apiSizing.build()).build())
                .console(builders.console.sizing(builders.consoleSizing.build()).build())
                .loadBalancing(builders.loadBalancing.build())
                .storage(builders.storage.build())
                .monitoring(builders.monitoring.build())
                .tags(builders.tags)
                .build();

        List<Problem> all = new ArrayList<>(problems.all());
        Set<String> reported = new HashSet<>();
        all.forEach(p -> reported.add(p.property()));
        boolean secretRegion = source.getQualified("aws", "region").isPresent() && source.isSecretQualified("aws", "region");
        if (secretRegion) {
            all.add(new Problem("aws:region", "is stored as a secret; set it again without --secret (a region is no secret)"));
        }
        UnaryOperator<String> keys = path -> spelled(read, configKeyOf(path, builders));
        for (Problem p : PulumiSelfHostedEcs.validate(builders.name, args)) {
            String key = keys.apply(p.property());
            // A key the reader already reported (missing, wrong type, refused storage) once only;
            // and a secret region is never echoed.
            if (reported.contains(key) || unset.contains(key) || (secretRegion && key.equals("aws:region"))) {
                continue;
            }
            all.add(new Problem(key, p.message(keys)));
        }
        if (!all.isEmpty()) {
            throw new InvalidArgumentsException("stack config", SecretScrubber.of(source).scrub(all));
        }
        List<String> warnings = new ArrayList<>();
        if (source.keys().isEmpty() && !source.namespace().isEmpty()) {
            warnings.add("the Pulumi SDK did not list the stack's config keys: keys this stack does not read are not reported");
        }
        return new Loaded(builders.name, args, warnings);
    }

    @SuppressWarnings("unchecked")
    private static <T> void bind(ConfigKey<T> key, Optional<?> value, StackBuilders builders) {
        value.ifPresent(v -> key.bind(builders, (T) v));
    }

    /**
     * Where the images come from: {@code imageRegistry}; else, as in the installers, ECR in the
     * stack's region (the account of {@code ecrRepoAccountId}, else the deploying one) when an ECR
     * key is set ({@code ecrRepoAccountId}, {@code imagePrefix}, {@code ecrPullThroughCachePrefix});
     * else Docker Hub. {@code imagePrefix} is text put before {@code pulumi/<image>}, as the Go
     * installer puts it (a missing trailing slash is added).
     */
    private static void registry(StackBuilders builders, ConfigReader read, ConfigProblems problems) {
        if (builders.imageRegistry != null && builders.ecrRepoAccountId != null) {
            problems.add("ecrRepoAccountId", "is set together with imageRegistry; set only one of them");
        }
        if (builders.dockerHubUsername != null && (builders.imagePrefix != null || builders.ecrPullThroughCachePrefix != null
                || builders.ecrRepoAccountId != null)) {
            problems.add("dockerHubUsername", "is set while the images come from ECR (ecrRepoAccountId, imagePrefix or "
                    + "ecrPullThroughCachePrefix), which ECS pulls from with IAM; remove dockerHubUsername and dockerHubAccessToken"
                    + " (a pull-through cache keeps its Docker Hub login in ECR)");
        }
        if (builders.imagePrefix != null && builders.ecrPullThroughCachePrefix != null) {
            problems.add("imagePrefix", "is set together with ecrPullThroughCachePrefix, which sets the path itself; set only one of them");
        }
        // The path is checked here, in the key's own terms: the library would show the composed
        // repository path, and its example would make the user write pulumi twice.
        for (String[] key : new String[][]{{"imagePrefix", builders.imagePrefix}, {"ecrPullThroughCachePrefix", builders.ecrPullThroughCachePrefix}}) {
            if (key[1] != null && !key[1].isEmpty()) {
                problems.check(key[1].matches("^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*/*$"), key[0],
                        "'" + key[1] + "' is not a repository path; use lowercase letters, digits and separators, e.g. mirror/"
                                + " (the images are then <registry>/mirror/pulumi/<image>)");
            }
        }
        String account = builders.ecrRepoAccountId;
        boolean accountOk = account == null || problems.check(account.matches("^\\d{12}$"), "ecrRepoAccountId",
                "'" + account + "' is not a 12-digit AWS account id");
        if (builders.imageRegistry != null) {
            builders.images.registry(builders.imageRegistry);
        } else if (account != null || builders.imagePrefix != null || builders.ecrPullThroughCachePrefix != null) {
            // Without a valid region the library reports aws:region; the registry waits for it.
            Optional<String> region = read.qualified("aws", "region")
                    .filter(r -> EcrRegistry.host("000000000000", r).isPresent());
            if (accountOk && region.isPresent()) {
                Output<String> owner = account != null ? Output.of(account) : AwsPartitions.deployingAccount();
                builders.images.registry(owner.applyValue(id -> EcrRegistry.host(id, region.get()).orElseThrow()));
            }
        }
        if (builders.ecrPullThroughCachePrefix != null) {
            String prefix = builders.ecrPullThroughCachePrefix.replaceAll("^/+|/+$", "");
            builders.images.repositoryPrefix(prefix + "/" + ContainerImagesDefaults.REPOSITORY_PREFIX).pullThroughCache(true);
        } else if (builders.imagePrefix != null) {
            String trimmed = builders.imagePrefix.replaceAll("/+$", "");
            String prefix = trimmed.isEmpty() ? "" : trimmed + "/";
            builders.images.repositoryPrefix(prefix + ContainerImagesDefaults.REPOSITORY_PREFIX);
        }
    }

    /** A config key path ({@code whiteListCidrBlocks[1]}) with the key as the user spelled it. */
    private static String spelled(ConfigReader read, String keyPath) {
        int end = 0;
        while (end < keyPath.length() && keyPath.charAt(end) != '[' && keyPath.charAt(end) != '.') {
            end++;
        }
        return read.spellingOf(keyPath.substring(0, end)) + keyPath.substring(end);
    }

    /** The config key a problem of an Args property is about, as the user wrote it. */
    private static String configKeyOf(String argsPath, StackBuilders builders) {
        List<String> tagKeys = builders.tagKeys;
        if (argsPath.equals("region")) {
            return "aws:region";
        }
        if (argsPath.startsWith("images.registry") && builders.ecrRepoAccountId != null) {
            // Two keys set the registry: name the one the user wrote.
            return "ecrRepoAccountId" + argsPath.substring("images.registry".length());
        }
        Matcher tag = TAG_PATH.matcher(argsPath);
        if (tag.matches() && Integer.parseInt(tag.group(1)) < tagKeys.size()) {
            // Config tags are an object: name the tag by its key, not by a list position.
            return "tags." + tagKeys.get(Integer.parseInt(tag.group(1)));
        }
        return keyOfArgsPath(argsPath).orElse(argsPath);
    }

    /** The backup builder, remembering that a backup key other than the switch was set. */
    private static SearchArgs.Builder searchKey(StackBuilders builders, String key) {
        if (builders.searchKeySet == null) {
            builders.searchKeySet = key;
        }
        return builders.search;
    }

    private static BackupArgs.Builder backupKey(StackBuilders builders, String key) {
        if (builders.backupKeySet == null) {
            builders.backupKeySet = key;
        }
        return builders.backup;
    }

    /** The keys of an all-or-nothing group (an Args group such as {@code smtp}), in the table's order. */
    private static List<String> keysOfGroup(String group) {
        return KEYS.stream().filter(k -> k.argsPath().startsWith(group + ".")).map(ConfigKey::name).toList();
    }

    /**
     * Records a problem for each missing key of a group that is partly set; true when the group
     * is complete. A key that is set but was refused (a plain value stored as a secret, say) counts
     * as set: its own problem says what is wrong with it.
     */
    private static boolean allOrNone(ConfigProblems problems, ConfigReader read, String group, List<String> keys, Object... values) {
        boolean[] set = new boolean[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            set[i] = values[i] != null || read.isSet(key(keys.get(i)));
            count += set[i] ? 1 : 0;
        }
        if (count == 0) {
            return false;
        }
        if (count == values.length) {
            return Stream.of(values).allMatch(v -> v != null);
        }
        for (int i = 0; i < values.length; i++) {
            if (!set[i]) {
                problems.add(keys.get(i), "is missing while other " + group + " keys are set; set all of "
                        + String.join(", ", keys) + ", or none of them");
            }
        }
        return false;
    }

    /** An existing database or existing buckets, from the TS installer's keys and this stack's own. */
    private static void existingData(StackBuilders builders, ConfigSource source, ConfigReader read, ConfigProblems problems) {
        List<String> forExisting = List.of("dbPort", "dbSecurityGroupId", "dbUsername", "dbPassword", "dbCredentialsSecretArn");
        // The installer's own database keys (dbInstanceType, numberDbReplicas) describe the cluster
        // it created, which is the existing one: they are taken (the readers for the lag alarm).
        List<String> forCreated = List.of("dbEngineVersion", "dbBackupRetentionDays",
                "dbDeletionProtection", "dbRequireSecureTransport", "dbPerformanceInsights", "dbExtendedSupport");
        if (builders.dbClusterEndpoint == null && !read.isSet(key("dbClusterEndpoint"))) {
            forExisting.stream().filter(k -> source.get(k).isPresent()).forEach(k -> problems.add(k,
                    "is set without dbClusterEndpoint; it describes an existing database: set dbClusterEndpoint too, or remove " + k));
        } else if (builders.dbClusterEndpoint != null) {
            forCreated.stream().filter(k -> source.get(k).isPresent()).forEach(k -> problems.add(k,
                    "applies to a database this stack creates, but dbClusterEndpoint names an existing one; remove " + k));
            builders.install.existingDatabase(builders.existingDatabase.build());
        }
        if (builders.anyExistingBucket) {
            builders.install.existingBuckets(builders.existingBuckets.build());
        }
    }
}

