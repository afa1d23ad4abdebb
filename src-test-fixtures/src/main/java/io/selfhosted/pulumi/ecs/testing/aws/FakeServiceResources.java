package io.selfhosted.pulumi.ecs.testing.aws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Computed attributes of the fake AWS for application-side types: ECS, RDS, IAM, KMS, Secrets
 * Manager, CloudWatch Logs and alarms, EventBridge, SNS, Lambda, S3, Application Auto Scaling,
 * OpenSearch, Backup and SSM.
 */
final class FakeServiceResources {

    private FakeServiceResources() {
    }

    static void register(Map<String, Consumer<FakeResource>> shapes) {
        shapes.put("aws:ecs/cluster:Cluster", r -> named(r, "ecs", "cluster/", true));
        shapes.put("aws:ecs/taskDefinition:TaskDefinition", FakeServiceResources::taskDefinition);
        shapes.put("aws:ecs/service:Service", FakeServiceResources::ecsService);
        shapes.put("aws:kms/key:Key", FakeServiceResources::kmsKey);
        shapes.put("aws:kms/alias:Alias", r -> named(r, "kms", "", false));
        shapes.put("aws:secretsmanager/secret:Secret", FakeServiceResources::secret);
        shapes.put("aws:secretsmanager/secretVersion:SecretVersion", FakeServiceResources::secretVersion);
        shapes.put("aws:iam/role:Role", FakeServiceResources::role);
        shapes.put("aws:iam/policy:Policy", FakeServiceResources::policy);
        shapes.put("aws:iam/rolePolicy:RolePolicy", r -> r.idIfAbsent(r.text("role") + ":" + r.autoname()));
        shapes.put("aws:cloudwatch/logGroup:LogGroup", r -> named(r, "logs", "log-group:", false));
        shapes.put("aws:s3/bucketV2:BucketV2", FakeServiceResources::bucket);
        shapes.put("aws:rds/cluster:Cluster", FakeServiceResources::rdsCluster);
        shapes.put("aws:rds/clusterInstance:ClusterInstance", FakeServiceResources::rdsInstance);
        shapes.put("aws:rds/subnetGroup:SubnetGroup", r -> lowerNamed(r, "subgrp:"));
        shapes.put("aws:rds/clusterParameterGroup:ClusterParameterGroup", r -> lowerNamed(r, "cluster-pg:"));
        shapes.put("aws:rds/parameterGroup:ParameterGroup", r -> lowerNamed(r, "pg:"));
        shapes.put("aws:appautoscaling/target:Target", FakeServiceResources::scalableTarget);
        shapes.put("aws:opensearch/domain:Domain", FakeServiceResources::searchDomain);
        shapes.put("aws:backup/vault:Vault", r -> named(r, "backup", "backup-vault:", false));
        shapes.put("aws:backup/plan:Plan", FakeServiceResources::backupPlan);
        shapes.put("aws:ssm/parameter:Parameter", FakeServiceResources::ssmParameter);
        shapes.put("aws:lambda/function:Function", FakeServiceResources::lambdaFunction);
        // An SNS topic's id is its ARN, which has no resource-type segment.
        shapes.put("aws:sns/topic:Topic", r -> named(r, "sns", "", true));
        shapes.put("aws:sns/topicSubscription:TopicSubscription", r -> {
            var arn = r.text("topic") + ":" + r.fingerprint.uuid();
            r.put("arn", arn);
            r.idIfAbsent(arn);
        });
        shapes.put("aws:cloudwatch/eventRule:EventRule", r -> named(r, "events", "rule/", false));
        shapes.put("aws:cloudwatch/metricAlarm:MetricAlarm", r -> named(r, "cloudwatch", "alarm:", false));
        // What a successful invocation returns, as the provider records it after `pulumi up`.
        shapes.put("aws:lambda/invocation:Invocation", r -> {
            r.put("result", "{\"status\":\"succeeded\",\"fake\":true}");
            r.idIfAbsent(r.text("functionName") + "_" + r.fingerprint.hex(16));
        });
    }

    /** A resource whose ARN is {@code prefix + name}; its id is the ARN or the name. */
    private static void named(FakeResource r, String service, String arnPrefix, boolean idIsArn) {
        var name = r.autoname();
        var arn = r.account.arn(service, arnPrefix + name);
        r.put("arn", arn);
        r.idIfAbsent(idIsArn ? arn : name);
    }

    private static void lowerNamed(FakeResource r, String arnPrefix) {
        var name = r.autoname("name", true, 255);
        r.put("arn", r.account.arn("rds", arnPrefix + name));
        r.idIfAbsent(name);
    }

    private static void lambdaFunction(FakeResource r) {
        var name = r.autoname("name", false, 64);
        var arn = r.account.arn("lambda", "function:" + name);
        r.put("arn", arn);
        r.put("qualifiedArn", arn + ":$LATEST");
        r.put("version", "$LATEST");
        r.idIfAbsent(name);
    }

    private static void taskDefinition(FakeResource r) {
        var family = r.autoname("family", false, 255);
        r.put("revision", 1);
        r.put("arn", r.account.arn("ecs", "task-definition/" + family + ":1"));
        r.put("arnWithoutRevision", r.account.arn("ecs", "task-definition/" + family));
        r.idIfAbsent(family);
    }

    private static void ecsService(FakeResource r) {
        var name = r.autoname();
        var cluster = r.text("cluster") == null ? "default" : FakeResource.lastSegment(r.text("cluster"));
        r.put("arn", r.account.arn("ecs", "service/" + cluster + "/" + name));
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void kmsKey(FakeResource r) {
        var keyId = r.fingerprint.derive("key").uuid();
        r.put("keyId", keyId);
        r.put("arn", r.account.arn("kms", "key/" + keyId));
        r.idIfAbsent(keyId);
    }

    private static void secret(FakeResource r) {
        var name = r.autoname();
        r.put("arn", r.account.arn("secretsmanager", "secret:" + name + "-" + r.fingerprint.derive("arn").mixedAlnum(6)));
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void secretVersion(FakeResource r) {
        // Secrets Manager makes a new version for a new value: the id follows the value, so that
        // two plans with different values show different version ids, as AWS would.
        var versionId = r.fingerprint.derive("version").derive(String.valueOf(r.state.get("secretString"))).uuid();
        r.put("versionId", versionId);
        var secretId = r.text("secretId") == null ? "unknown" : r.text("secretId");
        r.put("arn", secretId);
        r.idIfAbsent(secretId + "|" + versionId);
    }

    private static void role(FakeResource r) {
        var name = r.autoname("name", false, 64);
        var path = r.text("path") == null ? "/" : r.text("path");
        r.put("arn", r.account.globalArn("iam", "role" + path + name));
        r.put("uniqueId", "AROA" + r.fingerprint.derive("unique").upperAlnum(17));
        r.idIfAbsent(name);
    }

    private static void policy(FakeResource r) {
        var name = r.autoname("name", false, 128);
        var path = r.text("path") == null ? "/" : r.text("path");
        r.put("arn", r.account.globalArn("iam", "policy" + path + name));
        r.put("policyId", "ANPA" + r.fingerprint.derive("unique").upperAlnum(17));
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void bucket(FakeResource r) {
        var bucket = r.autoname("bucket", true, 63);
        r.put("arn", r.account.bareArn("s3", bucket));
        r.put("bucketDomainName", bucket + ".s3." + r.account.dnsSuffix());
        r.put("bucketRegionalDomainName", bucket + ".s3." + r.account.region() + "." + r.account.dnsSuffix());
        r.put("region", r.account.region());
        r.idIfAbsent(bucket);
    }

    /** RDS endpoints carry a fragment that is fixed per account and region. */
    private static String rdsHostFragment(FakeResource r) {
        return Fingerprint.of("rds", r.account.accountId(), r.account.region()).lowerAlnum(12);
    }

    private static int defaultPort(FakeResource r) {
        var engine = r.text("engine") == null ? "" : r.text("engine");
        return engine.contains("postgres") ? 5432 : 3306;
    }

    private static void rdsCluster(FakeResource r) {
        var id = r.autoname("clusterIdentifier", true, 63);
        var host = "." + r.account.region() + ".rds." + r.account.dnsSuffix();
        r.put("endpoint", id + ".cluster-" + rdsHostFragment(r) + host);
        r.put("readerEndpoint", id + ".cluster-ro-" + rdsHostFragment(r) + host);
        r.put("port", r.number("port", defaultPort(r)));
        r.put("arn", r.account.arn("rds", "cluster:" + id));
        r.put("clusterResourceId", "cluster-" + r.fingerprint.derive("resource").upperAlnum(26));
        r.put("hostedZoneId", "Z" + Fingerprint.of("rds-zone", r.account.region()).upperAlnum(13));
        r.put("masterUserSecrets", !r.flag("manageMasterUserPassword") ? List.of() : List.of(Map.of(
                "kmsKeyId", r.text("masterUserSecretKmsKeyId") == null ? "" : r.text("masterUserSecretKmsKeyId"),
                "secretArn", r.account.arn("secretsmanager", "secret:rds!cluster-"
                        + r.fingerprint.derive("secret").uuid() + "-" + r.fingerprint.derive("sfx").mixedAlnum(6)),
                "secretStatus", "active")));
        r.idIfAbsent(id);
    }

    private static void rdsInstance(FakeResource r) {
        var id = r.autoname("identifier", true, 63);
        r.put("endpoint", id + "." + rdsHostFragment(r) + "." + r.account.region() + ".rds." + r.account.dnsSuffix());
        r.put("port", r.number("port", defaultPort(r)));
        r.put("arn", r.account.arn("rds", "db:" + id));
        r.put("dbiResourceId", "db-" + r.fingerprint.derive("resource").upperAlnum(26));
        r.idIfAbsent(id);
    }

    private static void scalableTarget(FakeResource r) {
        r.put("arn", r.account.arn("application-autoscaling", "scalable-target/" + r.hex("arn", 32)));
        r.idIfAbsent(r.text("resourceId") == null ? r.logicalName : r.text("resourceId"));
    }

    private static void searchDomain(FakeResource r) {
        var name = r.autoname("domainName", true, 28);
        var inVpc = r.state.get("vpcOptions") instanceof Map;
        r.put("arn", r.account.arn("es", "domain/" + name));
        r.put("domainId", r.account.accountId() + "/" + name);
        r.put("endpoint", (inVpc ? "vpc-" : "search-") + name + "-" + r.fingerprint.derive("endpoint").lowerAlnum(26)
                + "." + r.account.region() + ".es." + r.account.dnsSuffix());
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void backupPlan(FakeResource r) {
        r.autoname();
        var planId = r.fingerprint.derive("plan").uuid();
        r.put("arn", r.account.arn("backup", "backup-plan:" + planId));
        r.put("version", r.fingerprint.derive("version").mixedAlnum(24));
        r.idIfAbsent(planId);
    }

    private static void ssmParameter(FakeResource r) {
        var name = r.autoname();
        r.put("arn", r.account.arn("ssm", "parameter/" + (name.startsWith("/") ? name.substring(1) : name)));
        r.idIfAbsent(name);
    }

    /** @return the ARN service name a type's module most likely maps to, for types without a shape */
    static String serviceOf(String type) {
        var module = type.substring(type.indexOf(':') + 1);
        module = module.contains("/") ? module.substring(0, module.indexOf('/')) : module;
        return module.toLowerCase(Locale.ROOT);
    }
}
