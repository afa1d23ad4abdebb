package io.selfhosted.pulumi.ecs.database;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_SUBNET_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.ingressRulesOf;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.taskSecurityGroupId;
import static org.assertj.core.api.Assertions.assertThat;

/** The Aurora MySQL cluster: engine, encryption, backups, protection, parameters and placement. */
class AuroraDatabaseTest {
    private static final String KEY = SampleInstall.arn(SampleInstall.REGION, "kms", "key/1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b");
    private static final List<String> ISOLATED = List.of("subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022");

    private static Plan standalone;
    private static PlannedResource cluster;

    @BeforeAll
    static void run() {
        standalone = database(ISOLATED, s -> s);
        cluster = standalone.single(RDS_CLUSTER);
    }

    private static Plan database(List<String> subnets, UnaryOperator<DatabaseArgs.Builder> settings) {
        return SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new AuroraDatabase("db",
                AuroraDatabaseArgs.builder()
                        .vpcId("vpc-0a1b2c3d4e5f67890")
                        .subnetIds(subnets)
                        .kmsKeyArn(KEY)
                        .masterUsername("pulumi_admin")
                        .masterPassword(Output.ofSecret("Sup3rS3cretPassw0rdOfFortyCharactersXyZ1"))
                        .settings(settings.apply(DatabaseArgs.builder()).build())
                        .build(), null)).requireSuccess();
    }

    @Test
    void isAuroraMysql8Provisioned() {
        assertThat(cluster.string("engine")).isEqualTo("aurora-mysql");
        assertThat(cluster.string("engineMode")).isEqualTo("provisioned");
        assertThat(cluster.string("engineVersion")).isEqualTo(DatabaseDefaults.ENGINE_VERSION).startsWith("8.0.mysql_aurora.3.");
        assertThat(cluster.bool("allowMajorVersionUpgrade")).isFalse();
        assertThat(cluster.integer("port")).isEqualTo(3306);
    }

    @Test
    void storageIsEncryptedWithTheServiceKey() {
        assertThat(cluster.bool("storageEncrypted")).isTrue();
        assertThat(cluster.string("kmsKeyId")).isEqualTo(KEY);
    }

    @Test
    void backupsAndSnapshotsAreOnByDefault() {
        assertThat(cluster.integer("backupRetentionPeriod")).isEqualTo(7);
        assertThat(cluster.bool("deletionProtection")).isTrue();
        assertThat(cluster.bool("skipFinalSnapshot")).isFalse();
        assertThat(cluster.string("finalSnapshotIdentifier")).isNotBlank().matches("^[a-zA-Z][a-zA-Z0-9-]*$");
        assertThat(cluster.bool("copyTagsToSnapshot")).isTrue();
        assertThat(cluster.list("enabledCloudwatchLogsExports")).containsExactlyInAnyOrder("audit", "error", "slowquery");
    }

    @Test
    void backupRetentionCanBeOverridden() {
        Plan custom = database(ISOLATED, s -> s.backupRetentionDays(21));
        assertThat(custom.single(RDS_CLUSTER).integer("backupRetentionPeriod")).isEqualTo(21);
    }

    @Test
    void theParameterGroupIsStrictAndAudits() {
        var parameters = standalone.single(RDS_CLUSTER_PARAMETER_GROUP);
        assertThat(parameters.string("family")).isEqualTo("aurora-mysql8.0");
        assertThat(parameter(parameters, "sql_mode")).contains("STRICT_TRANS_TABLES");
        // TLS is required only with the CA bundle the API needs to speak it (see AuroraTlsTest).
        assertThat(parameter(parameters, "require_secure_transport")).isEqualTo("OFF");
        // The audit log is exported by default, so the audit plugin must be on to fill it.
        assertThat(parameter(parameters, "server_audit_logging")).isEqualTo("1");
        assertThat(parameter(parameters, "server_audit_events")).contains("CONNECT", "QUERY_DDL");
        assertThat(cluster.string("dbClusterParameterGroupName")).startsWith("db-");
    }

    @Test
    void runsInTheIsolatedSubnets() {
        var subnetGroup = standalone.single(RDS_SUBNET_GROUP);
        assertThat(subnetGroup.list("subnetIds")).containsExactlyElementsOf(ISOLATED);
        assertThat(cluster.string("dbSubnetGroupName")).startsWith("db-");
    }

    @Test
    void aWriterAndOneReaderInDifferentZonesByDefault() {
        var instances = standalone.resourcesOfType(RDS_CLUSTER_INSTANCE);
        assertThat(instances).extracting(PlannedResource::name).containsExactlyInAnyOrder("db-1", "db-2");
        assertThat(instances).extracting(i -> i.string("availabilityZone")).doesNotHaveDuplicates()
                .allSatisfy(zone -> assertThat(zone).startsWith(SampleInstall.REGION));
        assertThat(instances).allSatisfy(i -> {
            assertThat(i.bool("publiclyAccessible")).isFalse();
            assertThat(i.string("engine")).isEqualTo("aurora-mysql");
        });
        assertThat(standalone.resource(RDS_CLUSTER_INSTANCE, "db-1").integer("promotionTier")).isZero();
        assertThat(standalone.resource(RDS_CLUSTER_INSTANCE, "db-2").integer("promotionTier")).isEqualTo(1);
    }

    @Test
    void readersFollowTheConfiguredCountEachInItsOwnZone() {
        List<String> three = List.of("subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022", "subnet-0a1b2c3d4e5f60023");
        Plan custom = database(three, s -> s.readerCount(2));

        var instances = custom.resourcesOfType(RDS_CLUSTER_INSTANCE);
        assertThat(instances).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("db-1", "db-2", "db-3");
        assertThat(instances).extracting(i -> i.string("availabilityZone")).doesNotHaveDuplicates();
        assertThat(instances).allSatisfy(i -> assertThat(i.bool("publiclyAccessible")).isFalse());
    }

    @Test
    void theClusterIsProtectedRetainedAndKeepsMinorUpgrades() {
        assertThat(cluster.protect()).isTrue();
        assertThat(cluster.retainOnDelete()).isTrue();
        assertThat(cluster.ignoreChanges()).contains("engineVersion");
    }

    @Test
    void theMasterPasswordStaysSecret() {
        assertThat(cluster.isSecret("masterPassword")).isTrue();
        assertThat(standalone.resourcesWithPlainInput("Sup3rS3cretPassw0rdOfFortyCharactersXyZ1")).isEmpty();
    }

    @Test
    void theDatabaseAdmitsNobodyByItself() {
        var group = standalone.single(EC2_SECURITY_GROUP);
        assertThat(group.has("ingress")).isFalse();
        assertThat(standalone.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE)).isEmpty();
        assertThat(standalone.resourcesOfType(VPC_SECURITY_GROUP_EGRESS_RULE)).isEmpty();
        assertThat(cluster.list("vpcSecurityGroupIds")).hasSize(1);
    }

    @Test
    void insideTheInstallOnlyTheApiAndMigrationsTasksReachTheDatabaseOnItsPort() {
        Plan plan = install(b -> b);
        var database = plan.single(RDS_CLUSTER);
        String databaseGroup = database.string("vpcSecurityGroupIds[0]");

        var ingress = ingressRulesOf(plan, databaseGroup);
        assertThat(ingress).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("pulumi-api-to-database", "pulumi-api-migrations-to-database");
        assertThat(plan.resource(VPC_SECURITY_GROUP_INGRESS_RULE, "pulumi-api-to-database").string("referencedSecurityGroupId"))
                .isEqualTo(taskSecurityGroupId(plan, "pulumi-api"));
        assertThat(plan.resource(VPC_SECURITY_GROUP_INGRESS_RULE, "pulumi-api-migrations-to-database").string("referencedSecurityGroupId"))
                .isEqualTo(plan.resource(EC2_SECURITY_GROUP, "pulumi-api-migrations").id().orElseThrow());
        assertThat(ingress).allSatisfy(rule -> {
            assertThat(rule.parentType().orElseThrow()).isIn("selfhosted-ecs:fargate:FargateService", "selfhosted-ecs:fargate:OneShotTask");
            assertThat(rule.integer("fromPort")).isEqualTo(3306);
            assertThat(rule.integer("toPort")).isEqualTo(3306);
            assertThat(rule.string("ipProtocol")).isEqualTo("tcp");
            assertThat(rule.has("cidrIpv4")).isFalse();
        });
        // The database component itself registers no rule.
        var databaseComponent = plan.resource(AuroraDatabase.TYPE, "pulumi-database");
        assertThat(plan.descendantsOf(databaseComponent)).extracting(PlannedResource::type)
                .doesNotContain(VPC_SECURITY_GROUP_INGRESS_RULE, VPC_SECURITY_GROUP_EGRESS_RULE);
        assertThat(plan.single(RDS_SUBNET_GROUP).list("subnetIds"))
                .containsExactlyElementsOf(ISOLATED);
    }

    @Test
    void exportedLogsGoToGroupsCreatedFirstWithTheInstallsRetention() {
        String identifier = cluster.string("clusterIdentifier");
        assertThat(identifier).isEqualTo("selfhosted-test-db");
        var groups = standalone.resourcesOfType(CLOUDWATCH_LOG_GROUP);
        assertThat(groups).extracting(g -> g.string("name")).containsExactlyInAnyOrder(
                "/aws/rds/cluster/" + identifier + "/audit", "/aws/rds/cluster/" + identifier + "/error",
                "/aws/rds/cluster/" + identifier + "/slowquery");
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.integer("retentionInDays")).isEqualTo(365);
            // A kept cluster goes on exporting: its groups are kept too.
            assertThat(g.retainOnDelete()).isTrue();
        });
        // Created before the cluster, or RDS creates them itself without retention.
        assertThat(cluster.dependencies()).containsAll(groups.stream().map(PlannedResource::urn).toList());

        Plan auditOnly = database(ISOLATED, s -> s.logExports("audit"));
        assertThat(auditOnly.resourcesOfType(CLOUDWATCH_LOG_GROUP)).singleElement()
                .satisfies(g -> assertThat(g.string("name")).endsWith("/audit"));
    }

    @Test
    void theSlowQueryLogIsOnWhenItIsExported() {
        var parameters = standalone.single(RDS_CLUSTER_PARAMETER_GROUP);
        assertThat(parameter(parameters, "slow_query_log")).isEqualTo("1");
        assertThat(parameter(parameters, "long_query_time")).isEqualTo("2");
        assertThat(parameter(parameters, "log_output")).isEqualTo("FILE");

        var withoutSlowQueries = database(ISOLATED, s -> s.logExports("audit", "error")).single(RDS_CLUSTER_PARAMETER_GROUP);
        assertThat(withoutSlowQueries.list("parameters")).noneMatch(p -> ((Map<?, ?>) p).get("name").equals("slow_query_log"));
    }

    @Test
    void noPaidExtendedSupportUnlessAskedFor() {
        assertThat(cluster.string("engineLifecycleSupport")).isEqualTo("open-source-rds-extended-support-disabled");
        assertThat(database(ISOLATED, s -> s.extendedSupport(true)).single(RDS_CLUSTER).string("engineLifecycleSupport"))
                .isEqualTo("open-source-rds-extended-support");
    }

    @Test
    void theParameterGroupDescriptionClaimsNothingThatDependsOnSettings() {
        String description = standalone.single(RDS_CLUSTER_PARAMETER_GROUP).string("description");
        assertThat(description).doesNotContainIgnoringCase("TLS");
        // Same description whatever the TLS setting, so turning TLS on does not replace the group.
        assertThat(database(ISOLATED, s -> s.caCertificate(AuroraTlsTest.BUNDLE).requireSecureTransport(true))
                .single(RDS_CLUSTER_PARAMETER_GROUP).string("description")).isEqualTo(description);
    }

    @Test
    void aKeyChangeNeverReplacesTheCluster() {
        assertThat(cluster.ignoreChanges()).contains("kmsKeyId", "engineVersion");
        assertThat(standalone.resourcesOfType(RDS_CLUSTER_INSTANCE))
                .allSatisfy(i -> assertThat(i.ignoreChanges()).contains("availabilityZone", "performanceInsightsKmsKeyId"));
    }

    @SuppressWarnings("unchecked")
    private static String parameter(PlannedResource group, String name) {
        return group.list("parameters").stream().map(p -> (Map<String, Object>) p)
                .filter(p -> name.equals(p.get("name")))
                .map(p -> (String) p.get("value"))
                .findFirst().orElseThrow();
    }
}
