package io.selfhosted.pulumi.ecs;

import com.pulumi.aws.kms.KmsFunctions;
import com.pulumi.aws.kms.inputs.GetKeyArgs;
import com.pulumi.aws.kms.outputs.GetKeyResult;
import com.pulumi.aws.route53.Route53Functions;
import com.pulumi.aws.route53.inputs.GetZoneArgs;
import com.pulumi.aws.route53.outputs.GetZoneResult;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.database.AuroraDatabase;
import io.selfhosted.pulumi.ecs.database.AuroraDatabaseArgs;
import io.selfhosted.pulumi.ecs.dns.AliasRecordArgs;
import io.selfhosted.pulumi.ecs.dns.ServiceCertificate;
import io.selfhosted.pulumi.ecs.dns.ServiceCertificateArgs;
import io.selfhosted.pulumi.ecs.dns.ServiceDns;
import io.selfhosted.pulumi.ecs.dns.ServiceDnsArgs;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.kms.ServiceKey;
import io.selfhosted.pulumi.ecs.kms.ServiceKeyArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.ServiceLoadBalancer;
import io.selfhosted.pulumi.ecs.loadbalancing.ServiceLoadBalancerArgs;
import io.selfhosted.pulumi.ecs.secrets.ServiceSecrets;
import io.selfhosted.pulumi.ecs.secrets.ServiceSecretsArgs;
import io.selfhosted.pulumi.ecs.service.ApiService;
import io.selfhosted.pulumi.ecs.service.ApiServiceArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleService;
import io.selfhosted.pulumi.ecs.service.ConsoleServiceArgs;
import io.selfhosted.pulumi.ecs.service.FargateCluster;
import io.selfhosted.pulumi.ecs.service.FargateClusterArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.storage.ServiceStorage;
import io.selfhosted.pulumi.ecs.storage.ServiceStorageArgs;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * The whole self-hosted Pulumi Service on AWS ECS Fargate, in one component and one stack:
 * buckets, Aurora MySQL, secrets, one ECS cluster with the API (behind its migrations gate) and
 * the Console, TLS network load balancers, DNS records, logs, IAM and security groups; plus a KMS
 * key and an ACM certificate when the user brings none.
 *
 * <p>The component only composes its parts: it validates its Args (every problem at once, before
 * any resource exists), derives each part's Args, creates the parts in dependency order and
 * exposes their outputs. Parts are public components of their own, usable without this one.
 *
 * <pre>{@code
 * var pulumi = new PulumiSelfHostedEcs("pulumi", PulumiSelfHostedEcsArgs.builder()
 *         .network(NetworkArgs.builder().vpcId("vpc-...")
 *                 .publicSubnetIds("subnet-...", "subnet-...")
 *                 .privateSubnetIds("subnet-...", "subnet-...")
 *                 .isolatedSubnetIds("subnet-...", "subnet-...").build())
 *         .domain(DomainArgs.builder().zoneName("example.com").subdomain("pulumi").build())
 *         .licenseKey(config.requireSecret("licenseKey"))
 *         .images(ContainerImagesArgs.builder().tag("20250101-abcdef0").build())
 *         .build(), null);
 * }</pre>
 */
public class PulumiSelfHostedEcs extends ComponentResource {
    /** The component's type token (the multi-language component host needs {@code <package>:index:<Class>}). */
    public static final String TYPE = "selfhosted-ecs:index:PulumiSelfHostedEcs";

    @Export(name = "apiUrl", refs = String.class)
    private final Output<String> apiUrl;
    @Export(name = "consoleUrl", refs = String.class)
    private final Output<String> consoleUrl;
    @Export(name = "apiLoadBalancerDnsName", refs = String.class)
    private final Output<String> apiLoadBalancerDnsName;
    @Export(name = "apiLoadBalancerZoneId", refs = String.class)
    private final Output<String> apiLoadBalancerZoneId;
    @Export(name = "consoleLoadBalancerDnsName", refs = String.class)
    private final Output<String> consoleLoadBalancerDnsName;
    @Export(name = "consoleLoadBalancerZoneId", refs = String.class)
    private final Output<String> consoleLoadBalancerZoneId;
    @Export(name = "kmsKeyArn", refs = String.class)
    private final Output<String> kmsKeyArn;
    @Export(name = "certificateArn", refs = String.class)
    private final Output<String> certificateArn;

    private final ServiceStorage storage;
    private final AuroraDatabase database;
    private final FargateCluster cluster;
    private final ApiService api;
    private final ConsoleService console;
    private final ServiceLoadBalancer apiLoadBalancer;
    private final ServiceLoadBalancer consoleLoadBalancer;

    /**
     * @param name    the install's name (1-16 lowercase letters, digits or hyphens); every part and
     *                AWS name derives from it. It is part of each resource's identity: do not change
     *                it on an existing stack.
     * @param args    the install's settings
     * @param options component options
     */
    public PulumiSelfHostedEcs(String name, PulumiSelfHostedEcsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(name, args, options));
        String region = DeploymentRegion.resolve(args.region()).orElseThrow();
        List<TagArgs> tags = ResourceTags.withFixed(args.tags(), name);
        var network = args.network();
        var domain = args.domain();
        String baseDomain = domain.subdomain().flatMap(KnownValue::of).filter(s -> !s.isEmpty())
                .map(s -> s + ".").orElse("") + KnownValue.of(domain.zoneName()).orElseThrow().replaceAll("\\.$", "");
        String apiDomain = "api." + baseDomain;
        String consoleDomain = "app." + baseDomain;

        this.kmsKeyArn = args.kmsKeyArn().map(this::keyArn).orElseGet(() -> new ServiceKey(name + "-key",
                ServiceKeyArgs.builder().tags(tags).build(), child()).keyArn());

        this.storage = new ServiceStorage(name + "-storage", ServiceStorageArgs.builder()
                .kmsKeyArn(kmsKeyArn)
                .settings(args.storage())
                .tags(tags)
                .build(), child());

        var secretsArgs = ServiceSecretsArgs.builder()
                .kmsKeyArn(kmsKeyArn)
                .licenseKey(args.licenseKey())
                .tags(tags);
        args.smtp().ifPresent(smtp -> secretsArgs.smtpPassword(smtp.password()));
        args.saml().ifPresent(saml -> secretsArgs.samlCertificatePrivateKey(saml.certificatePrivateKey()));
        args.recaptcha().ifPresent(r -> secretsArgs.recaptchaSecretKey(r.secretKey()));
        args.console().agGridLicenseKey().ifPresent(secretsArgs::agGridLicenseKey);
        var secrets = new ServiceSecrets(name + "-secrets", secretsArgs.build(), child());

        this.database = new AuroraDatabase(name + "-database", AuroraDatabaseArgs.builder()
                .vpcId(network.vpcId())
                .subnetIds(network.isolatedSubnetIds())
                .kmsKeyArn(kmsKeyArn)
                .masterUsername(secrets.databaseUsername())
                .masterPassword(secrets.databasePassword())
                .settings(args.database())
                .tags(tags)
                .build(), child());

        this.cluster = new FargateCluster(name, FargateClusterArgs.builder().tags(tags).build(), child());

        boolean internal = KnownValue.of(args.loadBalancer().internal()).orElse(false);
        // Internal load balancers get their names in the private zone of that name, never in a
        // public one; a public install, in the public zone.
        Output<String> zoneId = domain.zoneId().orElseGet(() -> Route53Functions.getZone(GetZoneArgs.builder()
                        .name(domain.zoneName())
                        .privateZone(internal)
                        .build(), InvokeOptions.builder().parent(this).build())
                .applyValue(GetZoneResult::zoneId));
        this.certificateArn = domain.certificateArn().orElseGet(() -> new ServiceCertificate(name + "-certificate",
                ServiceCertificateArgs.builder()
                        .domainName(baseDomain)
                        .subjectAlternativeNames(apiDomain, consoleDomain)
                        .zoneId(zoneId)
                        .tags(tags)
                        .build(), child()).certificateArn());

        Output<List<String>> lbSubnets = internal ? network.privateSubnetIds() : network.publicSubnetIds();
        this.apiLoadBalancer = loadBalancer(name + "-api-lb", args, lbSubnets, ApiService.PORT, ApiService.HEALTH_CHECK_PATH, tags);
        this.consoleLoadBalancer = loadBalancer(name + "-app-lb", args, lbSubnets, ConsoleService.PORT,
                ConsoleService.HEALTH_CHECK_PATH, tags);

        var apiArgs = ApiServiceArgs.builder()
                .clusterArn(cluster.clusterArn())
                .clusterName(cluster.clusterName())
                .region(region)
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .images(args.images())
                .targetGroupArn(apiLoadBalancer.targetGroupArn())
                .loadBalancerSecurityGroupId(apiLoadBalancer.securityGroupId())
                .databaseSecurityGroupId(database.securityGroupId())
                .databaseEndpoint(database.endpoint())
                .databasePort(database.port())
                .databaseName(database.databaseName())
                .databaseCredentialsSecretArn(secrets.databaseCredentialsSecretArn())
                .databaseCaCertificate(args.database().caCertificate().orElse(null))
                .licenseKeySecretArn(secrets.licenseKeySecretArn())
                .kmsKeyArn(kmsKeyArn)
                .checkpointBucketName(storage.checkpointBucketName())
                .policyPackBucketName(storage.policyPackBucketName())
                .metadataBucketName(storage.metadataBucketName())
                .apiDomain(apiDomain)
                .consoleDomain(consoleDomain)
                .settings(args.api())
                .logRetentionDays(args.logRetentionDays())
                .tags(tags);
        storage.engineEventsBucketName().ifPresent(apiArgs::engineEventsBucketName);
        args.smtp().ifPresent(smtp -> smtp(apiArgs, smtp, secrets));
        args.saml().ifPresent(saml -> apiArgs.samlCertificatePublicKey(saml.certificatePublicKey())
                .samlCertificatePrivateKeySecretArn(secrets.samlCertificatePrivateKeySecretArn().orElseThrow()));
        secrets.recaptchaSecretKeySecretArn().ifPresent(apiArgs::recaptchaSecretKeySecretArn);
        this.api = new ApiService(name + "-api", apiArgs.build(), child());

        var consoleArgs = ConsoleServiceArgs.builder()
                .clusterArn(cluster.clusterArn())
                .clusterName(cluster.clusterName())
                .region(region)
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .images(args.images())
                .targetGroupArn(consoleLoadBalancer.targetGroupArn())
                .loadBalancerSecurityGroupId(consoleLoadBalancer.securityGroupId())
                .apiLoadBalancerSecurityGroupId(apiLoadBalancer.securityGroupId())
                .apiDomain(apiDomain)
                .consoleDomain(consoleDomain)
                .samlSsoEnabled(args.saml().isPresent())
                .secretsKmsKeyArn(kmsKeyArn)
                .settings(args.console())
                .logRetentionDays(args.logRetentionDays())
                .tags(tags);
        args.recaptcha().ifPresent(r -> consoleArgs.recaptchaSiteKey(r.siteKey()));
        secrets.agGridLicenseKeySecretArn().ifPresent(consoleArgs::agGridLicenseKeySecretArn);
        this.console = new ConsoleService(name + "-console", consoleArgs.build(), child());

        new ServiceDns(name + "-dns", ServiceDnsArgs.builder()
                .zoneId(zoneId)
                .records(alias(apiDomain, apiLoadBalancer), alias(consoleDomain, consoleLoadBalancer))
                .build(), child());

        this.apiUrl = Output.of("https://" + apiDomain);
        this.consoleUrl = Output.of("https://" + consoleDomain);
        this.apiLoadBalancerDnsName = apiLoadBalancer.dnsName();
        this.apiLoadBalancerZoneId = apiLoadBalancer.zoneId();
        this.consoleLoadBalancerDnsName = consoleLoadBalancer.dnsName();
        this.consoleLoadBalancerZoneId = consoleLoadBalancer.zoneId();
        registerOutputs(PulumiSelfHostedEcsOutputs.of(this));
    }

    private static ComponentResourceOptions validated(String name, PulumiSelfHostedEcsArgs args,
                                                      @Nullable ComponentResourceOptions options) {
        PulumiSelfHostedEcsValidation.check(name, args);
        return options;
    }

    /**
     * Every problem of {@code args} for an install named {@code name}, without creating anything;
     * empty when they are valid. Must run inside a Pulumi program (it reads the stack's
     * {@code aws:region} config when {@link PulumiSelfHostedEcsArgs#region()} is unset).
     */
    public static List<Problem> validate(String name, PulumiSelfHostedEcsArgs args) {
        return PulumiSelfHostedEcsValidation.problems(name, args);
    }

    /** The key's ARN: as given, or looked up when the installer's key id form was given. */
    private Output<String> keyArn(Output<String> given) {
        if (KnownValue.of(given).map(v -> v.startsWith("arn:")).orElse(true)) {
            return given;
        }
        return KmsFunctions.getKey(GetKeyArgs.builder().keyId(given).build(), InvokeOptions.builder().parent(this).build())
                .applyValue(GetKeyResult::arn);
    }

    private ComponentResourceOptions child() {
        return ComponentResourceOptions.builder().parent(this).build();
    }

    private ServiceLoadBalancer loadBalancer(String logicalName, PulumiSelfHostedEcsArgs args, Output<List<String>> subnets,
                                             int port, String healthCheckPath, List<TagArgs> tags) {
        return new ServiceLoadBalancer(logicalName, ServiceLoadBalancerArgs.builder()
                .vpcId(args.network().vpcId())
                .subnetIds(subnets)
                .certificateArn(certificateArn)
                .targetPort(port)
                .healthCheckPath(healthCheckPath)
                .settings(args.loadBalancer())
                .tags(tags)
                .build(), child());
    }

    private static void smtp(ApiServiceArgs.Builder api, SmtpArgs smtp, ServiceSecrets secrets) {
        api.smtpServer(smtp.server())
                .smtpUsername(smtp.username())
                .smtpGenericSender(smtp.genericSender())
                .smtpPasswordSecretArn(secrets.smtpPasswordSecretArn().orElseThrow());
    }

    private static AliasRecordArgs alias(String fqdn, ServiceLoadBalancer target) {
        return AliasRecordArgs.builder().name(fqdn).targetDnsName(target.dnsName()).targetZoneId(target.zoneId()).build();
    }

    /** {@code https://api.<domain>}: the URL the Pulumi CLI logs in to. */
    public Output<String> apiUrl() {
        return apiUrl;
    }

    /** {@code https://app.<domain>}: the Console's URL. */
    public Output<String> consoleUrl() {
        return consoleUrl;
    }

    /** The API load balancer's DNS name. */
    public Output<String> apiLoadBalancerDnsName() {
        return apiLoadBalancerDnsName;
    }

    /** The API load balancer's canonical hosted zone id. */
    public Output<String> apiLoadBalancerZoneId() {
        return apiLoadBalancerZoneId;
    }

    /** The Console load balancer's DNS name. */
    public Output<String> consoleLoadBalancerDnsName() {
        return consoleLoadBalancerDnsName;
    }

    /** The Console load balancer's canonical hosted zone id. */
    public Output<String> consoleLoadBalancerZoneId() {
        return consoleLoadBalancerZoneId;
    }

    /** The service's KMS key: the one given, or the one created. */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /** The TLS certificate: the one given, or the one created and validated. */
    public Output<String> certificateArn() {
        return certificateArn;
    }

    /** The checkpoint bucket's name. */
    public Output<String> checkpointBucketName() {
        return storage.checkpointBucketName();
    }

    /** The policy pack bucket's name. */
    public Output<String> policyPackBucketName() {
        return storage.policyPackBucketName();
    }

    /** The service metadata bucket's name. */
    public Output<String> metadataBucketName() {
        return storage.metadataBucketName();
    }

    /** The engine events bucket's name, when one is created. */
    public Optional<Output<String>> engineEventsBucketName() {
        return storage.engineEventsBucketName();
    }

    /** The database writer endpoint's host name. */
    public Output<String> databaseEndpoint() {
        return database.endpoint();
    }

    /** The database port. */
    public Output<Integer> databasePort() {
        return database.port();
    }

    /** The ECS cluster's name. */
    public Output<String> clusterName() {
        return cluster.clusterName();
    }

    /** The API's ECS service name. */
    public Output<String> apiServiceName() {
        return api.serviceName();
    }

    /** The Console's ECS service name. */
    public Output<String> consoleServiceName() {
        return console.serviceName();
    }

    /** The API (and migrations) log group. */
    public Output<String> apiLogGroupName() {
        return api.logGroupName();
    }

    /** The Console log group. */
    public Output<String> consoleLogGroupName() {
        return console.logGroupName();
    }

    /** The API tasks' security group. */
    public Output<String> apiSecurityGroupId() {
        return api.securityGroupId();
    }

    /** The Console tasks' security group. */
    public Output<String> consoleSecurityGroupId() {
        return console.securityGroupId();
    }

    /** The database's security group. */
    public Output<String> databaseSecurityGroupId() {
        return database.securityGroupId();
    }

    /** The API load balancer's security group. */
    public Output<String> apiLoadBalancerSecurityGroupId() {
        return apiLoadBalancer.securityGroupId();
    }

    /** The Console load balancer's security group. */
    public Output<String> consoleLoadBalancerSecurityGroupId() {
        return consoleLoadBalancer.securityGroupId();
    }
}
