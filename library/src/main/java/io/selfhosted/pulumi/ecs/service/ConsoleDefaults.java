package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.fargate.FargateDefaults;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;

/**
 * Defaults of the Console service ({@link ConsoleArgs}); kept out of the Args classes, whose
 * declared fields the multi-language schema publishes as inputs.
 */
public final class ConsoleDefaults {
    /** Task CPU units. */
    public static final int TASK_CPU = 512;
    /** Task memory in MiB. */
    public static final int TASK_MEMORY = 1024;
    /** Tasks started when the service is created. */
    public static final int DESIRED_COUNT = FargateDefaults.DESIRED_COUNT;
    /** The fewest tasks autoscaling keeps. */
    public static final int MIN_COUNT = FargateDefaults.MIN_COUNT;
    /** The most tasks autoscaling starts. */
    public static final int MAX_COUNT = FargateDefaults.MAX_COUNT;
    /** Average CPU utilisation autoscaling aims at. */
    public static final int CPU_TARGET_PERCENT = FargateDefaults.CPU_TARGET_PERCENT;
    /** Average memory utilisation autoscaling aims at. */
    public static final int MEMORY_TARGET_PERCENT = FargateDefaults.MEMORY_TARGET_PERCENT;
    /** Whether the email/password login form is hidden. */
    public static final boolean HIDE_EMAIL_LOGIN = false;
    /** Whether the email sign-up form is hidden. */
    public static final boolean HIDE_EMAIL_SIGNUP = false;
    /** Whether the Console offers SAML single sign-on. */
    public static final boolean SAML_SSO_ENABLED = false;

    private ConsoleDefaults() {
    }

    /** The Console's task size and scaling, every value its default. */
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
