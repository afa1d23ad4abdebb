package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.inputs.ServiceCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ServiceDeploymentCircuitBreakerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;

import javax.annotation.Nullable;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Fargate service: task definition, execution role (and task role when the tasks need AWS
 * access), security group, log group, and CPU/memory target-tracking autoscaling. The generic
 * building block the API and the Console are made of; it knows nothing about either.
 *
 * <p>Safe deployments: a circuit breaker rolls a failing deployment back; 100% minimum healthy and
 * 200% maximum let a new set of tasks start before the old stops and never deadlock; tasks spread
 * over the subnets' zones; they get no public IP. Once created, autoscaling owns the task count:
 * later runs leave {@code desiredCount} alone. Old task definition revisions are kept so that a
 * rollback always has one to return to.
 */
public class FargateService extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:fargate:FargateService";

    /** The Fargate platform version: pinned rather than LATEST so a run never changes it silently. */
    public static final String PLATFORM_VERSION = "1.4.0";

    @Export(name = "serviceName", refs = String.class)
    private final Output<String> serviceName;

    @Export(name = "serviceArn", refs = String.class)
    private final Output<String> serviceArn;

    @Export(name = "executionRoleArn", refs = String.class)
    private final Output<String> executionRoleArn;

    @Export(name = "taskRoleArn", refs = String.class)
    private final @Nullable Output<String> taskRoleArn;

    @Export(name = "taskDefinitionArn", refs = String.class)
    private final Output<String> taskDefinitionArn;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    @Export(name = "logGroupName", refs = String.class)
    private final Output<String> logGroupName;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    cluster, network, containers, sizing and load balancing
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public FargateService(String name, FargateServiceArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var placement = args.placement();
        var sizing = args.sizing();
        AwsPartition partition = DeploymentRegion.require(placement.region());
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));

        var foundation = new TaskFoundation(this, name, partition, placement, args.containers(),
                new TaskFoundation.Access(args.egressRules(), args.peerSecurityGroups(), args.target(), args.loadBalancedContainerPort()),
                args.secretsKmsKeyArn(), args.logRetentionDays(), args.logKmsKeyArn(),
                "Pulumi Service tasks: load balancer in, only what is needed out", tags);
        var logGroup = foundation.logGroup;
        var securityGroup = foundation.securityGroup;
        var taskDefinitionArgs = foundation.taskDefinition(args.containers(), sizing.cpu().orElseThrow(), sizing.memory().orElseThrow());
        this.taskRoleArn = args.taskRolePolicy().map(policy -> foundation.taskRole(policy).arn()).orElse(null);
        if (taskRoleArn != null) {
            taskDefinitionArgs.taskRoleArn(taskRoleArn);
        }
        this.executionRoleArn = foundation.executionRole.arn();
        var taskDefinition = new TaskDefinition(name, taskDefinitionArgs.build(), ChildOptions.of(this));

        var serviceArgs = ServiceArgs.builder()
                .cluster(placement.clusterArn())
                // A gate (a migrations run, say) holds the deployment of a new revision until it
                // has succeeded, and stops it when it fails.
                .taskDefinition(args.deploymentGate()
                        .map(gate -> Output.tuple(gate, taskDefinition.arn()).applyValue(t -> t.t2))
                        .orElse(taskDefinition.arn()))
                .desiredCount(sizing.desiredCount().orElseThrow())
                .capacityProviderStrategies(ServiceCapacityProviderStrategyArgs.builder()
                        .capacityProvider("FARGATE").weight(1).base(0).build())
                .platformVersion(PLATFORM_VERSION)
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder()
                        .subnets(placement.subnetIds())
                        .securityGroups(securityGroup.id().applyValue(List::of))
                        .assignPublicIp(false)
                        .build())
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreakerArgs.builder().enable(true).rollback(true).build())
                .deploymentMinimumHealthyPercent(100)
                .deploymentMaximumPercent(200)
                .availabilityZoneRebalancing("ENABLED")
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                .waitForSteadyState(true)
                .tags(tags);
        args.target().ifPresent(target -> serviceArgs
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(target.targetGroupArn())
                        .containerName(args.loadBalancedContainerName().orElseThrow())
                        .containerPort(args.loadBalancedContainerPort().orElseThrow())
                        .build())
                .healthCheckGracePeriodSeconds(args.healthCheckGracePeriodSeconds()));
        // waitForSteadyState makes pulumi up fail when a deployment never becomes healthy; the
        // timeout bounds the wait. The AWS provider reports a deployment that the circuit breaker
        // rolled back as a success (terraform-provider-aws #19519, #20858): the failure alerts
        // of the install's monitoring say so instead.
        Duration deploymentTimeout = Duration.ofMinutes(KnownValue.of(args.deploymentTimeoutMinutes())
                .orElse(FargateDefaults.DEPLOYMENT_TIMEOUT_MINUTES));
        var service = new Service(name, serviceArgs.build(), ChildOptions.builder(this)
                .customTimeouts(CustomTimeouts.builder().create(deploymentTimeout).update(deploymentTimeout).build())
                // The task count belongs to autoscaling once the service exists.
                .ignoreChanges("desiredCount")
                // Tasks need their permissions and network access from their first start on.
                .dependsOn(foundation.prerequisites)
                .build());

        autoscaling(name, placement, sizing, service, tags);

        this.serviceName = service.name();
        // The provider's id of an ECS service is its ARN.
        this.serviceArn = service.id();
        this.taskDefinitionArn = taskDefinition.arn();
        this.securityGroupId = securityGroup.id();
        this.logGroupName = logGroup.name();
        var outputs = new java.util.LinkedHashMap<String, Output<?>>(Map.of("serviceName", serviceName, "serviceArn", serviceArn,
                "taskDefinitionArn", taskDefinitionArn, "securityGroupId", securityGroupId, "logGroupName", logGroupName,
                "executionRoleArn", executionRoleArn));
        if (taskRoleArn != null) {
            outputs.put("taskRoleArn", taskRoleArn);
        }
        registerOutputs(outputs);
    }

    private void autoscaling(String name, PlacementArgs placement, TaskSizingArgs sizing, Service service,
                             Output<Map<String, String>> tags) {
        var target = new Target(name, TargetArgs.builder()
                .serviceNamespace("ecs")
                .scalableDimension("ecs:service:DesiredCount")
                .resourceId(Output.tuple(placement.clusterName(), service.name())
                        .applyValue(t -> "service/" + t.t1 + "/" + t.t2))
                .minCapacity(sizing.minCount().orElseThrow())
                .maxCapacity(sizing.maxCount().orElseThrow())
                .tags(tags)
                .build(), ChildOptions.of(this));
        scalingPolicy(name + "-cpu", target, "ECSServiceAverageCPUUtilization", sizing.cpuTargetPercent().orElseThrow());
        scalingPolicy(name + "-memory", target, "ECSServiceAverageMemoryUtilization", sizing.memoryTargetPercent().orElseThrow());
    }

    private static ComponentResourceOptions validated(FargateServiceArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("FargateServiceArgs");
        }
        FargateValidation.service(problems, args);
        problems.throwIfAny("FargateServiceArgs");
        return options;
    }

    private void scalingPolicy(String logicalName, Target target, String metric, Output<Integer> targetPercent) {
        new Policy(logicalName, PolicyArgs.builder()
                .policyType("TargetTrackingScaling")
                .serviceNamespace(target.serviceNamespace())
                .scalableDimension(target.scalableDimension())
                .resourceId(target.resourceId())
                .targetTrackingScalingPolicyConfiguration(PolicyTargetTrackingScalingPolicyConfigurationArgs.builder()
                        .predefinedMetricSpecification(
                                PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                                        .predefinedMetricType(metric).build())
                        .targetValue(targetPercent.applyValue(Integer::doubleValue))
                        // Scale out fast, scale in slowly: a short burst should not shed capacity.
                        .scaleOutCooldown(60)
                        .scaleInCooldown(300)
                        .build())
                .build(), ChildOptions.of(this));
    }

    /** The ECS service's name. */
    public Output<String> serviceName() {
        return serviceName;
    }

    /** The ECS service's ARN. */
    public Output<String> serviceArn() {
        return serviceArn;
    }

    /** The role ECS starts the tasks with (pulls images, reads the secrets, writes the logs). */
    public Output<String> executionRoleArn() {
        return executionRoleArn;
    }

    /** The role the containers call AWS with, when {@link FargateServiceArgs#taskRolePolicy()} gives it a policy. */
    public java.util.Optional<Output<String>> taskRoleArn() {
        return java.util.Optional.ofNullable(taskRoleArn);
    }

    /** The current task definition revision's ARN. */
    public Output<String> taskDefinitionArn() {
        return taskDefinitionArn;
    }

    /** The tasks' security group. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /** The containers' log group. */
    public Output<String> logGroupName() {
        return logGroupName;
    }
}
