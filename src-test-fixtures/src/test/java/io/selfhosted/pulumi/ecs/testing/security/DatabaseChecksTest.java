package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.rds.ClusterArgs;
import com.pulumi.aws.rds.ClusterInstance;
import com.pulumi.aws.rds.ClusterInstanceArgs;
import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.testing.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertNoFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertSingleFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.database;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** RDS-1..RDS-7 on an Aurora cluster and its instance. */
class DatabaseChecksTest {

    private static final List<String> CHECKS = List.of("RDS-1", "RDS-2", "RDS-3", "RDS-4", "RDS-5", "RDS-6", "RDS-7");

    private static void instance(String name, com.pulumi.aws.rds.Cluster cluster, boolean publiclyAccessible) {
        new ClusterInstance(name, ClusterInstanceArgs.builder().clusterIdentifier(cluster.id()).engine("aurora-mysql")
                .instanceClass("db.t4g.medium").publiclyAccessible(publiclyAccessible).build());
    }

    /** A compliant database next to one whose cluster has one setting broken. */
    private static Plan clusterWith(Consumer<ClusterArgs.Builder> breakIt) {
        return plan(ctx -> {
            instance("compliant-1", database("compliant", b -> { }), false);
            instance("offender-1", database("offender", breakIt), false);
        });
    }

    @Test
    void aCompliantDatabasePassesEveryDatabaseCheck() {
        var plan = plan(ctx -> instance("db-1", database("db", b -> { }), false));

        CHECKS.forEach(check -> assertNoFinding(plan, check));
    }

    static Stream<Arguments> brokenClusters() {
        return Stream.of(
                arguments("RDS-1", "RDS.27", "unencrypted", (Consumer<ClusterArgs.Builder>) b -> b.storageEncrypted(false)),
                arguments("RDS-1", "RDS.27", "encryption left unset",
                        (Consumer<ClusterArgs.Builder>) b -> b.storageEncrypted((Output<Boolean>) null)),
                arguments("RDS-3", "RDS.7", "no deletion protection",
                        (Consumer<ClusterArgs.Builder>) b -> b.deletionProtection(false)),
                arguments("RDS-4", "RDS.11", "backups kept 6 days", (Consumer<ClusterArgs.Builder>) b -> b.backupRetentionPeriod(6)),
                arguments("RDS-4", "RDS.11", "default backup retention (1 day)",
                        (Consumer<ClusterArgs.Builder>) b -> b.backupRetentionPeriod((Output<Integer>) null)),
                arguments("RDS-5", "RDS.16", "tags not copied", (Consumer<ClusterArgs.Builder>) b -> b.copyTagsToSnapshot(false)),
                arguments("RDS-6", "RDS.34", "no audit log export",
                        (Consumer<ClusterArgs.Builder>) b -> b.enabledCloudwatchLogsExports("error", "slowquery")),
                arguments("RDS-6", "RDS.34", "no log export at all",
                        (Consumer<ClusterArgs.Builder>) b -> b.enabledCloudwatchLogsExports((Output<List<String>>) null)),
                arguments("RDS-7", "", "final snapshot skipped", (Consumer<ClusterArgs.Builder>) b -> b.skipFinalSnapshot(true)),
                arguments("RDS-7", "", "no final snapshot identifier",
                        (Consumer<ClusterArgs.Builder>) b -> b.finalSnapshotIdentifier((Output<String>) null)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("brokenClusters")
    void aClusterFailingOneCheckIsNamedByThatCheckOnly(String check, String control, String why,
                                                       Consumer<ClusterArgs.Builder> breakIt) {
        var plan = clusterWith(breakIt);

        assertSingleFinding(plan, check, control, RDS_CLUSTER, "offender");
        CHECKS.stream().filter(c -> !c.equals(check)).forEach(c -> assertNoFinding(plan, c));
    }

    @Test
    void rds2_aPubliclyAccessibleInstance() {
        var plan = plan(ctx -> {
            var cluster = database("db", b -> { });
            instance("db-private", cluster, false);
            instance("db-public", cluster, true);
        });

        assertSingleFinding(plan, "RDS-2", "RDS.2", RDS_CLUSTER_INSTANCE, "db-public");
    }
}
