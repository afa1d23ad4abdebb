package io.selfhosted.pulumi.ecs.config;

import java.util.List;
import java.util.Optional;

/**
 * One stack config key of the bundled stack: its name (the official installer's where one
 * exists), the Args property it sets, its kind and whether it must be a secret. The table is the
 * single source of the config reference and of how Args problems are reported in config terms.
 *
 * @param name     the config key, e.g. {@code apiTaskCpu}
 * @param argsPath the {@link io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs} property path it sets
 * @param kind     {@code string}, {@code integer}, {@code boolean}, {@code list} or {@code map}
 * @param secret   whether the value must be set with {@code pulumi config set --secret}
 * @param required whether the stack cannot run without it
 * @param doc      what it is for
 */
public record ConfigKey(String name, String argsPath, String kind, boolean secret, boolean required, String doc) {

    /** Every key the bundled stack reads, in the order of the config reference. */
    public static final List<ConfigKey> ALL = List.of(
            req("vpcId", "network.vpcId", "string", "The VPC id."),
            req("publicSubnetIds", "network.publicSubnetIds", "list", "At least 2 public subnets (internet-facing load balancers)."),
            req("privateSubnetIds", "network.privateSubnetIds", "list", "At least 2 private subnets with NAT (tasks; internal load balancers)."),
            req("isolatedSubnetIds", "network.isolatedSubnetIds", "list", "At least 2 isolated subnets (database)."),
            req("route53ZoneName", "domain.zoneName", "string", "The hosted zone's domain, e.g. example.com."),
            opt("route53Subdomain", "domain.subdomain", "string", "Optional label: api.<sub>.<zone> and app.<sub>.<zone>."),
            opt("route53ZoneId", "domain.zoneId", "string", "The hosted zone id; looked up by name when unset."),
            opt("acmCertificateArn", "domain.certificateArn", "string", "Certificate for <sub>.<zone>, api. and app.; created (DNS-validated) when unset."),
            new ConfigKey("licenseKey", "licenseKey", "string", true, true, "The Pulumi Service license key."),
            req("imageTag", "images.tag", "string", "The Pulumi Service version (image tag) of all three images; change it to upgrade."),
            opt("imageRegistry", "images.registry", "string", "Registry host of mirrored images; Docker Hub when unset."),
            opt("ecrRepoAccountId", "images.registry", "string", "Account of an ECR mirror in this region (sets imageRegistry)."),
            opt("imagePrefix", "images.repositoryPrefix", "string", "Path before pulumi/<image> in the registry, e.g. mirror/."),
            opt("kmsServiceKeyId", "kmsKeyArn", "string", "The service's KMS key, ARN or key id; a key with rotation is created when unset."),
            opt("commonName", "name", "string", "Name of the install (1-16 characters); default pulumi. Never change it later."),
            opt("dbInstanceType", "database.instanceClass", "string", "Aurora instance class; default db.r6g.large."),
            opt("numberDbReplicas", "database.readerCount", "integer", "Readers besides the writer; default 1."),
            opt("dbEngineVersion", "database.engineVersion", "string", "Aurora MySQL 3 version at creation."),
            opt("dbBackupRetentionDays", "database.backupRetentionDays", "integer", "Days of automated backups (1-35); default 7."),
            opt("dbDeletionProtection", "database.deletionProtection", "boolean", "RDS deletion protection of the cluster; default true."),
            opt("dbCaCertificate", "database.caCertificate", "string", "RDS CA bundle (PEM) of the region: the API then uses verified TLS to the database."),
            opt("dbRequireSecureTransport", "database.requireSecureTransport", "boolean", "Refuse database connections without TLS (needs dbCaCertificate); default false."),
            opt("dbPerformanceInsights", "database.performanceInsights", "boolean", "Performance Insights on the instances; default false."),
            opt("apiTaskCpu", "api.taskCpu", "integer", "API task CPU units; default 2048."),
            opt("apiTaskMemory", "api.taskMemory", "integer", "API task memory (MiB); default 4096."),
            opt("apiDesiredNumberTasks", "api.desiredCount", "integer", "API tasks at creation; default 2."),
            opt("apiMinNumberTasks", "api.minCount", "integer", "Fewest API tasks autoscaling keeps; default 2."),
            opt("apiMaxNumberTasks", "api.maxCount", "integer", "Most API tasks autoscaling starts; default 6."),
            opt("apiDisableEmailLogin", "api.disableEmailLogin", "boolean", "Refuse email/password logins; default false."),
            opt("apiDisableEmailSignUp", "api.disableEmailSignup", "boolean", "Refuse email sign-ups; default false."),
            opt("apiEngineEventsSchemaV2", "api.engineEventsSchemaV2", "boolean", "Engine events schema v2; default true (changing it needs Pulumi support)."),
            opt("apiEngineEventsLegacyWrite", "api.engineEventsLegacyWrite", "boolean", "Engine events legacy write; default false (changing it needs Pulumi support)."),
            opt("apiEngineEventsChangeAcknowledged", "api.engineEventsChangeAcknowledged", "boolean", "Confirms a non-default engine events setting was agreed with Pulumi support."),
            opt("consoleTaskCpu", "console.taskCpu", "integer", "Console task CPU units; default 512."),
            opt("consoleTaskMemory", "console.taskMemory", "integer", "Console task memory (MiB); default 1024."),
            opt("consoleDesiredNumberTasks", "console.desiredCount", "integer", "Console tasks at creation; default 2."),
            opt("consoleMinNumberTasks", "console.minCount", "integer", "Fewest Console tasks autoscaling keeps; default 2."),
            opt("consoleMaxNumberTasks", "console.maxCount", "integer", "Most Console tasks autoscaling starts; default 4."),
            opt("consoleHideEmailLogin", "console.hideEmailLogin", "boolean", "Hide the email login form; default false."),
            opt("consoleHideEmailSignup", "console.hideEmailSignup", "boolean", "Hide the email sign-up form; default false."),
            new ConfigKey("agGridLicenseKey", "console.agGridLicenseKey", "string", true, false, "AG Grid license key of the Console."),
            opt("whiteListCidrBlocks", "loadBalancer.ingressCidrs", "list", "CIDR blocks allowed to reach port 443; default 0.0.0.0/0."),
            opt("enablePrivateLoadBalancerAndLimitEgress", "loadBalancer.internal", "boolean", "Internal load balancers in the private subnets, names in the private zone; default false."),
            opt("loadBalancerDeletionProtection", "loadBalancer.deletionProtection", "boolean", "Deletion protection of the load balancers; default true."),
            opt("loadBalancerSslPolicy", "loadBalancer.sslPolicy", "string", "TLS 1.3 security policy of the listeners."),
            opt("loadBalancerAccessLogsBucket", "loadBalancer.accessLogsBucket", "string", "Bucket for load balancer access logs."),
            opt("engineEventsBucket", "storage.engineEventsBucket", "boolean", "Create the engine events bucket; default false."),
            opt("smtpServer", "smtp.server", "string", "SMTP server host:port (with smtpUsername, smtpPassword, smtpGenericSender)."),
            opt("smtpUsername", "smtp.username", "string", "SMTP user name."),
            new ConfigKey("smtpPassword", "smtp.password", "string", true, false, "SMTP password."),
            opt("smtpGenericSender", "smtp.genericSender", "string", "From address of the service's emails."),
            opt("samlCertPublicKey", "saml.certificatePublicKey", "string", "SAML signing certificate, PEM (with samlCertPrivateKey)."),
            new ConfigKey("samlCertPrivateKey", "saml.certificatePrivateKey", "string", true, false, "SAML signing private key, PEM."),
            opt("recaptchaSiteKey", "recaptcha.siteKey", "string", "Turnstile site key (with recaptchaSecretKey)."),
            new ConfigKey("recaptchaSecretKey", "recaptcha.secretKey", "string", true, false, "Turnstile secret key."),
            opt("logRetentionDays", "logRetentionDays", "integer", "Days of container logs (a CloudWatch retention value); default 365."),
            opt("tags", "tags", "map", "Tags for every resource, as a key/value object."));

    private static ConfigKey req(String name, String argsPath, String kind, String doc) {
        return new ConfigKey(name, argsPath, kind, false, true, doc);
    }

    private static ConfigKey opt(String name, String argsPath, String kind, String doc) {
        return new ConfigKey(name, argsPath, kind, false, false, doc);
    }

    /** The key of a name. */
    public static ConfigKey named(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no config key " + name));
    }

    /**
     * The config key spelling of an Args property path, e.g. {@code api.taskCpu} to
     * {@code apiTaskCpu} or {@code network.publicSubnetIds[1]} to {@code publicSubnetIds[1]}.
     */
    public static Optional<String> forArgsPath(String path) {
        return ALL.stream()
                .filter(k -> path.equals(k.argsPath) || path.startsWith(k.argsPath + "[") || path.startsWith(k.argsPath + "."))
                .max(java.util.Comparator.comparingInt(k -> k.argsPath.length()))
                .map(k -> k.name + path.substring(k.argsPath.length()));
    }
}
