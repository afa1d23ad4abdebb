package io.selfhosted.pulumi.ecs.monitoring;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.database.DatabaseArgs;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_EVENT_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_EVENT_TARGET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_METRIC_ALARM;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_TARGET_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SNS_TOPIC;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SNS_TOPIC_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SNS_TOPIC_SUBSCRIPTION;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.statement;
import static io.selfhosted.pulumi.ecs.testing.aws.PolicyDocuments.values;
import static org.assertj.core.api.Assertions.assertThat;

/** Failures are told: failed deployments and a baseline of alarms reach one encrypted topic. */
class ServiceAlarmsTest {
    private static final long MEBIBYTE = 1024L * 1024L;
    private static Plan plan;
    private static PlannedResource topic;

    @BeforeAll
    static void run() {
        plan = exported(b -> b);
        topic = plan.single(SNS_TOPIC);
    }

    /** The install's plan with every output of the component exported, as the bundled stack does. */
    private static Plan exported(java.util.function.UnaryOperator<io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs.Builder> change) {
        return SampleInstall.runner(SampleInstall.REGION).run(ctx -> {
            var install = new io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs("pulumi", change.apply(SampleInstall.args()).build(), null);
            install.outputs().forEach(ctx::export);
        }).requireSuccess();
    }

    private static PlannedResource alarm(Plan in, String name) {
        return in.resource(CLOUDWATCH_METRIC_ALARM, "pulumi-alarms-" + name);
    }

    @Test
    void oneTopicEncryptedWithTheServiceKeyIsAnOutput() {
        assertThat(topic.string("kmsMasterKeyId")).isEqualTo(SampleInstall.KMS_KEY);
        assertThat(plan.output("alertsTopicArn").value()).isEqualTo(topic.id().orElseThrow());
        // Nobody is subscribed unless an email is given.
        assertThat(plan.resourcesOfType(SNS_TOPIC_SUBSCRIPTION)).isEmpty();
    }

    @Test
    void onlyEventBridgeAndAlarmsOfTheAccountMayPublish() {
        var policy = plan.single(SNS_TOPIC_POLICY);
        for (String sid : List.of("EventBridgePublishes", "AlarmsPublish")) {
            var publish = statement(policy, "policy", sid);
            assertThat(values(publish, "Action")).containsExactly("sns:Publish");
            assertThat(values(publish, "Resource")).containsExactly(topic.id().orElseThrow());
            assertThat(publish.get("Condition")).isEqualTo(Map.of("StringEquals", Map.of("aws:SourceAccount", SampleInstall.ACCOUNT)));
        }
        assertThat(statement(policy, "policy", "EventBridgePublishes").get("Principal"))
                .isEqualTo(Map.of("Service", "events.amazonaws.com"));
        assertThat(statement(policy, "policy", "AlarmsPublish").get("Principal"))
                .isEqualTo(Map.of("Service", "cloudwatch.amazonaws.com"));
    }

    @Test
    void failedDeploymentsOfBothServicesReachTheTopic() {
        var rule = plan.single(CLOUDWATCH_EVENT_RULE);
        assertThat(rule.string("eventPattern.source[0]")).isEqualTo("aws.ecs");
        assertThat(rule.string("eventPattern.detail-type[0]")).isEqualTo("ECS Deployment State Change");
        assertThat(rule.list("eventPattern.detail.eventName")).containsExactly("SERVICE_DEPLOYMENT_FAILED");
        assertThat(rule.list("eventPattern.resources")).containsExactlyInAnyOrderElementsOf(
                plan.resourcesOfType(ECS_SERVICE).stream().map(s -> (Object) s.id().orElseThrow()).toList());

        var target = plan.single(CLOUDWATCH_EVENT_TARGET);
        assertThat(target.string("arn")).isEqualTo(topic.id().orElseThrow());
        // Publishing is allowed before events are sent.
        assertThat(target.dependencies()).contains(plan.single(SNS_TOPIC_POLICY).urn());
    }

    @Test
    void theBaselineOfAlarmsWithDefaultThresholds() {
        assertThat(plan.resourcesOfType(CLOUDWATCH_METRIC_ALARM)).extracting(PlannedResource::name).containsExactlyInAnyOrder(
                "pulumi-alarms-api-running-tasks", "pulumi-alarms-app-running-tasks",
                "pulumi-alarms-api-unhealthy-targets", "pulumi-alarms-app-unhealthy-targets",
                "pulumi-alarms-database-cpu", "pulumi-alarms-database-memory", "pulumi-alarms-database-connections",
                "pulumi-alarms-database-local-storage", "pulumi-alarms-database-replica-lag",
                "pulumi-alarms-certificate-expiry");
        assertThat(plan.resourcesOfType(CLOUDWATCH_METRIC_ALARM)).allSatisfy(a -> {
            assertThat(a.list("alarmActions")).as(a.name()).containsExactly(topic.id().orElseThrow());
            assertThat(a.list("okActions")).as(a.name()).containsExactly(topic.id().orElseThrow());
        });

        var running = alarm(plan, "api-running-tasks");
        assertThat(running.string("namespace")).isEqualTo("ECS/ContainerInsights");
        assertThat(running.string("comparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(running.number("threshold")).isEqualTo(2.0);
        // The service's autoname, as the plan's outputs export it.
        assertThat(running.map("dimensions")).containsEntry("ServiceName", plan.output("apiServiceName").value())
                .containsEntry("ClusterName", plan.output("clusterName").value());

        var unhealthy = alarm(plan, "api-unhealthy-targets");
        assertThat(unhealthy.string("namespace")).isEqualTo("AWS/NetworkELB");
        assertThat(unhealthy.number("threshold")).isZero();
        assertThat(unhealthy.string("dimensions.TargetGroup")).startsWith("targetgroup/")
                .contains(plan.resource(LB_TARGET_GROUP, "pulumi-api-lb").string("name"));
        assertThat(unhealthy.string("dimensions.LoadBalancer")).startsWith("net/");

        String cluster = plan.single(RDS_CLUSTER).string("clusterIdentifier");
        assertThat(alarm(plan, "database-cpu").map("dimensions")).isEqualTo(Map.of("DBClusterIdentifier", cluster, "Role", "WRITER"));
        assertThat(alarm(plan, "database-cpu").number("threshold")).isEqualTo(MonitoringDefaults.DATABASE_CPU_PERCENT);
        assertThat(alarm(plan, "database-memory").number("threshold"))
                .isEqualTo((double) MonitoringDefaults.DATABASE_FREEABLE_MEMORY_MEBIBYTES * MEBIBYTE);
        assertThat(alarm(plan, "database-connections").number("threshold")).isEqualTo(MonitoringDefaults.DATABASE_CONNECTIONS);
        assertThat(alarm(plan, "database-local-storage").number("threshold"))
                .isEqualTo((double) MonitoringDefaults.DATABASE_FREE_LOCAL_STORAGE_MEBIBYTES * MEBIBYTE);
        assertThat(alarm(plan, "database-replica-lag").map("dimensions")).containsEntry("Role", "READER");
        assertThat(alarm(plan, "database-replica-lag").number("threshold")).isEqualTo(MonitoringDefaults.DATABASE_REPLICA_LAG_MILLISECONDS);

        var certificate = alarm(plan, "certificate-expiry");
        assertThat(certificate.string("metricName")).isEqualTo("DaysToExpiry");
        assertThat(certificate.string("dimensions.CertificateArn"))
                .isEqualTo(SampleInstall.arn(SampleInstall.REGION, "acm", "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8"));
        assertThat(certificate.number("threshold")).isEqualTo(MonitoringDefaults.CERTIFICATE_DAYS_TO_EXPIRY);
    }

    @Test
    void thresholdsAndTheEmailAreTheOperators() {
        Plan custom = install(b -> b.monitoring(MonitoringArgs.builder().email("oncall@example.com")
                .databaseCpuPercent(75).databaseFreeableMemoryMebibytes(2048).databaseConnections(1500)
                .databaseReplicaLagMilliseconds(250).databaseFreeLocalStorageMebibytes(8192).certificateDaysToExpiry(45).build()));

        var email = custom.single(SNS_TOPIC_SUBSCRIPTION);
        assertThat(email.string("protocol")).isEqualTo("email");
        assertThat(email.string("endpoint")).isEqualTo("oncall@example.com");
        assertThat(alarm(custom, "database-cpu").number("threshold")).isEqualTo(75.0);
        assertThat(alarm(custom, "database-memory").number("threshold")).isEqualTo(2048.0 * MEBIBYTE);
        assertThat(alarm(custom, "database-connections").number("threshold")).isEqualTo(1500.0);
        assertThat(alarm(custom, "database-replica-lag").number("threshold")).isEqualTo(250.0);
        assertThat(alarm(custom, "database-local-storage").number("threshold")).isEqualTo(8192.0 * MEBIBYTE);
        assertThat(alarm(custom, "certificate-expiry").number("threshold")).isEqualTo(45.0);
    }

    @Test
    void noReplicaLagWithoutReadersAndNoExpiryAlarmForACertificateAcmRenews() {
        Plan lean = SampleInstall.install(b -> b
                .domain(DomainArgs.builder().zoneName("example.com").subdomain("pulumi").build())
                .database(DatabaseArgs.builder().readerCount(0).build()));
        assertThat(lean.resourcesOfType(CLOUDWATCH_METRIC_ALARM)).extracting(PlannedResource::name)
                .doesNotContain("pulumi-alarms-database-replica-lag", "pulumi-alarms-certificate-expiry")
                .contains("pulumi-alarms-database-cpu");
    }

    @Test
    void aCreatedKeyLetsEventBridgeAndAlarmsPublishEncrypted() {
        Plan created = exported(b -> b.kmsKeyArn((com.pulumi.core.Output<String>) null));
        var policy = statement(created.single(KMS_KEY), "policy", "AlertsPublishEncrypted");
        assertThat(values(policy, "Action")).containsExactlyInAnyOrder("kms:Decrypt", "kms:GenerateDataKey*");
        assertThat(policy.get("Principal")).isEqualTo(Map.of("Service", List.of("events.amazonaws.com", "cloudwatch.amazonaws.com")));
        assertThat(created.single(SNS_TOPIC).string("kmsMasterKeyId")).isEqualTo(created.output("kmsKeyArn").value());
        assertThat(PolicyDocuments.statements(created.single(KMS_KEY), "policy")).hasSize(2);
    }

    @Test
    void badThresholdsAreRefusedByTheirName() {
        Plan bad = SampleInstall.plan(b -> b.monitoring(MonitoringArgs.builder().email("not-an-address")
                .databaseCpuPercent(0).certificateDaysToExpiry(400).build()));
        assertThat(bad.resources()).isEmpty();
        assertThat(bad.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).extracting(p -> p.property()).contains(
                        "monitoring.email", "monitoring.databaseCpuPercent", "monitoring.certificateDaysToExpiry"));
    }
}
