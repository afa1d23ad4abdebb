package io.selfhosted.pulumi.ecs.database;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation of {@link DatabaseArgs}, the user's choices for the Aurora cluster.
 */
final class DatabaseValidation {
    private static final Pattern ENGINE_VERSION = Pattern.compile("^8\\.0\\.mysql_aurora\\.3\\.\\d{2}\\.\\d+$");
    private static final Pattern DAILY_WINDOW = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$");
    private static final Pattern WEEKLY_WINDOW = Pattern.compile(
            "^(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):[0-5]\\d-(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):[0-5]\\d$");
    private static final Pattern DATABASE_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,63}$");
    private static final Pattern ENDPOINT = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");
    private static final Pattern CLUSTER_ID = Pattern.compile("^[a-z](?!.*--)[a-z0-9-]{0,62}(?<!-)$");
    private static final Set<String> LOG_TYPES = Set.of("audit", "error", "general", "slowquery", "iam-db-auth-error", "instance");

    private DatabaseValidation() {
    }

    /** Records every problem of {@code settings}, with paths relative to it. */
    static void check(Problems problems, DatabaseArgs settings) {
        KnownValue.of(settings.instanceClass()).ifPresent(v -> problems.check(AuroraInstanceClasses.SUPPORTED.contains(v),
                "instanceClass", "'" + v + "' is not an instance class Aurora MySQL 3 offers; use e.g. "
                        + AuroraInstanceClasses.suggestion(v) + " (db.t3 and db.t4g come in medium and large only)"));
        KnownValue.of(settings.engineVersion()).ifPresent(v -> problems.check(ENGINE_VERSION.matcher(v).matches(),
                "engineVersion", "'" + v + "' is not an Aurora MySQL 3 version; expected e.g. "
                        + DatabaseDefaults.ENGINE_VERSION + " (the service needs MySQL 8.0)"));
        KnownValue.of(settings.readerCount()).ifPresent(v ->
                Validators.range(problems, "readerCount", v, 0, 15, " readers"));
        KnownValue.of(settings.backupRetentionDays()).ifPresent(v ->
                Validators.range(problems, "backupRetentionDays", v, 1, 35, " days"));
        KnownValue.of(settings.preferredBackupWindow()).ifPresent(v -> problems.check(DAILY_WINDOW.matcher(v).matches(),
                "preferredBackupWindow", "'" + v + "' is not a daily UTC window; expected hh24:mi-hh24:mi, e.g. 03:00-04:00"));
        KnownValue.of(settings.preferredMaintenanceWindow()).ifPresent(v -> problems.check(WEEKLY_WINDOW.matcher(v).matches(),
                "preferredMaintenanceWindow", "'" + v + "' is not a weekly UTC window; expected ddd:hh24:mi-ddd:hh24:mi, e.g. sun:04:30-sun:05:30"));
        KnownValue.of(settings.databaseName()).ifPresent(v -> problems.check(DATABASE_NAME.matcher(v).matches(),
                "databaseName", "'" + v + "' is not a MySQL database name; use 1-64 letters, digits or underscores starting with a letter"));
        boolean tls = KnownValue.of(settings.requireSecureTransport()).orElse(false);
        var ca = settings.caCertificate().flatMap(KnownValue::of);
        problems.check(!tls || settings.caCertificate().isPresent(), "requireSecureTransport",
                "is true without {{caCertificate}}: the API speaks TLS to MySQL only when given the CA bundle, so the "
                        + "database would refuse it; set {{caCertificate}} to the RDS bundle of the region, or leave "
                        + "{{requireSecureTransport}} false");
        ca.ifPresent(pem -> problems.check(pem.contains("-----BEGIN CERTIFICATE-----"), "caCertificate",
                "is not a PEM certificate bundle; paste the RDS bundle of the region, starting with -----BEGIN CERTIFICATE-----"));
        KnownValue.of(settings.logExports()).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String type = list.get(i);
                problems.check(LOG_TYPES.contains(type), "logExports[" + i + "]",
                        "'" + type + "' is not an Aurora MySQL log type; use one of " + new java.util.TreeSet<>(LOG_TYPES));
            }
        });
    }

    /** Records every problem of a cluster the install uses but did not create. */
    static void existing(Problems problems, ExistingDatabaseArgs database) {
        KnownValue.of(database.endpoint()).ifPresent(v -> problems.check(ENDPOINT.matcher(v).matches(), "endpoint",
                "'" + v + "' is not a cluster endpoint host name; give the writer endpoint as RDS shows it, without "
                        + "the port (<identifier>.cluster-<id>.<region>.rds...)"));
        KnownValue.of(database.port()).ifPresent(v -> Validators.range(problems, "port", v, 1150, 65535, ""));
        KnownValue.of(database.databaseName()).ifPresent(v -> problems.check(DATABASE_NAME.matcher(v).matches(),
                "databaseName", "'" + v + "' is not a MySQL database name; use 1-64 letters, digits or underscores starting with a letter"));
        KnownValue.of(database.securityGroupId()).ifPresent(v -> Validators.ec2Id(problems, "securityGroupId", v, "sg"));
        boolean user = database.username().isPresent();
        boolean password = database.password().isPresent();
        boolean secret = database.credentialsSecretArn().isPresent();
        if (secret) {
            problems.check(!user && !password, user ? "username" : "password", "is set together with {{credentialsSecretArn}};"
                    + " give either the secret or the user name and password");
            // The secret's ARN is checked against the stack's partition and region with the install.
        } else if (user != password) {
            problems.add(user ? "password" : "username", "is missing while {{" + (user ? "username" : "password")
                    + "}} is set; give both, or {{credentialsSecretArn}} instead");
        } else if (!user) {
            problems.add("username", "is required to connect; give {{username}} and {{password}}, or {{credentialsSecretArn}}");
        }
        database.username().flatMap(KnownValue::of).ifPresent(v -> problems.check(v.matches("^[A-Za-z0-9_]{1,32}$"),
                "username", "'" + v + "' is not a MySQL user name; use 1-32 letters, digits or underscores"));
        database.clusterIdentifier().flatMap(KnownValue::of).ifPresent(v -> problems.check(CLUSTER_ID.matcher(v).matches(),
                "clusterIdentifier", "'" + v + "' is not an RDS cluster identifier; use 1-63 lowercase letters, digits or single hyphens, starting with a letter"));
    }
}
