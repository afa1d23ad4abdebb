package io.selfhosted.pulumi.ecs.monitoring;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.Json;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;

import javax.annotation.Nullable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What tells the operator that the install is unwell, on one SNS topic encrypted with the
 * service key: failed (and rolled back) ECS deployments, caught by an EventBridge rule, since the
 * AWS provider reports a deployment the circuit breaker rolled back as a success; and a baseline
 * of CloudWatch alarms: running tasks below autoscaling's minimum and unhealthy load balancer
 * targets per service, the Aurora writer's CPU, freeable memory, connections and free local
 * storage, the readers' replica lag, and the expiry of a certificate ACM does not renew.
 */
public class ServiceAlarms extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:monitoring:ServiceAlarms";

    private static final long MEBIBYTE = 1024L * 1024L;

    @Export(name = "topicArn", refs = String.class)
    private final Output<String> topicArn;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    what to watch, the topic's key and the thresholds
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceAlarms(String name, ServiceAlarmsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        AwsPartition partition = DeploymentRegion.require(java.util.Optional.empty());
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        var settings = args.settings();

        var topic = new Topic(name, TopicArgs.builder()
                .displayName("Pulumi Service alerts")
                .kmsMasterKeyId(args.kmsKeyArn())
                .tags(tags)
                .build(), ChildOptions.of(this));
        Output<String> account = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(), InvokeOptions.builder().parent(this).build())
                .applyValue(GetCallerIdentityResult::accountId);
        var topicPolicy = new TopicPolicy(name, TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(topic.arn(), account).applyValue(t -> publishPolicy(partition, t.t1, t.t2)))
                .build(), ChildOptions.of(this));
        settings.email().ifPresent(email -> new TopicSubscription(name + "-email", TopicSubscriptionArgs.builder()
                .topic(topic.arn())
                .protocol("email")
                .endpoint(email)
                .build(), ChildOptions.of(this)));

        var deployments = new EventRule(name + "-deployments", EventRuleArgs.builder()
                .description("Failed or rolled back deployments of the Pulumi Service's ECS services")
                .eventPattern(Output.all(args.services().stream().map(MonitoredServiceArgs::serviceArn).toList())
                        .applyValue(ServiceAlarms::deploymentPattern))
                .tags(tags)
                .build(), ChildOptions.of(this));
        new EventTarget(name + "-deployments", EventTargetArgs.builder()
                .rule(deployments.name())
                .arn(topic.arn())
                .build(), ChildOptions.builder(this).dependsOn(topicPolicy).build());

        Output<List<String>> actions = topic.arn().applyValue(List::of);
        for (MonitoredServiceArgs service : args.services()) {
            String label = KnownValue.of(service.name()).orElseThrow();
            alarm(name + "-" + label + "-running-tasks", actions, tags, MetricAlarmArgs.builder()
                    .alarmDescription("Fewer " + label + " tasks run than autoscaling's minimum")
                    .namespace("ECS/ContainerInsights")
                    .metricName("RunningTaskCount")
                    .dimensions(Output.tuple(args.clusterName(), service.serviceName())
                            .applyValue(t -> Map.of("ClusterName", t.t1, "ServiceName", t.t2)))
                    .statistic("Minimum")
                    .period(60)
                    .evaluationPeriods(5)
                    .comparisonOperator("LessThanThreshold")
                    .threshold(service.minRunningTasks().applyValue(Integer::doubleValue))
                    .treatMissingData("breaching"));
            if (service.targetGroupArnSuffix().isPresent() && service.loadBalancerArnSuffix().isPresent()) {
                alarm(name + "-" + label + "-unhealthy-targets", actions, tags, MetricAlarmArgs.builder()
                        .alarmDescription("The load balancer sees unhealthy " + label + " tasks")
                        // An ARN suffix app/... is an application load balancer's, net/... a network one's.
                        .namespace(service.loadBalancerArnSuffix().get()
                                .applyValue(suffix -> suffix.startsWith("app/") ? "AWS/ApplicationELB" : "AWS/NetworkELB"))
                        .metricName("UnHealthyHostCount")
                        .dimensions(Output.tuple(service.targetGroupArnSuffix().get(), service.loadBalancerArnSuffix().get())
                                .applyValue(t -> Map.of("TargetGroup", t.t1, "LoadBalancer", t.t2)))
                        .statistic("Maximum")
                        .period(60)
                        .evaluationPeriods(5)
                        .comparisonOperator("GreaterThanThreshold")
                        .threshold(0.0)
                        .treatMissingData("notBreaching"));
            }
        }

        args.databaseClusterIdentifier().ifPresent(cluster -> {
            Output<Map<String, String>> writer = cluster.applyValue(id -> Map.of("DBClusterIdentifier", id, "Role", "WRITER"));
            database(name + "-database-cpu", "The database writer's CPU is high", "CPUUtilization", writer,
                    "GreaterThanThreshold", settings.databaseCpuPercent().applyValue(Integer::doubleValue), actions, tags);
            database(name + "-database-memory", "The database writer is short of memory", "FreeableMemory", writer,
                    "LessThanThreshold", settings.databaseFreeableMemoryMebibytes().applyValue(m -> (double) (m * MEBIBYTE)), actions, tags);
            database(name + "-database-connections", "The database writer has many connections", "DatabaseConnections", writer,
                    "GreaterThanThreshold", settings.databaseConnections().applyValue(Integer::doubleValue), actions, tags);
            database(name + "-database-local-storage", "The database writer is short of local storage", "FreeLocalStorage", writer,
                    "LessThanThreshold", settings.databaseFreeLocalStorageMebibytes().applyValue(m -> (double) (m * MEBIBYTE)), actions, tags);
            if (KnownValue.of(args.databaseReaders()).orElse(MonitoringDefaults.DATABASE_READERS) > 0) {
                database(name + "-database-replica-lag", "The database readers lag behind the writer", "AuroraReplicaLag",
                        cluster.applyValue(id -> Map.of("DBClusterIdentifier", id, "Role", "READER")), "GreaterThanThreshold",
                        settings.databaseReplicaLagMilliseconds().applyValue(Integer::doubleValue), actions, tags);
            }
        });

        args.certificateArn().ifPresent(certificate -> alarm(name + "-certificate-expiry", actions, tags, MetricAlarmArgs.builder()
                .alarmDescription("The TLS certificate expires soon and ACM does not renew it: import a new one")
                .namespace("AWS/CertificateManager")
                .metricName("DaysToExpiry")
                .dimensions(certificate.applyValue(arn -> Map.of("CertificateArn", arn)))
                .statistic("Minimum")
                .period(86400)
                .evaluationPeriods(1)
                .comparisonOperator("LessThanThreshold")
                .threshold(settings.certificateDaysToExpiry().applyValue(Integer::doubleValue))
                // ACM publishes the metric once a day, not always on time: a late datapoint
                // keeps the alarm in its state rather than raising it.
                .treatMissingData("missing")));

        this.topicArn = topic.arn();
        registerOutputs(Map.of("topicArn", topicArn));
    }

    private void database(String logicalName, String description, String metric, Output<Map<String, String>> dimensions,
                          String comparison, Output<Double> threshold, Output<List<String>> actions, Output<Map<String, String>> tags) {
        alarm(logicalName, actions, tags, MetricAlarmArgs.builder()
                .alarmDescription(description)
                .namespace("AWS/RDS")
                .metricName(metric)
                .dimensions(dimensions)
                .statistic("Average")
                .period(60)
                .evaluationPeriods(5)
                .comparisonOperator(comparison)
                .threshold(threshold)
                .treatMissingData("missing"));
    }

    private void alarm(String logicalName, Output<List<String>> actions, Output<Map<String, String>> tags, MetricAlarmArgs.Builder alarm) {
        // Named after the stack and the alarm, so an alert says which install and what fired.
        new MetricAlarm(logicalName, alarm.name(PhysicalNames.of(logicalName, "", 255))
                .alarmActions(actions).okActions(actions).tags(tags).build(), ChildOptions.of(this));
    }

    /** EventBridge's ECS events of a failed deployment (the circuit breaker's, rollbacks included) of the services. */
    static String deploymentPattern(List<String> serviceArns) {
        Map<String, Object> pattern = new LinkedHashMap<>();
        pattern.put("source", List.of("aws.ecs"));
        pattern.put("detail-type", List.of("ECS Deployment State Change"));
        pattern.put("resources", serviceArns);
        pattern.put("detail", Map.of("eventName", List.of("SERVICE_DEPLOYMENT_FAILED")));
        return Json.write(pattern);
    }

    /** EventBridge and CloudWatch alarms of this account may publish to the topic. */
    static String publishPolicy(AwsPartition partition, String topicArn, String account) {
        return PolicyDocument.of(
                new Statement("EventBridgePublishes", "Allow", Map.of("Service", partition.servicePrincipal("events")),
                        List.of("sns:Publish"), List.of(topicArn), null).when("StringEquals", "aws:SourceAccount", account),
                new Statement("AlarmsPublish", "Allow", Map.of("Service", partition.servicePrincipal("cloudwatch")),
                        List.of("sns:Publish"), List.of(topicArn), null).when("StringEquals", "aws:SourceAccount", account)
        ).toJson();
    }

    private static ComponentResourceOptions validated(ServiceAlarmsArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceAlarmsArgs");
        }
        problems.addAll("settings", args.settings().problems());
        Set<String> names = new HashSet<>();
        var services = args.services();
        for (int i = 0; i < services.size(); i++) {
            String path = "services[" + i + "]";
            KnownValue.of(services.get(i).name()).ifPresentOrElse(
                    n -> problems.check(n.matches("^[a-z][a-z0-9-]{0,20}$") && names.add(n), path + ".name", "'" + n
                            + "' must be a distinct short name of lowercase letters, digits and hyphens (it names the alarms)"),
                    () -> problems.add(path + ".name", "must be known when the program runs (it names the alarms)"));
            problems.check(services.get(i).targetGroupArnSuffix().isPresent() == services.get(i).loadBalancerArnSuffix().isPresent(),
                    path + ".targetGroupArnSuffix", "is set without {{" + path + ".loadBalancerArnSuffix}} or the other way round; set both or neither");
        }
        problems.throwIfAny("ServiceAlarmsArgs");
        return options;
    }

    /** The alerts topic: subscribe to it (email, chat, paging) to hear of failures. */
    public Output<String> topicArn() {
        return topicArn;
    }
}
