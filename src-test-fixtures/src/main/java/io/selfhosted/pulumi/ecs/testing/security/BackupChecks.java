package io.selfhosted.pulumi.ecs.testing.security;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_PLAN;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.BACKUP_VAULT;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.check;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.string;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.value;

/** Checks for AWS Backup vaults and plans. */
final class BackupChecks {
    static final List<SecurityCheck> ALL = List.of(
            check("BACKUP-1", "Backup.1", "backup vaults encrypt recovery points with a customer managed KMS key",
                    BACKUP_VAULT, r -> string(r, "kmsKeyArn").filter(k -> k.contains(":key/")).isPresent(),
                    "has no customer managed kmsKeyArn (AWS Backup's own key is used)"),
            check("BACKUP-2", "", "backup plans keep every recovery point and copy at least 7 days",
                    BACKUP_PLAN, BackupChecks::keepsAWeek, "has a rule or copy that deletes recovery points before 7 days"));

    private BackupChecks() {
    }

    private static boolean keepsAWeek(io.selfhosted.pulumi.ecs.testing.PlannedResource plan) {
        var rules = value(plan, "rules").filter(List.class::isInstance).map(v -> (List<?>) v).orElse(List.of());
        if (rules.isEmpty()) {
            return false;
        }
        for (Object rule : rules) {
            if (!(rule instanceof Map<?, ?> r) || !atLeastAWeek(r.get("lifecycle"))) {
                return false;
            }
            if (r.get("copyActions") instanceof List<?> copies) {
                for (Object copy : copies) {
                    if (!(copy instanceof Map<?, ?> c) || !atLeastAWeek(c.get("lifecycle"))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A lifecycle that deletes after 7 days or more; no lifecycle keeps recovery points forever. */
    private static boolean atLeastAWeek(Object lifecycle) {
        if (lifecycle == null) {
            return true;
        }
        return lifecycle instanceof Map<?, ?> l && (l.get("deleteAfter") == null
                || (l.get("deleteAfter") instanceof Number days && days.doubleValue() >= 7));
    }
}
