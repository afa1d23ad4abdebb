package io.selfhosted.pulumi.ecs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.backup.ServiceBackup;
import io.selfhosted.pulumi.ecs.backup.ServiceBackupArgs;
import io.selfhosted.pulumi.ecs.database.AuroraDatabase;
import io.selfhosted.pulumi.ecs.database.AuroraDatabaseArgs;
import io.selfhosted.pulumi.ecs.database.ExistingDatabaseArgs;
import io.selfhosted.pulumi.ecs.dns.AliasRecordArgs;
import io.selfhosted.pulumi.ecs.dns.HostedZone;
import io.selfhosted.pulumi.ecs.dns.ServiceCertificate;
import io.selfhosted.pulumi.ecs.dns.ServiceCertificateArgs;
import io.selfhosted.pulumi.ecs.dns.ServiceDns;
import io.selfhosted.pulumi.ecs.dns.ServiceDnsArgs;
import io.selfhosted.pulumi.ecs.dns.ServiceNames;
import io.selfhosted.pulumi.ecs.fargate.FargateCluster;
import io.selfhosted.pulumi.ecs.fargate.FargateClusterArgs;
import io.selfhosted.pulumi.ecs.fargate.LoadBalancerTargetArgs;
import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.ExportedOutputs;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.Json;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.Validation;
import io.selfhosted.pulumi.ecs.kms.ServiceKey;
import io.selfhosted.pulumi.ecs.kms.ServiceKeyArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.BackendArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.IngressTarget;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingDefaults;
import io.selfhosted.pulumi.ecs.loadbalancing.ServiceIngress;
import io.selfhosted.pulumi.ecs.loadbalancing.ServiceIngressArgs;
import io.selfhosted.pulumi.ecs.monitoring.MonitoredServiceArgs;
import io.selfhosted.pulumi.ecs.network.NetworkDefaults;
import io.selfhosted.pulumi.ecs.network.VpcEndpoints;
import io.selfhosted.pulumi.ecs.network.VpcEndpointsArgs;
import io.selfhosted.pulumi.ecs.search.ServiceSearch;
import io.selfhosted.pulumi.ecs.search.ServiceSearchArgs;
import io.selfhosted.pulumi.ecs.service.SmtpServers;
import io.selfhosted.pulumi.ecs.service.SearchConnectionArgs;
import io.selfhosted.pulumi.ecs.service.TaskEgressArgs;
import io.selfhosted.pulumi.ecs.monitoring.ServiceAlarms;
import io.selfhosted.pulumi.ecs.monitoring.ServiceAlarmsArgs;
import io.selfhosted.pulumi.ecs.secrets.SecretValueArgs;
import io.selfhosted.pulumi.ecs.secrets.ServiceSecrets;
import io.selfhosted.pulumi.ecs.secrets.ServiceSecretsArgs;
import io.selfhosted.pulumi.ecs.service.ApiService;
import io.selfhosted.pulumi.ecs.service.ApiServiceArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleService;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleServiceArgs;
import io.selfhosted.pulumi.ecs.service.DatabaseConnectionArgs;
import io.selfhosted.pulumi.ecs.service.SamlSigningArgs;
import io.selfhosted.pulumi.ecs.service.ServiceBucketsArgs;
import io.selfhosted.pulumi.ecs.service.SmtpDeliveryArgs;
import io.selfhosted.pulumi.ecs.storage.ServiceStorage;
import io.selfhosted.pulumi.ecs.storage.ServiceStorageArgs;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole self-hosted Pulumi Service on AWS ECS Fargate, in one component and one stack:
 * buckets, Aurora MySQL, secrets, one ECS cluster with the API (behind its migrations gate) and
 * the Console, the TLS front door, DNS records, logs, IAM and security groups; plus a KMS key and
 * an ACM certificate when the user brings none.
 *
 * <p>The component only composes its parts: it validates its Args (every problem at once, before
 * any resource exists), derives each part's Args, creates the parts in dependency order and
 * exposes their outputs, each an {@link Export} field. Parts are public components of their own,
 * usable without this one.
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

    private static final String FORKJOIN_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /**
     * Runs a Pulumi program as {@link com.pulumi.Pulumi#run} does, after sizing the JVM's ForkJoin
     * common pool, which the Pulumi Java SDK runs its continuations on: on a machine with 2 vCPUs
     * its default of one worker starves the run (very slow, or hung). An explicit
     * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism} wins. Use it from
     * {@code main}, before anything else uses the pool. Under Maven ({@code mvn compile exec:java},
     * the Pulumi CLI's default for Java) the exec plugin has started the pool before {@code main}:
     * there the flag must be in {@code .mvn/jvm.config}, and this method warns when the pool is
     * too small.
     *
     * <pre>{@code
     * public static void main(String[] args) {
     *     PulumiSelfHostedEcs.run(App::stack);
     * }
     * }</pre>
     *
     * @param program the stack's program
     */
    public static void run(java.util.function.Consumer<com.pulumi.Context> program) {
        if (System.getProperty(FORKJOIN_PARALLELISM) == null) {
            System.setProperty(FORKJOIN_PARALLELISM, String.valueOf(Math.max(4, Runtime.getRuntime().availableProcessors())));
        }
        if (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 2) {
            // Something started the pool before main (Maven's exec:java does): too late to size it.
            System.err.println("warning: the JVM's ForkJoin common pool has "
                    + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + " worker, which can starve the Pulumi SDK;"
                    + " start the JVM with -D" + FORKJOIN_PARALLELISM + "=4 (under Maven: a line in .mvn/jvm.config)");
        }
        com.pulumi.Pulumi.run(program);
    }

    /** The front door's backend of the API; it names the API's load balancer resources. */
    private static final String API_BACKEND = "api";
    /** The front door's backend of the Console, named like its DNS label. */
    private static final String CONSOLE_BACKEND = "app";

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

    @Export(name = "checkpointBucketName", refs = String.class)
    private final Output<String> checkpointBucketName;

    @Export(name = "policyPackBucketName", refs = String.class)
    private final Output<String> policyPackBucketName;

    @Export(name = "metadataBucketName", refs = String.class)
    private final Output<String> metadataBucketName;

    @Export(name = "engineEventsBucketName", refs = String.class)
    private final @Nullable Output<String> engineEventsBucketName;

    @Export(name = "databaseEndpoint", refs = String.class)
    private final Output<String> databaseEndpoint;

    @Export(name = "databasePort", refs = Integer.class)
    private final Output<Integer> databasePort;

    @Export(name = "clusterName", refs = String.class)
    private final Output<String> clusterName;

    @Export(name = "apiServiceName", refs = String.class)
    private final Output<String> apiServiceName;

    @Export(name = "consoleServiceName", refs = String.class)
    private final Output<String> consoleServiceName;

    @Export(name = "apiLogGroupName", refs = String.class)
    private final Output<String> apiLogGroupName;

    @Export(name = "migrationsLogGroupName", refs = String.class)
    private final @Nullable Output<String> migrationsLogGroupName;

    @Export(name = "consoleLogGroupName", refs = String.class)
    private final Output<String> consoleLogGroupName;

    @Export(name = "apiSecurityGroupId", refs = String.class)
    private final Output<String> apiSecurityGroupId;

    @Export(name = "consoleSecurityGroupId", refs = String.class)
    private final Output<String> consoleSecurityGroupId;

    @Export(name = "databaseSecurityGroupId", refs = String.class)
    private final Output<String> databaseSecurityGroupId;

    @Export(name = "apiLoadBalancerSecurityGroupId", refs = String.class)
    private final Output<String> apiLoadBalancerSecurityGroupId;

    @Export(name = "consoleLoadBalancerSecurityGroupId", refs = String.class)
    private final Output<String> consoleLoadBalancerSecurityGroupId;

    @Export(name = "alertsTopicArn", refs = String.class)
    private final Output<String> alertsTopicArn;

    @Export(name = "kmsKeyArn", refs = String.class)
    private final Output<String> kmsKeyArn;

    @Export(name = "certificateArn", refs = String.class)
    private final Output<String> certificateArn;

    @Export(name = "backupVaultArn", refs = String.class)
    private final @Nullable Output<String> backupVaultArn;

    @Export(name = "backupCopyVaultArn", refs = String.class)
    private final @Nullable Output<String> backupCopyVaultArn;

    @Export(name = "searchDomainEndpoint", refs = String.class)
    private final @Nullable Output<String> searchDomainEndpoint;

    @Export(name = "searchDomainArn", refs = String.class)
    private final @Nullable Output<String> searchDomainArn;

    @Export(name = "searchSecurityGroupId", refs = String.class)
    private final @Nullable Output<String> searchSecurityGroupId;

    @Export(name = "searchCredentialsSecretArn", refs = String.class)
    private final @Nullable Output<String> searchCredentialsSecretArn;

    @Export(name = "vpcEndpointsSecurityGroupId", refs = String.class)
    private final @Nullable Output<String> vpcEndpointsSecurityGroupId;

    @Export(name = "clusterArn", refs = String.class)
    private final Output<String> clusterArn;

    @Export(name = "apiTaskRoleArn", refs = String.class)
    private final Output<String> apiTaskRoleArn;

    @Export(name = "apiExecutionRoleArn", refs = String.class)
    private final Output<String> apiExecutionRoleArn;

    @Export(name = "consoleExecutionRoleArn", refs = String.class)
    private final Output<String> consoleExecutionRoleArn;

    @Export(name = "migrationsExecutionRoleArn", refs = String.class)
    private final @Nullable Output<String> migrationsExecutionRoleArn;

    @Export(name = "licenseKeySecretArn", refs = String.class)
    private final Output<String> licenseKeySecretArn;

    @Export(name = "databaseCredentialsSecretArn", refs = String.class)
    private final Output<String> databaseCredentialsSecretArn;

    @Export(name = "smtpPasswordSecretArn", refs = String.class)
    private final @Nullable Output<String> smtpPasswordSecretArn;

    @Export(name = "samlPrivateKeySecretArn", refs = String.class)
    private final @Nullable Output<String> samlPrivateKeySecretArn;

    @Export(name = "recaptchaSecretKeySecretArn", refs = String.class)
    private final @Nullable Output<String> recaptchaSecretKeySecretArn;

    @Export(name = "agGridLicenseKeySecretArn", refs = String.class)
    private final @Nullable Output<String> agGridLicenseKeySecretArn;

    @Export(name = "registryCredentialsSecretArn", refs = String.class)
    private final @Nullable Output<String> registryCredentialsSecretArn;

    /**
     * @param name    the install's name (1-16 lowercase letters, digits or hyphens); every part and
     *                AWS name derives from it. It is part of each resource's identity: do not change
     *                it on an existing stack.
     * @param args    the install's settings
     * @param options component options
     * @throws InvalidArgumentsException listing every problem of {@code args}, before anything is created
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public PulumiSelfHostedEcs(String name, PulumiSelfHostedEcsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(name, args, options));
        String region = DeploymentRegion.resolve(args.region()).orElseThrow();
        List<TagArgs> tags = ResourceTags.withFixed(args.tags(), name);
        var network = args.network();
        var names = ServiceNames.of(args.domain());
        boolean internal = KnownValue.of(args.loadBalancing().internal()).orElse(LoadBalancingDefaults.INTERNAL);

        this.kmsKeyArn = args.kmsKeyArn().map(key -> ServiceKey.arnOf(key, this)).orElseGet(() -> new ServiceKey(name + "-key",
                ServiceKeyArgs.builder().tags(tags).build(), child()).keyArn());

        var buckets = ServiceBucketsArgs.builder();
        args.existingBuckets().ifPresentOrElse(existing -> {
            // Buckets an installer (or anyone) created: used as they are, nothing is created.
            buckets.checkpointBucketName(existing.checkpointBucketName())
                    .policyPackBucketName(existing.policyPackBucketName())
                    .metadataBucketName(existing.metadataBucketName());
            existing.engineEventsBucketName().ifPresent(buckets::engineEventsBucketName);
            existing.kmsKeyArn().ifPresent(buckets::kmsKeyArn);
        }, () -> {
            var storage = new ServiceStorage(name + "-storage", ServiceStorageArgs.builder()
                    .kmsKeyArn(kmsKeyArn)
                    .settings(args.storage())
                    .tags(tags)
                    .build(), child());
            buckets.checkpointBucketName(storage.checkpointBucketName())
                    .policyPackBucketName(storage.policyPackBucketName())
                    .metadataBucketName(storage.metadataBucketName());
            storage.engineEventsBucketName().ifPresent(buckets::engineEventsBucketName);
        });
        var serviceBuckets = buckets.build();

        var existingDatabase = args.existingDatabase();
        var secretsArgs = ServiceSecretsArgs.builder()
                .kmsKeyArn(kmsKeyArn)
                .licenseKey(args.licenseKey())
                .values(optionalSecrets(args))
                .tags(tags);
        existingDatabase.ifPresent(existing -> {
            // The user of a database that exists: kept as given, or already in a secret of its own.
            secretsArgs.storeDatabaseCredentials(existing.credentialsSecretArn().isEmpty());
            existing.username().ifPresent(secretsArgs::databaseUsername);
            existing.password().ifPresent(secretsArgs::databasePassword);
        });
        args.search().ifPresent(search -> secretsArgs.searchMasterUserName(search.masterUserName()));
        var secrets = new ServiceSecrets(name + "-secrets", secretsArgs.build(), child());
        Output<String> credentialsSecretArn = existingDatabase.flatMap(ExistingDatabaseArgs::credentialsSecretArn)
                .orElseGet(() -> secrets.databaseCredentialsSecretArn().orElseThrow());

        var connection = DatabaseConnectionArgs.builder().credentialsSecretArn(credentialsSecretArn);
        Output<String> clusterIdentifier;
        Output<Integer> readers;
        if (existingDatabase.isPresent()) {
            var existing = existingDatabase.get();
            connection.endpoint(existing.endpoint())
                    .port(existing.port())
                    .databaseName(existing.databaseName())
                    .securityGroupId(existing.securityGroupId());
            args.database().caCertificate().ifPresent(connection::caCertificate);
            clusterIdentifier = existing.clusterIdentifier().orElseGet(() -> existing.endpoint().applyValue(AuroraDatabase::clusterIdentifierOf));
            readers = existing.readerCount();
        } else {
            var database = new AuroraDatabase(name + "-database", AuroraDatabaseArgs.builder()
                    .vpcId(network.vpcId())
                    .subnetIds(network.isolatedSubnetIds())
                    .kmsKeyArn(kmsKeyArn)
                    .masterUsername(secrets.databaseUsername().orElseThrow())
                    .masterPassword(secrets.databasePassword().orElseThrow())
                    .settings(args.database())
                    .logRetentionDays(args.logRetentionDays())
                    .tags(tags)
                    .build(), child());
            connection.endpoint(database.endpoint())
                    .port(database.port())
                    .databaseName(database.databaseName())
                    .securityGroupId(database.securityGroupId());
            database.caCertificate().ifPresent(connection::caCertificate);
            clusterIdentifier = database.clusterIdentifier();
            readers = args.database().readerCount();
        }
        var databaseConnection = connection.build();

        var cluster = new FargateCluster(name, FargateClusterArgs.builder().tags(tags).build(), child());

        Output<String> zoneId = HostedZone.id(args.domain(), internal, this);
        this.certificateArn = args.domain().certificateArn().orElseGet(() -> new ServiceCertificate(name + "-certificate",
                ServiceCertificateArgs.builder()
                        .domainName(names.baseDomain())
                        .subjectAlternativeNames(names.apiDomain(), names.consoleDomain())
                        .zoneId(zoneId)
                        .tags(tags)
                        .build(), child()).certificateArn());

        var ingress = new ServiceIngress(name, ServiceIngressArgs.builder()
                .vpcId(network.vpcId())
                .publicSubnetIds(network.publicSubnetIds())
                .privateSubnetIds(network.privateSubnetIds())
                .certificateArn(certificateArn)
                .backends(
                        backend(API_BACKEND, names.apiDomain(), ApiService.PORT, ApiService.HEALTH_CHECK_PATH),
                        backend(CONSOLE_BACKEND, names.consoleDomain(), ConsoleService.PORT, ConsoleService.HEALTH_CHECK_PATH))
                .settings(args.loadBalancing())
                .logRetentionDays(args.logRetentionDays())
                .tags(tags)
                .build(), child());
        IngressTarget apiEntry = ingress.target(API_BACKEND);
        IngressTarget consoleEntry = ingress.target(CONSOLE_BACKEND);

        boolean limitEgress = KnownValue.of(network.limitEgress()).orElse(NetworkDefaults.LIMIT_EGRESS);
        boolean createEndpoints = KnownValue.of(network.vpcEndpoints()).orElse(NetworkDefaults.VPC_ENDPOINTS);
        @Nullable Output<String> vpcCidr = limitEgress || createEndpoints ? VpcEndpoints.cidrBlockOf(network.vpcId(), this) : null;
        Optional<VpcEndpoints> endpoints = createEndpoints
                ? Optional.of(vpcEndpoints(name, args, region, Objects.requireNonNull(vpcCidr), tags)) : Optional.empty();
        var egress = TaskEgressArgs.builder().limitToVpc(limitEgress);
        if (limitEgress) {
            egress.vpcCidr(vpcCidr).s3PrefixListId(endpoints.flatMap(VpcEndpoints::s3PrefixListId)
                    .orElseGet(() -> VpcEndpoints.s3PrefixListOf(this)));
        }
        var taskEgress = egress.build();

        Optional<ServiceSearch> search = args.search().map(settings -> new ServiceSearch(name + "-search", ServiceSearchArgs.builder()
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .kmsKeyArn(kmsKeyArn)
                .masterUserPassword(secrets.searchPassword().orElseThrow())
                .logRetentionDays(args.logRetentionDays())
                .settings(settings)
                .tags(tags)
                .build(), child()));

        var placement = PlacementArgs.builder()
                .clusterArn(cluster.clusterArn())
                .clusterName(cluster.clusterName())
                .region(region)
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .build();

        var apiArgs = ApiServiceArgs.builder()
                .placement(placement)
                .target(target(apiEntry))
                .database(databaseConnection)
                .buckets(serviceBuckets)
                .images(args.images())
                .apiDomain(names.apiDomain())
                .consoleDomain(names.consoleDomain())
                .licenseKeySecret(secrets.licenseKeyValueFrom())
                .registryCredentialsSecretArn(secrets.secretArn(REGISTRY_CREDENTIALS).orElse(null))
                .kmsKeyArn(kmsKeyArn)
                .previousKmsKeyArns(args.previousKmsKeyArns().orElse(null))
                .settings(args.api())
                .deploymentTimeoutMinutes(args.deploymentTimeoutMinutes())
                .logRetentionDays(args.logRetentionDays())
                .egress(taskEgress)
                .tags(tags);
        search.ifPresent(domain -> apiArgs.search(SearchConnectionArgs.builder()
                .endpoint(domain.endpoint())
                .username(args.search().orElseThrow().masterUserName())
                .passwordSecret(secrets.searchCredentialsSecretArn().orElseThrow().applyValue(arn -> arn + ":password::"))
                .securityGroupId(domain.securityGroupId())
                .domainArn(domain.domainArn())
                .build()));
        args.smtp().ifPresent(smtp -> apiArgs.smtp(SmtpDeliveryArgs.builder()
                .server(smtp.server())
                .username(smtp.username())
                .genericSender(smtp.genericSender())
                .passwordSecret(secrets.valueFrom(SMTP_PASSWORD).orElseThrow())
                .build()));
        args.saml().ifPresent(saml -> apiArgs.saml(SamlSigningArgs.builder()
                .certificatePublicKey(saml.certificatePublicKey())
                .privateKeySecret(secrets.valueFrom(SAML_PRIVATE_KEY).orElseThrow())
                .build()));
        secrets.valueFrom(RECAPTCHA_SECRET_KEY).ifPresent(apiArgs::recaptchaSecretKeySecret);
        var api = new ApiService(name + "-api", apiArgs.build(), child());

        var consoleArgs = ConsoleServiceArgs.builder()
                .placement(placement)
                .target(target(consoleEntry))
                .images(args.images())
                .registryCredentialsSecretArn(secrets.secretArn(REGISTRY_CREDENTIALS).orElse(null))
                .apiDomain(names.apiDomain())
                .consoleDomain(names.consoleDomain())
                .apiLoadBalancerSecurityGroupId(apiEntry.securityGroupId())
                .samlSsoEnabled(args.saml().isPresent())
                .secretsKmsKeyArn(kmsKeyArn)
                .settings(args.console())
                .deploymentTimeoutMinutes(args.deploymentTimeoutMinutes())
                .logRetentionDays(args.logRetentionDays())
                .egress(taskEgress)
                .tags(tags);
        args.recaptcha().ifPresent(r -> consoleArgs.recaptchaSiteKey(r.siteKey()));
        secrets.valueFrom(AG_GRID_LICENSE_KEY).ifPresent(consoleArgs::agGridLicenseKeySecret);
        // Nothing of a new version starts before its migrations succeeded, the Console included.
        api.migrationsResult().ifPresent(consoleArgs::deploymentGate);
        var console = new ConsoleService(name + "-console", consoleArgs.build(), child());

        var alarms = new ServiceAlarms(name + "-alarms", ServiceAlarmsArgs.builder()
                .kmsKeyArn(kmsKeyArn)
                .clusterName(cluster.clusterName())
                .services(
                        monitored(API_BACKEND, api.serviceArn(), api.serviceName(), args.api().sizing(), apiEntry),
                        monitored(CONSOLE_BACKEND, console.serviceArn(), console.serviceName(), args.console().sizing(), consoleEntry))
                .databaseClusterIdentifier(clusterIdentifier)
                .databaseReaders(readers)
                // A certificate this install created is renewed by ACM; a given one may not be.
                .certificateArn(args.domain().certificateArn().orElse(null))
                .settings(args.monitoring())
                .tags(tags)
                .build(), child());

        var backup = args.backup().map(settings -> {
            var resources = ServiceBackupArgs.builder()
                    .kmsKeyArn(kmsKeyArn)
                    .bucketNames(bucketNames(serviceBuckets))
                    .databaseClusterIdentifier(clusterIdentifier)
                    .settings(settings)
                    .tags(tags);
            return new ServiceBackup(name + "-backup", resources.build(), child());
        });

        new ServiceDns(name + "-dns", ServiceDnsArgs.builder()
                .zoneId(zoneId)
                .overwriteRecords(args.domain().overwriteRecords())
                .records(alias(names.apiDomain(), apiEntry), alias(names.consoleDomain(), consoleEntry))
                .build(), child());

        this.apiUrl = Output.of(names.apiUrl());
        this.consoleUrl = Output.of(names.consoleUrl());
        this.apiLoadBalancerDnsName = apiEntry.dnsName();
        this.apiLoadBalancerZoneId = apiEntry.zoneId();
        this.consoleLoadBalancerDnsName = consoleEntry.dnsName();
        this.consoleLoadBalancerZoneId = consoleEntry.zoneId();
        this.checkpointBucketName = serviceBuckets.checkpointBucketName();
        this.policyPackBucketName = serviceBuckets.policyPackBucketName();
        this.metadataBucketName = serviceBuckets.metadataBucketName();
        this.engineEventsBucketName = serviceBuckets.engineEventsBucketName().orElse(null);
        this.databaseEndpoint = databaseConnection.endpoint();
        this.databasePort = databaseConnection.port();
        this.clusterName = cluster.clusterName();
        this.apiServiceName = api.serviceName();
        this.consoleServiceName = console.serviceName();
        this.apiLogGroupName = api.logGroupName();
        this.migrationsLogGroupName = api.migrationsLogGroupName().orElse(null);
        this.consoleLogGroupName = console.logGroupName();
        this.apiSecurityGroupId = api.securityGroupId();
        this.consoleSecurityGroupId = console.securityGroupId();
        this.databaseSecurityGroupId = databaseConnection.securityGroupId();
        this.apiLoadBalancerSecurityGroupId = apiEntry.securityGroupId();
        this.consoleLoadBalancerSecurityGroupId = consoleEntry.securityGroupId();
        this.alertsTopicArn = alarms.topicArn();
        this.backupVaultArn = backup.map(ServiceBackup::vaultArn).orElse(null);
        this.backupCopyVaultArn = backup.flatMap(ServiceBackup::copyVaultArn).orElse(null);
        this.searchDomainEndpoint = search.map(ServiceSearch::endpoint).orElse(null);
        this.searchDomainArn = search.map(ServiceSearch::domainArn).orElse(null);
        this.searchSecurityGroupId = search.map(ServiceSearch::securityGroupId).orElse(null);
        this.searchCredentialsSecretArn = secrets.searchCredentialsSecretArn().orElse(null);
        this.vpcEndpointsSecurityGroupId = endpoints.map(VpcEndpoints::securityGroupId).orElse(null);
        this.clusterArn = cluster.clusterArn();
        this.apiTaskRoleArn = api.taskRoleArn();
        this.apiExecutionRoleArn = api.executionRoleArn();
        this.consoleExecutionRoleArn = console.executionRoleArn();
        this.migrationsExecutionRoleArn = api.migrationsExecutionRoleArn().orElse(null);
        this.licenseKeySecretArn = secrets.licenseKeySecretArn();
        this.databaseCredentialsSecretArn = credentialsSecretArn;
        this.smtpPasswordSecretArn = secrets.secretArn(SMTP_PASSWORD).orElse(null);
        this.samlPrivateKeySecretArn = secrets.secretArn(SAML_PRIVATE_KEY).orElse(null);
        this.recaptchaSecretKeySecretArn = secrets.secretArn(RECAPTCHA_SECRET_KEY).orElse(null);
        this.agGridLicenseKeySecretArn = secrets.secretArn(AG_GRID_LICENSE_KEY).orElse(null);
        this.registryCredentialsSecretArn = secrets.secretArn(REGISTRY_CREDENTIALS).orElse(null);
        registerOutputs(outputs());
    }

    /**
     * The VPC endpoints of {@link io.selfhosted.pulumi.ecs.network.NetworkArgs#vpcEndpointServices()},
     * plus SES's SMTP interface when the service sends email through SES in its own region.
     */
    private VpcEndpoints vpcEndpoints(String name, PulumiSelfHostedEcsArgs args, String region, Output<String> vpcCidr,
                                      List<TagArgs> tags) {
        var network = args.network();
        List<String> services = new ArrayList<>(KnownValue.of(network.vpcEndpointServices()).orElseThrow());
        var endpoint = VpcEndpointsArgs.builder()
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .vpcCidr(vpcCidr)
                .tags(tags);
        network.routeTableIds().ifPresent(endpoint::routeTableIds);
        var partition = io.selfhosted.pulumi.ecs.internal.AwsPartition.ofRegion(region);
        args.smtp().flatMap(smtp -> KnownValue.of(smtp.server()))
                .filter(server -> SmtpServers.sesRegionOf(server, partition).filter(region::equals).isPresent())
                .ifPresent(server -> {
                    services.add(NetworkDefaults.EMAIL_SMTP);
                    SmtpServers.portOf(server).ifPresent(endpoint::smtpPort);
                });
        return new VpcEndpoints(name + "-endpoints", endpoint.services(services).build(), child());
    }

    /** Every bucket the service uses, created or given. */
    private static List<Output<String>> bucketNames(ServiceBucketsArgs buckets) {
        List<Output<String>> names = new ArrayList<>(List.of(buckets.checkpointBucketName(), buckets.policyPackBucketName(),
                buckets.metadataBucketName()));
        buckets.engineEventsBucketName().ifPresent(names::add);
        return names;
    }

    /** Keys of the optional secrets in {@link ServiceSecrets}; they name the secrets' resources. */
    private static final String SMTP_PASSWORD = "smtp-password";
    private static final String SAML_PRIVATE_KEY = "saml-private-key";
    private static final String RECAPTCHA_SECRET_KEY = "recaptcha-secret-key";
    private static final String AG_GRID_LICENSE_KEY = "ag-grid-license-key";
    private static final String REGISTRY_CREDENTIALS = "registry-credentials";

    private static List<SecretValueArgs> optionalSecrets(PulumiSelfHostedEcsArgs args) {
        List<SecretValueArgs> values = new ArrayList<>();
        args.smtp().ifPresent(smtp -> values.add(secretValue(SMTP_PASSWORD, "SMTP password of the Pulumi Service", smtp.password())));
        args.saml().ifPresent(saml -> values.add(secretValue(SAML_PRIVATE_KEY, "SAML certificate private key of the Pulumi Service",
                saml.certificatePrivateKey())));
        args.recaptcha().ifPresent(r -> values.add(secretValue(RECAPTCHA_SECRET_KEY,
                "Turnstile (reCAPTCHA) secret key of the Pulumi Service", r.secretKey())));
        args.agGridLicenseKey().ifPresent(key -> values.add(secretValue(AG_GRID_LICENSE_KEY, "AG Grid license key of the Pulumi Console", key)));
        Optional.ofNullable(args.images()).flatMap(ContainerImagesArgs::credentials).ifPresent(login -> values.add(secretValue(
                REGISTRY_CREDENTIALS, "Registry login the Pulumi Service images are pulled with",
                Output.tuple(login.username(), login.password())
                        .applyValue(t -> Json.write(Map.of("username", t.t1, "password", t.t2))).asSecret())));
        return values;
    }

    private static SecretValueArgs secretValue(String key, String description, Output<String> value) {
        return SecretValueArgs.builder().key(key).description(description).value(value).build();
    }

    private static ComponentResourceOptions validated(String name, PulumiSelfHostedEcsArgs args,
                                                      @Nullable ComponentResourceOptions options) {
        var problems = validate(name, args);
        if (!problems.isEmpty()) {
            throw new InvalidArgumentsException("PulumiSelfHostedEcsArgs", problems);
        }
        return options;
    }

    /**
     * Every problem of {@code args} for an install named {@code name}, without creating anything;
     * empty when they are valid. Must run inside a Pulumi program (it reads the stack's
     * {@code aws:region} config when {@link PulumiSelfHostedEcsArgs#region()} is unset).
     */
    public static List<Problem> validate(String name, PulumiSelfHostedEcsArgs args) {
        var problems = new Problems();
        PulumiSelfHostedEcsValidation.name(problems, name);
        // Every unset required property at once: those of the top here, those of a group by it.
        // (Each group's problems are memoised, so the component's own check repeats nothing.)
        problems.addAll("", RequiredProperties.unsetHere(args));
        Optional.ofNullable(args.network()).ifPresent(network -> problems.addAll("network", network.problems()));
        Optional.ofNullable(args.domain()).ifPresent(domain -> problems.addAll("domain", domain.problems()));
        Optional.ofNullable(args.images()).ifPresent(images -> problems.addAll("images", images.problems()));
        problems.addAll("database", args.database().problems());
        problems.addAll("api", args.api().problems());
        problems.addAll("console", args.console().problems());
        problems.addAll("loadBalancing", args.loadBalancing().problems());
        problems.addAll("storage", args.storage().problems());
        problems.addAll("monitoring", args.monitoring().problems());
        args.smtp().ifPresent(smtp -> problems.addAll("smtp", smtp.problems()));
        args.backup().ifPresent(backup -> problems.addAll("backup", backup.problems()));
        args.search().ifPresent(search -> {
            problems.addAll("search", search.problems());
            Optional.ofNullable(args.network()).flatMap(n -> KnownValue.of(n.privateSubnetIds()))
                    .ifPresent(ids -> problems.addAll("search", search.placementProblems(ids.size())));
        });
        args.saml().ifPresent(saml -> problems.addAll("saml", saml.problems()));
        args.recaptcha().ifPresent(recaptcha -> problems.addAll("recaptcha", recaptcha.problems()));
        args.existingDatabase().ifPresent(database -> problems.addAll("existingDatabase", database.problems()));
        args.existingBuckets().ifPresent(buckets -> problems.addAll("existingBuckets", buckets.problems()));
        // What the install's region decides is checked each time: the stack's region may differ.
        PulumiSelfHostedEcsValidation.install(problems, args);
        return problems.all();
    }

    /** Every output of the install by name, as its {@link Export} fields declare them. */
    public Map<String, Output<?>> outputs() {
        return ExportedOutputs.of(this);
    }

    private ComponentResourceOptions child() {
        return ComponentResourceOptions.builder().parent(this).build();
    }

    private static BackendArgs backend(String name, String hostName, int port, String healthCheckPath) {
        return BackendArgs.builder().name(name).hostName(hostName).port(port).healthCheckPath(healthCheckPath).build();
    }

    private static MonitoredServiceArgs monitored(String name, Output<String> serviceArn, Output<String> serviceName,
                                                  TaskSizingArgs sizing, IngressTarget entry) {
        return MonitoredServiceArgs.builder()
                .name(name)
                .serviceArn(serviceArn)
                .serviceName(serviceName)
                .minRunningTasks(sizing.minCount().orElseThrow())
                .targetGroupArnSuffix(entry.targetGroupArnSuffix())
                .loadBalancerArnSuffix(entry.loadBalancerArnSuffix())
                .build();
    }

    private static LoadBalancerTargetArgs target(IngressTarget entry) {
        return LoadBalancerTargetArgs.builder().targetGroupArn(entry.targetGroupArn()).securityGroupId(entry.securityGroupId()).build();
    }

    private static AliasRecordArgs alias(String fqdn, IngressTarget entry) {
        return AliasRecordArgs.builder().name(fqdn).targetDnsName(entry.dnsName()).targetZoneId(entry.zoneId()).build();
    }

    /** {@code https://api.<domain>}: the URL the Pulumi CLI logs in to. */
    public Output<String> apiUrl() {
        return apiUrl;
    }

    /** {@code https://app.<domain>}: the Console's URL. */
    public Output<String> consoleUrl() {
        return consoleUrl;
    }

    /** The DNS name of the load balancer in front of the API. */
    public Output<String> apiLoadBalancerDnsName() {
        return apiLoadBalancerDnsName;
    }

    /** The canonical hosted zone id of the load balancer in front of the API. */
    public Output<String> apiLoadBalancerZoneId() {
        return apiLoadBalancerZoneId;
    }

    /** The DNS name of the load balancer in front of the Console. */
    public Output<String> consoleLoadBalancerDnsName() {
        return consoleLoadBalancerDnsName;
    }

    /** The canonical hosted zone id of the load balancer in front of the Console. */
    public Output<String> consoleLoadBalancerZoneId() {
        return consoleLoadBalancerZoneId;
    }

    /** The checkpoint bucket's name. */
    public Output<String> checkpointBucketName() {
        return checkpointBucketName;
    }

    /** The policy pack bucket's name. */
    public Output<String> policyPackBucketName() {
        return policyPackBucketName;
    }

    /** The service metadata bucket's name. */
    public Output<String> metadataBucketName() {
        return metadataBucketName;
    }

    /** The engine events bucket's name, when one is created. */
    public Optional<Output<String>> engineEventsBucketName() {
        return Optional.ofNullable(engineEventsBucketName);
    }

    /** The database writer endpoint's host name. */
    public Output<String> databaseEndpoint() {
        return databaseEndpoint;
    }

    /** The database port. */
    public Output<Integer> databasePort() {
        return databasePort;
    }

    /** The ECS cluster's name. */
    public Output<String> clusterName() {
        return clusterName;
    }

    /** The API's ECS service name. */
    public Output<String> apiServiceName() {
        return apiServiceName;
    }

    /** The Console's ECS service name. */
    public Output<String> consoleServiceName() {
        return consoleServiceName;
    }

    /** The API's log group. */
    public Output<String> apiLogGroupName() {
        return apiLogGroupName;
    }

    /** The migrations task's log group, unless the migrations are run by hand. */
    public Optional<Output<String>> migrationsLogGroupName() {
        return Optional.ofNullable(migrationsLogGroupName);
    }

    /** The Console log group. */
    public Output<String> consoleLogGroupName() {
        return consoleLogGroupName;
    }

    /** The API tasks' security group. */
    public Output<String> apiSecurityGroupId() {
        return apiSecurityGroupId;
    }

    /** The Console tasks' security group. */
    public Output<String> consoleSecurityGroupId() {
        return consoleSecurityGroupId;
    }

    /** The database's security group. */
    public Output<String> databaseSecurityGroupId() {
        return databaseSecurityGroupId;
    }

    /** The security group of the load balancer in front of the API. */
    public Output<String> apiLoadBalancerSecurityGroupId() {
        return apiLoadBalancerSecurityGroupId;
    }

    /** The security group of the load balancer in front of the Console. */
    public Output<String> consoleLoadBalancerSecurityGroupId() {
        return consoleLoadBalancerSecurityGroupId;
    }

    /** The SNS topic of the install's alerts (failed deployments, alarms): subscribe to it to hear of failures. */
    public Output<String> alertsTopicArn() {
        return alertsTopicArn;
    }

    /** The service's KMS key: the one given, or the one created. */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /** The TLS certificate: the one given, or the one created and validated. */
    public Output<String> certificateArn() {
        return certificateArn;
    }

    /** The AWS Backup vault (ARN) of the install's recovery points, when backup is on. */
    public Optional<Output<String>> backupVaultArn() {
        return Optional.ofNullable(backupVaultArn);
    }

    /** The second region's backup vault (ARN) holding the copies, when a copy region is set. */
    public Optional<Output<String>> backupCopyVaultArn() {
        return Optional.ofNullable(backupCopyVaultArn);
    }

    /** The search domain's URL ({@code https://<endpoint>:443}), when search is on. */
    public Optional<Output<String>> searchDomainEndpoint() {
        return Optional.ofNullable(searchDomainEndpoint);
    }

    /** The search domain's ARN, when search is on. */
    public Optional<Output<String>> searchDomainArn() {
        return Optional.ofNullable(searchDomainArn);
    }

    /** The search domain's security group, when search is on: it admits the API tasks only. */
    public Optional<Output<String>> searchSecurityGroupId() {
        return Optional.ofNullable(searchSecurityGroupId);
    }

    /** The secret (ARN, never the value) holding the search master user's generated credentials, when search is on. */
    public Optional<Output<String>> searchCredentialsSecretArn() {
        return Optional.ofNullable(searchCredentialsSecretArn);
    }

    /** The security group of the interface VPC endpoints, when the install creates them. */
    public Optional<Output<String>> vpcEndpointsSecurityGroupId() {
        return Optional.ofNullable(vpcEndpointsSecurityGroupId);
    }

    /** The ECS cluster's ARN, for services or tasks of other stacks in the same cluster. */
    public Output<String> clusterArn() {
        return clusterArn;
    }

    /**
     * The role the API containers call AWS with (the buckets, the service key): name it in the
     * bucket or key policies of resources the API must reach elsewhere.
     */
    public Output<String> apiTaskRoleArn() {
        return apiTaskRoleArn;
    }

    /**
     * The role ECS starts the API tasks with: it pulls the images, reads the API's secrets and
     * decrypts them with the service key (a given key's policy must allow it {@code kms:Decrypt}).
     */
    public Output<String> apiExecutionRoleArn() {
        return apiExecutionRoleArn;
    }

    /** The role ECS starts the Console tasks with: it pulls the images and reads the Console's secrets. */
    public Output<String> consoleExecutionRoleArn() {
        return consoleExecutionRoleArn;
    }

    /** The role ECS starts the migrations task with, unless migrations are turned off ({@code api.runMigrations}). */
    public Optional<Output<String>> migrationsExecutionRoleArn() {
        return Optional.ofNullable(migrationsExecutionRoleArn);
    }

    /** The Secrets Manager secret (ARN, never the value) holding the license key. */
    public Output<String> licenseKeySecretArn() {
        return licenseKeySecretArn;
    }

    /**
     * The Secrets Manager secret (ARN, never the value) holding the database credentials as JSON
     * {@code {"username","password"}}: the one created, or the one given for an existing database.
     */
    public Output<String> databaseCredentialsSecretArn() {
        return databaseCredentialsSecretArn;
    }

    /** The secret (ARN) holding the SMTP password, when email is configured. */
    public Optional<Output<String>> smtpPasswordSecretArn() {
        return Optional.ofNullable(smtpPasswordSecretArn);
    }

    /** The secret (ARN) holding the SAML certificate's private key, when SAML SSO is configured. */
    public Optional<Output<String>> samlPrivateKeySecretArn() {
        return Optional.ofNullable(samlPrivateKeySecretArn);
    }

    /** The secret (ARN) holding the reCAPTCHA/Turnstile secret key, when configured. */
    public Optional<Output<String>> recaptchaSecretKeySecretArn() {
        return Optional.ofNullable(recaptchaSecretKeySecretArn);
    }

    /** The secret (ARN) holding the AG Grid license key, when given. */
    public Optional<Output<String>> agGridLicenseKeySecretArn() {
        return Optional.ofNullable(agGridLicenseKeySecretArn);
    }

    /** The secret (ARN) holding the image registry credentials, when given. */
    public Optional<Output<String>> registryCredentialsSecretArn() {
        return Optional.ofNullable(registryCredentialsSecretArn);
    }
}
