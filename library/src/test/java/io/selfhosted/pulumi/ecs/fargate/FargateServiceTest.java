package io.selfhosted.pulumi.ecs.fargate;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.service.ApiArgs;
import io.selfhosted.pulumi.ecs.service.ApiDefaults;
import io.selfhosted.pulumi.ecs.service.ConsoleArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleDefaults;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.APPAUTOSCALING_POLICY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.APPAUTOSCALING_TARGET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.IAM_ROLE;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.containers;
import static org.assertj.core.api.Assertions.assertThat;

/** The ECS services, task definitions, logs and autoscaling of the API and the Console. */
class FargateServiceTest {
    private static final List<String> PRIVATE = List.of("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012");

    private static Plan plan;

    @BeforeAll
    static void run() {
        plan = install(b -> b);
    }

    @ParameterizedTest
    @CsvSource({"pulumi-api, pulumi-service, 8080, 300", "pulumi-console, pulumi-console, 3000, 120"})
    void servicesDeploySafelyInThePrivateSubnets(String name, String container, int port, int grace) {
        var service = plan.resource(ECS_SERVICE, name);
        assertThat(service.list("networkConfiguration.subnets")).containsExactlyElementsOf(PRIVATE);
        assertThat(service.bool("networkConfiguration.assignPublicIp")).isFalse();
        assertThat(service.bool("deploymentCircuitBreaker.enable")).isTrue();
        assertThat(service.bool("deploymentCircuitBreaker.rollback")).isTrue();
        assertThat(service.integer("deploymentMinimumHealthyPercent")).isEqualTo(100);
        assertThat(service.integer("deploymentMaximumPercent")).isEqualTo(200);
        assertThat(service.integer("healthCheckGracePeriodSeconds")).isEqualTo(grace).isGreaterThanOrEqualTo(120);
        assertThat(service.string("platformVersion")).isEqualTo("1.4.0");
        assertThat(service.integer("desiredCount")).isEqualTo(2);
        assertThat(service.ignoreChanges()).containsExactly("desiredCount");
        assertThat(service.string("loadBalancers[0].containerName")).isEqualTo(container);
        assertThat(service.integer("loadBalancers[0].containerPort")).isEqualTo(port);
        assertThat(service.string("loadBalancers[0].targetGroupArn")).contains(":targetgroup/");
        assertThat(service.string("taskDefinition")).contains(":task-definition/");
    }

    @ParameterizedTest
    @CsvSource({"pulumi-api, 2048, 4096", "pulumi-console, 512, 1024"})
    void taskDefinitionsAreFargateAwsvpcWithDefaultSizes(String name, String cpu, String memory) {
        var task = plan.resource(ECS_TASK_DEFINITION, name);
        assertThat(task.list("requiresCompatibilities")).containsExactly("FARGATE");
        assertThat(task.string("networkMode")).isEqualTo("awsvpc");
        assertThat(task.string("cpu")).isEqualTo(cpu);
        assertThat(task.string("memory")).isEqualTo(memory);
        assertThat(task.string("executionRoleArn")).contains(":role/" + name + "-execution");
        // Every container stops gracefully.
        assertThat(containers(task)).allSatisfy(c -> assertThat(c.get("stopTimeout")).isEqualTo(120.0));
    }

    @ParameterizedTest
    @CsvSource({"pulumi-api, 2, 6, 60, 70", "pulumi-console, 2, 4, 60, 70"})
    void autoscalingTracksCpuAndMemory(String name, int min, int max, double cpuTarget, double memoryTarget) {
        var target = plan.resource(APPAUTOSCALING_TARGET, name);
        assertThat(target.integer("minCapacity")).isEqualTo(min);
        assertThat(target.integer("maxCapacity")).isEqualTo(max);
        assertThat(target.string("serviceNamespace")).isEqualTo("ecs");
        assertThat(target.string("scalableDimension")).isEqualTo("ecs:service:DesiredCount");
        assertThat(target.string("resourceId")).matches("service/pulumi-[0-9a-f]+/" + name + "-[0-9a-f]+");

        var cpu = plan.resource(APPAUTOSCALING_POLICY, name + "-cpu");
        var memory = plan.resource(APPAUTOSCALING_POLICY, name + "-memory");
        assertThat(List.of(cpu, memory)).allSatisfy(p -> {
            assertThat(p.string("policyType")).isEqualTo("TargetTrackingScaling");
            assertThat(p.string("resourceId")).isEqualTo(target.string("resourceId"));
        });
        assertThat(cpu.string("targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType"))
                .isEqualTo("ECSServiceAverageCPUUtilization");
        assertThat(cpu.number("targetTrackingScalingPolicyConfiguration.targetValue")).isEqualTo(cpuTarget);
        assertThat(memory.string("targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType"))
                .isEqualTo("ECSServiceAverageMemoryUtilization");
        assertThat(memory.number("targetTrackingScalingPolicyConfiguration.targetValue")).isEqualTo(memoryTarget);
    }

    @Test
    void sizingAndScalingFollowTheSettings() {
        Plan custom = install(b -> b
                .api(ApiArgs.builder().sizing(TaskSizingArgs.builder().cpu(4096).memory(8192).desiredCount(3).minCount(3).maxCount(10)
                        .cpuTargetPercent(50).memoryTargetPercent(80).build()).healthCheckGracePeriodSeconds(600).build())
                .console(ConsoleArgs.builder().sizing(TaskSizingArgs.builder().cpu(1024).memory(2048).desiredCount(4).minCount(4).maxCount(8)
                        .build()).build()));

        var api = custom.resource(ECS_TASK_DEFINITION, "pulumi-api");
        assertThat(api.string("cpu")).isEqualTo("4096");
        assertThat(api.string("memory")).isEqualTo("8192");
        assertThat(custom.resource(ECS_SERVICE, "pulumi-api").integer("desiredCount")).isEqualTo(3);
        assertThat(custom.resource(ECS_SERVICE, "pulumi-api").integer("healthCheckGracePeriodSeconds")).isEqualTo(600);
        assertThat(custom.resource(APPAUTOSCALING_TARGET, "pulumi-api").integer("minCapacity")).isEqualTo(3);
        assertThat(custom.resource(APPAUTOSCALING_TARGET, "pulumi-api").integer("maxCapacity")).isEqualTo(10);
        assertThat(custom.resource(APPAUTOSCALING_POLICY, "pulumi-api-cpu").number("targetTrackingScalingPolicyConfiguration.targetValue"))
                .isEqualTo(50.0);
        assertThat(custom.resource(APPAUTOSCALING_POLICY, "pulumi-api-memory").number("targetTrackingScalingPolicyConfiguration.targetValue"))
                .isEqualTo(80.0);
        var console = custom.resource(ECS_TASK_DEFINITION, "pulumi-console");
        assertThat(console.string("cpu")).isEqualTo("1024");
        assertThat(console.string("memory")).isEqualTo("2048");
        assertThat(custom.resource(ECS_SERVICE, "pulumi-console").integer("desiredCount")).isEqualTo(4);
        assertThat(custom.resource(APPAUTOSCALING_TARGET, "pulumi-console").integer("maxCapacity")).isEqualTo(8);
    }

    @Test
    void anUnsetDesiredCountFollowsTheAutoscalingBoundsTheUserSet() {
        // Only minCount and maxCount given: the default desired count (2) moves into 3..10 and
        // 1..1, instead of being reported against a key the user never set.
        Plan bounded = install(b -> b
                .api(ApiArgs.builder().sizing(TaskSizingArgs.builder().minCount(3).maxCount(10).build()).build())
                .console(ConsoleArgs.builder().sizing(TaskSizingArgs.builder().minCount(1).maxCount(1).build()).build()));

        assertThat(bounded.resource(ECS_SERVICE, "pulumi-api").integer("desiredCount")).isEqualTo(3);
        assertThat(bounded.resource(ECS_SERVICE, "pulumi-console").integer("desiredCount")).isEqualTo(1);
    }

    @Test
    void eachServiceLogsToItsOwnLogGroupWithFiniteRetention() {
        assertThat(plan.resourcesOfType(CLOUDWATCH_LOG_GROUP).stream()
                .filter(g -> g.parentType().filter(t -> t.startsWith("selfhosted-ecs:fargate:")).isPresent()))
                .extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("pulumi-api", "pulumi-console", "pulumi-api-migrations", "pulumi-api-migrations-runner");
        // Every log group of the install, the database's included, keeps logs for the same finite time.
        assertThat(plan.resourcesOfType(CLOUDWATCH_LOG_GROUP)).allSatisfy(g -> assertThat(g.integer("retentionInDays")).isEqualTo(365));
        String apiGroup = plan.resource(ECS_TASK_DEFINITION, "pulumi-api").string("containerDefinitions[0].logConfiguration.options.awslogs-group");
        String consoleGroup = plan.resource(ECS_TASK_DEFINITION, "pulumi-console").string("containerDefinitions[0].logConfiguration.options.awslogs-group");
        assertThat(apiGroup).startsWith("pulumi-api-");
        assertThat(consoleGroup).startsWith("pulumi-console-");

        Plan shorter = install(b -> b.logRetentionDays(90));
        assertThat(shorter.resourcesOfType(CLOUDWATCH_LOG_GROUP)).hasSameSizeAs(plan.resourcesOfType(CLOUDWATCH_LOG_GROUP))
                .allSatisfy(g -> assertThat(g.integer("retentionInDays")).isEqualTo(90));
    }

    @Test
    void aStandaloneServiceWithoutTaskPermissionsOrLoadBalancerGetsNeither() {
        Plan standalone = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new FargateService("worker",
                FargateServiceArgs.builder()
                        .placement(PlacementArgs.builder()
                                .clusterArn(SampleInstall.arn(SampleInstall.REGION, "ecs", "cluster/shared"))
                                .clusterName("shared")
                                .vpcId("vpc-0a1b2c3d4e5f67890")
                                .subnetIds(PRIVATE)
                                .build())
                        .containers(ContainerArgs.builder().name("worker").image("example/worker:1.0").build())
                        .sizing(TaskSizingArgs.builder().cpu(256).memory(512).build())
                        .build(), null)).requireSuccess();

        var service = standalone.single(ECS_SERVICE);
        assertThat(service.has("loadBalancers")).isFalse();
        assertThat(service.bool("networkConfiguration.assignPublicIp")).isFalse();
        assertThat(service.bool("deploymentCircuitBreaker.rollback")).isTrue();
        assertThat(service.ignoreChanges()).containsExactly("desiredCount");
        assertThat(standalone.resourcesOfType(IAM_ROLE)).extracting(PlannedResource::name).containsExactly("worker-execution");
        var task = standalone.single(ECS_TASK_DEFINITION);
        assertThat(task.has("taskRoleArn")).isFalse();
        assertThat(task.string("cpu")).isEqualTo("256");
        assertThat(task.string("containerDefinitions[0].logConfiguration.logDriver")).isEqualTo("awslogs");
        assertThat(standalone.single(CLOUDWATCH_LOG_GROUP).integer("retentionInDays")).isEqualTo(FargateDefaults.LOG_RETENTION_DAYS);
        assertThat(standalone.single(APPAUTOSCALING_TARGET).integer("minCapacity")).isEqualTo(2);
        assertThat(standalone.resourcesOfType(APPAUTOSCALING_POLICY)).hasSize(2);
    }
}
