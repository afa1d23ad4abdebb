package io.selfhosted.pulumi.ecs.testing.security;

import java.util.List;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.check;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.isTrue;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.number;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.value;

/** Checks for RDS (Aurora) clusters and their instances. */
final class DatabaseChecks {
    static final List<SecurityCheck> ALL = List.of(
            check("RDS-1", "RDS.27", "database storage is encrypted at rest",
                    RDS_CLUSTER, r -> isTrue(r, "storageEncrypted"), "storageEncrypted is not true"),
            check("RDS-2", "RDS.2", "database instances are not publicly accessible",
                    RDS_CLUSTER_INSTANCE, r -> !isTrue(r, "publiclyAccessible"), "publiclyAccessible is true"),
            check("RDS-3", "RDS.7", "database clusters have deletion protection",
                    RDS_CLUSTER, r -> isTrue(r, "deletionProtection"), "deletionProtection is not true"),
            check("RDS-4", "RDS.11", "automated backups are kept at least 7 days",
                    RDS_CLUSTER, r -> number(r, "backupRetentionPeriod").orElse(1.0) >= 7, "backupRetentionPeriod is below 7 days"),
            check("RDS-5", "RDS.16", "database clusters copy tags to snapshots",
                    RDS_CLUSTER, r -> isTrue(r, "copyTagsToSnapshot"), "copyTagsToSnapshot is not true"),
            check("RDS-6", "RDS.34", "database clusters export their logs (audit at least) to CloudWatch",
                    RDS_CLUSTER, r -> value(r, "enabledCloudwatchLogsExports").map(v -> v instanceof List<?> l && l.contains("audit"))
                            .orElse(false), "enabledCloudwatchLogsExports lacks audit"),
            check("RDS-7", "", "a final snapshot is taken when a database cluster is deleted",
                    RDS_CLUSTER, r -> !isTrue(r, "skipFinalSnapshot") && value(r, "finalSnapshotIdentifier").isPresent(),
                    "skips its final snapshot or names none"));

    private DatabaseChecks() {
    }
}
