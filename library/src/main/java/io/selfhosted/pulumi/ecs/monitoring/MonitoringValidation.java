package io.selfhosted.pulumi.ecs.monitoring;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.regex.Pattern;

/** Validation of {@link MonitoringArgs}. */
final class MonitoringValidation {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private MonitoringValidation() {
    }

    static void check(Problems p, MonitoringArgs settings) {
        settings.email().flatMap(KnownValue::of).ifPresent(email -> p.check(EMAIL.matcher(email).matches(), "email",
                "'" + email + "' is not an email address; write e.g. platform-oncall@example.com"));
        KnownValue.of(settings.databaseCpuPercent()).ifPresent(v -> Validators.range(p, "databaseCpuPercent", v, 1, 100, " percent"));
        KnownValue.of(settings.databaseFreeableMemoryMebibytes()).ifPresent(v ->
                Validators.range(p, "databaseFreeableMemoryMebibytes", v, 1, 1_048_576, " MiB"));
        KnownValue.of(settings.databaseConnections()).ifPresent(v -> Validators.range(p, "databaseConnections", v, 1, 100_000, " connections"));
        KnownValue.of(settings.databaseReplicaLagMilliseconds()).ifPresent(v ->
                Validators.range(p, "databaseReplicaLagMilliseconds", v, 1, 3_600_000, " ms"));
        KnownValue.of(settings.databaseFreeLocalStorageMebibytes()).ifPresent(v ->
                Validators.range(p, "databaseFreeLocalStorageMebibytes", v, 1, 10_485_760, " MiB"));
        KnownValue.of(settings.certificateDaysToExpiry()).ifPresent(v -> Validators.range(p, "certificateDaysToExpiry", v, 1, 395, " days"));
    }
}
