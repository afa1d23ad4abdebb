package io.selfhosted.pulumi.ecs.database;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.GetSubnetArgs;
import com.pulumi.aws.ec2.outputs.GetSubnetResult;
import com.pulumi.aws.rds.Cluster;
import com.pulumi.aws.rds.ClusterArgs;
import com.pulumi.aws.rds.ClusterInstance;
import com.pulumi.aws.rds.ClusterInstanceArgs;
import com.pulumi.aws.rds.ClusterParameterGroup;
import com.pulumi.aws.rds.ClusterParameterGroupArgs;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.rds.SubnetGroupArgs;
import com.pulumi.aws.rds.inputs.ClusterParameterGroupParameterArgs;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's Aurora MySQL 3 (MySQL 8.0) cluster in the isolated subnets: a writer and, by
 * default, one reader in another availability zone; storage, snapshots and Performance Insights
 * encrypted with the service key; automated backups; deletion protection and a final snapshot;
 * tags copied to snapshots; logs exported to CloudWatch; and a cluster parameter group with a
 * strict {@code sql_mode} (the service's migrations need {@code STRICT_TRANS_TABLES}), the audit
 * log on, and optionally TLS required for every connection.
 *
 * <p>Its security group admits nobody: the part that needs the database (the API service) adds
 * the rule that admits its own tasks. The cluster is protected and retained.
 */
public class AuroraDatabase extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:database:AuroraDatabase";

    /** The engine's MySQL port. */
    public static final int PORT = DatabaseDefaults.PORT;

    /** Queries slower than this many seconds go to the slow query log. */
    static final int SLOW_QUERY_SECONDS = 2;

    /** The strict SQL mode the Pulumi Service's schema migrations require. */
    static final String SQL_MODE = "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    @Export(name = "endpoint", refs = String.class)
    private final Output<String> endpoint;

    @Export(name = "readerEndpoint", refs = String.class)
    private final Output<String> readerEndpoint;

    @Export(name = "port", refs = Integer.class)
    private final Output<Integer> port;

    @Export(name = "clusterIdentifier", refs = String.class)
    private final Output<String> clusterIdentifier;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    @Export(name = "databaseName", refs = String.class)
    private final Output<String> databaseName;

    private final @Nullable Output<String> caCertificate;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    network, key, credentials and cluster settings
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public AuroraDatabase(String name, AuroraDatabaseArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var settings = args.settings();
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));

        var securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(args.vpcId())
                .description("Pulumi Service database: admits only the API tasks")
                .tags(tags)
                .build(), ChildOptions.of(this));

        var subnetGroup = new SubnetGroup(name, SubnetGroupArgs.builder()
                .description("Isolated subnets of the Pulumi Service database")
                .subnetIds(args.subnetIds())
                .tags(tags)
                .build(), ChildOptions.of(this));

        var parameters = new ClusterParameterGroup(name, ClusterParameterGroupArgs.builder()
                .family("aurora-mysql8.0")
                // A parameter group's description cannot change without replacing it: it claims
                // nothing that depends on settings (TLS, which logs); the parameters say that.
                .description("Pulumi Service database cluster parameters")
                .parameters(parameters(settings))
                .tags(tags)
                .build(), ChildOptions.of(this));

        // RDS writes exported logs to /aws/rds/cluster/<identifier>/<log>, creating the group
        // without retention (logs kept forever) unless it exists: so the identifier is fixed and
        // the groups are created first, with the install's retention.
        String identifier = PhysicalNames.of(name, "", 63);
        List<Resource> logGroups = new ArrayList<>();
        for (String log : KnownValue.of(settings.logExports()).orElse(DatabaseDefaults.LOG_EXPORTS)) {
            var logGroup = new LogGroup(name + "-" + log, LogGroupArgs.builder()
                    .name("/aws/rds/cluster/" + identifier + "/" + log)
                    .retentionInDays(args.logRetentionDays())
                    .tags(tags)
                    // Kept with the (retained) cluster, which goes on exporting into them.
                    .build(), ChildOptions.retained(this).build());
            logGroups.add(logGroup);
        }

        var cluster = new Cluster(name, ClusterArgs.builder()
                .clusterIdentifier(identifier)
                .engine("aurora-mysql")
                .engineMode("provisioned")
                .engineVersion(settings.engineVersion())
                .databaseName(settings.databaseName())
                .masterUsername(args.masterUsername())
                .masterPassword(args.masterPassword())
                .port(PORT)
                .dbSubnetGroupName(subnetGroup.name())
                .vpcSecurityGroupIds(securityGroup.id().applyValue(List::of))
                .dbClusterParameterGroupName(parameters.name())
                .storageEncrypted(true)
                .kmsKeyId(args.kmsKeyArn())
                .backupRetentionPeriod(settings.backupRetentionDays())
                .preferredBackupWindow(settings.preferredBackupWindow())
                .preferredMaintenanceWindow(settings.preferredMaintenanceWindow())
                .copyTagsToSnapshot(true)
                .deletionProtection(settings.deletionProtection())
                .skipFinalSnapshot(false)
                // The snapshot RDS takes when the cluster is deleted after all.
                .finalSnapshotIdentifier(PhysicalNames.of(name, "final", 255))
                .enabledCloudwatchLogsExports(settings.logExports())
                .allowMajorVersionUpgrade(false)
                .engineLifecycleSupport(settings.extendedSupport().applyValue(paid -> paid
                        ? "open-source-rds-extended-support" : "open-source-rds-extended-support-disabled"))
                .tags(tags)
                .build(), ChildOptions.stateful(this)
                .dependsOn(logGroups)
                // AWS applies minor upgrades in the maintenance window; a later run must not try
                // to roll the cluster back to the version it was created with. The storage key
                // cannot change without replacing the cluster (and losing it): the cluster keeps
                // the key it was created with, see README "Changing the KMS key".
                .ignoreChanges("engineVersion", "kmsKeyId")
                .build());

        int readers = KnownValue.of(settings.readerCount()).orElse(DatabaseDefaults.READER_COUNT);
        Output<List<String>> zones = availabilityZones(args.subnetIds());
        // All instances are created at once (Aurora makes one of them the writer, and fails over
        // between them later), so they are named by number, not by a role they may lose.
        List<Output<String>> instanceIds = new ArrayList<>();
        for (int i = 0; i <= readers; i++) {
            instanceIds.add(instance(name + "-" + (i + 1), i, cluster, zones, settings, args, tags).id());
        }

        // The cluster endpoint answers only once an instance exists (minutes after the cluster):
        // the endpoint output carries the instances, so its users wait for them.
        this.endpoint = Output.tuple(Output.all(instanceIds), cluster.endpoint()).applyValue(t -> t.t2);
        this.readerEndpoint = cluster.readerEndpoint();
        this.port = cluster.port();
        this.clusterIdentifier = cluster.clusterIdentifier();
        this.securityGroupId = securityGroup.id();
        this.databaseName = settings.databaseName();
        this.caCertificate = settings.caCertificate().orElse(null);
        registerOutputs(Map.of("endpoint", endpoint, "readerEndpoint", readerEndpoint, "port", port,
                "clusterIdentifier", clusterIdentifier, "securityGroupId", securityGroupId));
    }

    /**
     * One instance; instance {@code index} goes to the zone of subnet {@code index} (modulo), so
     * the instances land in different zones. The first has the highest failover priority.
     */
    private ClusterInstance instance(String logicalName, int index, Cluster cluster, Output<List<String>> zones,
                                     DatabaseArgs settings, AuroraDatabaseArgs args, Output<Map<String, String>> tags) {
        var options = ChildOptions.builder(this);
        boolean performanceInsights = KnownValue.of(settings.performanceInsights()).orElse(false);
        var instanceArgs = ClusterInstanceArgs.builder()
                .clusterIdentifier(cluster.id())
                .engine("aurora-mysql")
                .instanceClass(settings.instanceClass().applyValue(Either::ofLeft))
                .availabilityZone(zones.applyValue(z -> z.get(index % z.size())))
                .promotionTier(index == 0 ? 0 : 1)
                .publiclyAccessible(false)
                .autoMinorVersionUpgrade(true)
                .performanceInsightsEnabled(performanceInsights)
                .tags(tags);
        if (performanceInsights) {
            instanceArgs.performanceInsightsKmsKeyId(args.kmsKeyArn());
        }
        // The zone is chosen at creation; reordering or adding subnets later must not move (and so
        // replace) a running instance; nor may a new service key replace it (as the cluster, it
        // keeps the key it was created with).
        return new ClusterInstance(logicalName, instanceArgs.build(),
                options.ignoreChanges("availabilityZone", "performanceInsightsKmsKeyId").build());
    }

    /**
     * The cluster parameters: strict SQL mode; TLS required when asked; and, when the audit log is
     * exported, the audit plugin on for connections and schema and permission changes (not every
     * query, which would cost more than it tells).
     */
    private static List<ClusterParameterGroupParameterArgs> parameters(DatabaseArgs settings) {
        List<ClusterParameterGroupParameterArgs> parameters = new ArrayList<>(List.of(
                parameter("sql_mode", Output.of(SQL_MODE)),
                parameter("require_secure_transport", settings.requireSecureTransport().applyValue(on -> on ? "ON" : "OFF"))));
        List<String> logs = KnownValue.of(settings.logExports()).orElse(DatabaseDefaults.LOG_EXPORTS);
        if (logs.contains("slowquery")) {
            // Without the slow query log on, an exported slowquery log stays empty.
            parameters.add(parameter("slow_query_log", Output.of("1")));
            parameters.add(parameter("long_query_time", Output.of(String.valueOf(SLOW_QUERY_SECONDS))));
            parameters.add(parameter("log_output", Output.of("FILE")));
        }
        if (logs.contains("audit")) {
            parameters.add(parameter("server_audit_logging", Output.of("1")));
            parameters.add(parameter("server_audit_events", Output.of("CONNECT,QUERY_DCL,QUERY_DDL")));
            parameters.add(parameter("server_audit_excl_users", Output.of("rdsadmin")));
        }
        return parameters;
    }

    private static ClusterParameterGroupParameterArgs parameter(String name, Output<String> value) {
        return ClusterParameterGroupParameterArgs.builder().name(name).value(value).applyMethod("immediate").build();
    }

    /** The availability zone of each subnet, in the order given. */
    private Output<List<String>> availabilityZones(Output<List<String>> subnetIds) {
        var invokeOptions = InvokeOptions.builder().parent(this).build();
        return subnetIds.apply(ids -> {
            List<Output<String>> zones = new ArrayList<>();
            for (String id : ids) {
                zones.add(Ec2Functions.getSubnet(GetSubnetArgs.builder().id(id).build(), invokeOptions)
                        .applyValue(GetSubnetResult::availabilityZone));
            }
            return Output.all(zones);
        });
    }

    private static ComponentResourceOptions validated(AuroraDatabaseArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("AuroraDatabaseArgs");
        }
        KnownValue.of(args.vpcId()).ifPresent(id -> Validators.ec2Id(problems, "vpcId", id, "vpc"));
        KnownValue.of(args.subnetIds()).ifPresent(ids -> Validators.subnetIds(problems, "subnetIds", ids, 2, "isolated"));
        problems.addAll("settings", args.settings().problems());
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Validators.logRetention(problems, "logRetentionDays", d));
        problems.throwIfAny("AuroraDatabaseArgs");
        return options;
    }

    /** The writer endpoint's host name. */
    public Output<String> endpoint() {
        return endpoint;
    }

    /** The load-balanced reader endpoint's host name. */
    public Output<String> readerEndpoint() {
        return readerEndpoint;
    }

    /** The MySQL port. */
    public Output<Integer> port() {
        return port;
    }

    /** The cluster identifier. */
    public Output<String> clusterIdentifier() {
        return clusterIdentifier;
    }

    /** The database's security group; clients add their own ingress rule to it. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /** The name of the service's database. */
    public Output<String> databaseName() {
        return databaseName;
    }

    /** The CA bundle (PEM) clients verify the database's TLS certificate with, when TLS is configured. */
    public Optional<Output<String>> caCertificate() {
        return Optional.ofNullable(caCertificate);
    }

    /**
     * The identifier of the cluster a writer endpoint names: its first label (RDS endpoints are
     * {@code <identifier>.cluster-<id>.<region>.rds.amazonaws.com}).
     */
    public static String clusterIdentifierOf(String endpoint) {
        int dot = endpoint.indexOf('.');
        return dot < 0 ? endpoint : endpoint.substring(0, dot);
    }
}
