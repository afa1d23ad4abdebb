package io.selfhosted.pulumi.ecs.fargate;

/**
 * Defaults of the generic Fargate building block ({@link FargateServiceArgs},
 * {@link TaskSizingArgs}, {@link FargateClusterArgs}, {@link ContainerArgs}). Kept out of the Args
 * classes, whose declared fields the multi-language schema publishes as inputs.
 */
public final class FargateDefaults {
    /** Tasks started when a service is created. */
    public static final int DESIRED_COUNT = 2;
    /** The fewest tasks autoscaling keeps: two spread the service over zones. */
    public static final int MIN_COUNT = 2;
    /** The most tasks autoscaling starts. */
    public static final int MAX_COUNT = 4;
    /** Average CPU utilisation autoscaling aims at. */
    public static final int CPU_TARGET_PERCENT = 60;
    /** Average memory utilisation autoscaling aims at. */
    public static final int MEMORY_TARGET_PERCENT = 70;
    /** Seconds ECS ignores failing load balancer health checks of a starting task. */
    public static final int HEALTH_CHECK_GRACE_PERIOD_SECONDS = 120;
    /** Days CloudWatch Logs keeps container logs (the AWS Foundational Security Best Practices ask for a year). */
    public static final int LOG_RETENTION_DAYS = 365;
    /** CloudWatch Container Insights mode of a cluster. */
    public static final String CONTAINER_INSIGHTS = "enabled";
    /** Whether a task stops when its container stops. */
    public static final boolean ESSENTIAL = true;
    /** Whether an image comes from an ECR pull-through cache. */
    public static final boolean IMPORTS_UPSTREAM = false;
    /** Seconds between SIGTERM and SIGKILL when a task stops (Fargate's maximum). */
    public static final int STOP_TIMEOUT_SECONDS = 120;

    /** CPU units of a one-shot task. */
    public static final int ONE_SHOT_CPU = 256;
    /** Memory (MiB) of a one-shot task. */
    public static final int ONE_SHOT_MEMORY = 512;
    /** Minutes one {@code pulumi up} waits for a one-shot task: the most a Lambda invocation may run. */
    public static final int ONE_SHOT_TIMEOUT_MINUTES = 15;
    /** Minutes {@code pulumi up} waits for a service deployment to reach a steady state. */
    public static final int DEPLOYMENT_TIMEOUT_MINUTES = 30;

    private FargateDefaults() {
    }

    /** The generic scaling defaults; CPU and memory have none, a service must state them. */
    public static TaskSizingArgs sizing() {
        return TaskSizingArgs.builder()
                .desiredCount(DESIRED_COUNT)
                .minCount(MIN_COUNT)
                .maxCount(MAX_COUNT)
                .cpuTargetPercent(CPU_TARGET_PERCENT)
                .memoryTargetPercent(MEMORY_TARGET_PERCENT)
                .build();
    }
}
