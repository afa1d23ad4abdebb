package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;

/**
 * The size and scaling of a service's tasks, as {@link ApiSettings} and {@link ConsoleSettings}
 * both state them: one shape, so one validation and one mapping onto {@link FargateServiceArgs}.
 */
public interface TaskSizing {
    /** Task CPU units. */
    Output<Integer> taskCpu();

    /** Task memory in MiB. */
    Output<Integer> taskMemory();

    /** Tasks started when the service is created. */
    Output<Integer> desiredCount();

    /** The fewest tasks autoscaling keeps. */
    Output<Integer> minCount();

    /** The most tasks autoscaling starts. */
    Output<Integer> maxCount();

    /** Average CPU utilisation autoscaling aims at. */
    Output<Integer> cpuTargetPercent();

    /** Average memory utilisation autoscaling aims at. */
    Output<Integer> memoryTargetPercent();

    /** Sets the task size and scaling of {@code service} to these. */
    default FargateServiceArgs.Builder applyTo(FargateServiceArgs.Builder service) {
        return service.cpu(taskCpu()).memory(taskMemory()).desiredCount(desiredCount()).minCount(minCount())
                .maxCount(maxCount()).cpuTargetPercent(cpuTargetPercent()).memoryTargetPercent(memoryTargetPercent());
    }
}
