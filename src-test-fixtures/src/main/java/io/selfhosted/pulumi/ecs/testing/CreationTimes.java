package io.selfhosted.pulumi.ecs.testing;

import io.selfhosted.pulumi.ecs.testing.aws.AwsTypes;

import java.time.Duration;
import java.util.Map;

/**
 * Typical times AWS takes to create one resource of a type, for a model of a first
 * {@code pulumi up} ({@link PlanGantt}): not a measurement. Each figure gives its source; a type
 * not listed takes {@link #OTHER}, the seconds most API-only resources (IAM roles, security group
 * rules, log groups, task definitions) take.
 */
public final class CreationTimes {
    /** One figure and where it comes from. */
    public record Figure(Duration typical, String source) {
    }

    /** What an API-only resource takes. */
    public static final Figure OTHER = new Figure(Duration.ofSeconds(5), "one API call and its propagation; estimate");

    /** Figures by type token. */
    public static final Map<String, Figure> BY_TYPE = Map.ofEntries(
            Map.entry(AwsTypes.RDS_CLUSTER, new Figure(Duration.ofMinutes(2),
                    "Aurora cluster (no instance) becomes available in 1-5 minutes; AWS re:Post reports and our estimate")),
            Map.entry(AwsTypes.RDS_CLUSTER_INSTANCE, new Figure(Duration.ofMinutes(8),
                    "Aurora instance creation takes 6-15 minutes; AWS re:Post reports and the provider's 90 minute default timeout")),
            Map.entry(AwsTypes.LB_LOAD_BALANCER, new Figure(Duration.ofMinutes(3),
                    "a network load balancer is provisioned in 2-4 minutes; Elastic Load Balancing user guide")),
            Map.entry(AwsTypes.ACM_CERTIFICATE_VALIDATION, new Figure(Duration.ofMinutes(5),
                    "DNS validation usually completes within minutes of the record's propagation; ACM user guide")),
            Map.entry(AwsTypes.ROUTE53_RECORD, new Figure(Duration.ofSeconds(60),
                    "a change reaches INSYNC within about 60 seconds; Route 53 API reference (GetChange)")),
            Map.entry(AwsTypes.ECS_SERVICE, new Figure(Duration.ofMinutes(3),
                    "tasks start (30-90 s), register and pass 3 health checks 15 s apart before a steady state; ECS and ELB docs")),
            Map.entry(AwsTypes.LAMBDA_INVOCATION, new Figure(Duration.ofSeconds(90),
                    "a one-shot Fargate task starts in 30-90 s and the migrations of an empty database take under a minute; estimate")),
            Map.entry(AwsTypes.LAMBDA_FUNCTION, new Figure(Duration.ofSeconds(15),
                    "a function becomes Active within seconds; Lambda developer guide (function states)")),
            Map.entry(AwsTypes.KMS_KEY, new Figure(Duration.ofSeconds(10), "CreateKey returns at once; estimate")),
            Map.entry(AwsTypes.ECS_CLUSTER, new Figure(Duration.ofSeconds(10), "CreateCluster returns at once; estimate")),
            Map.entry(AwsTypes.IAM_ROLE, new Figure(Duration.ofSeconds(10),
                    "the provider waits for IAM's eventual consistency after CreateRole; estimate")));

    private CreationTimes() {
    }

    /** The figure of a type. */
    public static Figure of(String type) {
        return BY_TYPE.getOrDefault(type, OTHER);
    }
}
