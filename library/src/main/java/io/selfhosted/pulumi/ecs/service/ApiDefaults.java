package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.fargate.FargateDefaults;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;

/**
 * Defaults of the API service ({@link ApiArgs}); kept out of the Args classes, whose declared
 * fields the multi-language schema publishes as inputs.
 */
public final class ApiDefaults {
    /** Task CPU units: the service documents 2 vCPU per API task for production. */
    public static final int TASK_CPU = 2048;
    /** Task memory in MiB: the service documents 4 GB per API task. */
    public static final int TASK_MEMORY = 4096;
    /** Tasks started when the service is created. */
    public static final int DESIRED_COUNT = FargateDefaults.DESIRED_COUNT;
    /** The fewest tasks autoscaling keeps. */
    public static final int MIN_COUNT = FargateDefaults.MIN_COUNT;
    /** The most tasks autoscaling starts. */
    public static final int MAX_COUNT = 6;
    /** Average CPU utilisation autoscaling aims at. */
    public static final int CPU_TARGET_PERCENT = FargateDefaults.CPU_TARGET_PERCENT;
    /** Average memory utilisation autoscaling aims at. */
    public static final int MEMORY_TARGET_PERCENT = FargateDefaults.MEMORY_TARGET_PERCENT;
    /** Seconds a new task may fail health checks while migrations run and the API starts. */
    public static final int HEALTH_CHECK_GRACE_PERIOD_SECONDS = 300;
    /** Whether email/password logins are refused. */
    public static final boolean DISABLE_EMAIL_LOGIN = false;
    /** Whether email/password sign-ups are refused. */
    public static final boolean DISABLE_EMAIL_SIGNUP = false;
    /** {@code PULUMI_ENGINE_EVENTS_SCHEMA_V2}. */
    public static final boolean ENGINE_EVENTS_SCHEMA_V2 = true;
    /** {@code PULUMI_ENGINE_EVENTS_LEGACY_WRITE}. */
    public static final boolean ENGINE_EVENTS_LEGACY_WRITE = false;
    /** Whether a non-default engine events setting was agreed with Pulumi support. */
    public static final boolean ENGINE_EVENTS_CHANGE_ACKNOWLEDGED = false;
    /** Whether {@code pulumi up} runs the database migrations of a new image tag. */
    public static final boolean RUN_MIGRATIONS = true;
    /** Minutes one {@code pulumi up} waits for the migrations: the most a Lambda invocation may run. */
    public static final int MIGRATIONS_TIMEOUT_MINUTES = 15;

    private ApiDefaults() {
    }

    /** The API's task size and scaling, every value its default. */
    public static TaskSizingArgs sizing() {
        return TaskSizingArgs.builder()
                .cpu(TASK_CPU)
                .memory(TASK_MEMORY)
                .desiredCount(DESIRED_COUNT)
                .minCount(MIN_COUNT)
                .maxCount(MAX_COUNT)
                .cpuTargetPercent(CPU_TARGET_PERCENT)
                .memoryTargetPercent(MEMORY_TARGET_PERCENT)
                .build();
    }
}
