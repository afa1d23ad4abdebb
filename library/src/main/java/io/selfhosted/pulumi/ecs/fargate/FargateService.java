package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.ServiceCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ServiceDeploymentCircuitBreakerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionRuntimePlatformArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.ImageReference;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.RuleNames;
import io.selfhosted.pulumi.ecs.internal.SecurityGroupLink;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public FargateService(String name, FargateServiceArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var placement = args.placement();
        var sizing = args.sizing();
        AwsPartition partition = DeploymentRegion.require(placement.region());
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));

        var logGroupArgs = LogGroupArgs.builder()
                .retentionInDays(args.logRetentionDays())
                .tags(tags);
        args.logKmsKeyArn().ifPresent(logGroupArgs::kmsKeyId);
        var logGroup = new LogGroup(name, logGroupArgs.build(), ChildOptions.of(this));

        var securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(placement.vpcId())
                .description("Pulumi Service tasks: load balancer in, only what is needed out")
                .tags(tags)
                .build(), ChildOptions.of(this));
        // Tasks start only once every rule they need exists: the first deployment must not race
        // its own network access.
        List<Resource> access = new ArrayList<>();
        List<EgressRuleArgs> egress = args.egressRules();
        for (int i = 0; i < egress.size(); i++) {
            var rule = egress.get(i);
            access.add(new SecurityGroupEgressRule(name + "-egress-" + RuleNames.suffix(rule.port(), rule.cidr(), i),
                    SecurityGroupEgressRuleArgs.builder()
                    .securityGroupId(securityGroup.id())
                    .ipProtocol("tcp")
                    .fromPort(rule.port())
                    .toPort(rule.port())
                    .cidrIpv4(rule.cidr())
                    .description(rule.description())
                    .tags(tags)
                    .build(), ChildOptions.of(this)));
        }
        args.loadBalancer().ifPresent(target -> access.addAll(SecurityGroupLink.allow(this, name + "-from-lb",
                target.securityGroupId(), securityGroup.id(), args.loadBalancedContainerPort().orElseThrow(),
                Output.of("Load balancer to the container port (traffic and health checks)"), tags)));
        for (SecurityGroupAccessArgs peer : args.peerSecurityGroups()) {
            access.addAll(SecurityGroupLink.allow(this, name + "-to-" + KnownValue.of(peer.name()).orElseThrow(),
                    securityGroup.id(), peer.securityGroupId(), peer.port(), peer.description(), tags));
        }

        var trust = ExecutionRolePolicy.ecsTasksTrust(partition);
        var executionRole = new Role(name + "-execution", RoleArgs.builder()
                .description("Starts the tasks of " + name + ": pulls images, reads its secrets, writes its logs")
                .assumeRolePolicy(trust)
                .tags(tags)
                .build(), ChildOptions.of(this));
        List<String> ecrRepositories = args.containers().stream()
                .map(c -> KnownValue.of(c.image()).map(ImageReference::parse).flatMap(ImageReference::ecrRepositoryArn))
                .flatMap(Optional::stream).distinct().sorted().toList();
        Output<Optional<String>> secretsKey = args.secretsKmsKeyArn().map(k -> k.applyValue(Optional::of))
                .orElse(Output.of(Optional.empty()));
        var executionPolicy = new RolePolicy(name + "-execution", RolePolicyArgs.builder()
                .role(executionRole.id())
                .policy(Output.tuple(logGroup.arn(), ContainerDefinitions.secretArns(args.containers()), secretsKey)
                        .applyValue(t -> ExecutionRolePolicy.document(partition, t.t1, t.t2, t.t3, ecrRepositories)))
                .build(), ChildOptions.of(this));

        var taskDefinitionArgs = TaskDefinitionArgs.builder()
                .family(PhysicalNames.of(name, "", 255))
                .requiresCompatibilities("FARGATE")
                .networkMode("awsvpc")
                .cpu(sizing.cpu().orElseThrow().applyValue(String::valueOf))
                .memory(sizing.memory().orElseThrow().applyValue(String::valueOf))
                .runtimePlatform(TaskDefinitionRuntimePlatformArgs.builder()
                        .operatingSystemFamily("LINUX").cpuArchitecture("X86_64").build())
                .executionRoleArn(executionRole.arn())
                .containerDefinitions(ContainerDefinitions.json(args.containers(), logGroup.name(), partition.region()))
                .skipDestroy(true)
                .tags(tags);
        List<Resource> permissions = new ArrayList<>(List.of(executionPolicy));
        args.taskRolePolicy().ifPresent(policy -> {
            var taskRole = new Role(name + "-task", RoleArgs.builder()
                    .description("Runtime permissions of the " + name + " containers")
                    .assumeRolePolicy(trust)
                    .tags(tags)
                    .build(), ChildOptions.of(this));
            permissions.add(new RolePolicy(name + "-task", RolePolicyArgs.builder()
                    .role(taskRole.id())
                    .policy(policy)
                    .build(), ChildOptions.of(this)));
            taskDefinitionArgs.taskRoleArn(taskRole.arn());
        });
        var taskDefinition = new TaskDefinition(name, taskDefinitionArgs.build(), ChildOptions.of(this));

        var serviceArgs = ServiceArgs.builder()
                .cluster(placement.clusterArn())
                .taskDefinition(taskDefinition.arn())
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
        args.loadBalancer().ifPresent(target -> serviceArgs
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(target.targetGroupArn())
                        .containerName(args.loadBalancedContainerName().orElseThrow())
                        .containerPort(args.loadBalancedContainerPort().orElseThrow())
                        .build())
                .healthCheckGracePeriodSeconds(args.healthCheckGracePeriodSeconds()));
        var service = new Service(name, serviceArgs.build(), ChildOptions.builder(this)
                // The task count belongs to autoscaling once the service exists.
                .ignoreChanges("desiredCount")
                // Tasks need their permissions and network access from their first start on.
                .dependsOn(concat(permissions, access))
                .build());

        autoscaling(name, placement, sizing, service, tags);

        this.serviceName = service.name();
        this.taskDefinitionArn = taskDefinition.arn();
        this.securityGroupId = securityGroup.id();
        this.logGroupName = logGroup.name();
        registerOutputs(Map.of("serviceName", serviceName, "taskDefinitionArn", taskDefinitionArn,
                "securityGroupId", securityGroupId, "logGroupName", logGroupName));
    }

    private static List<Resource> concat(List<Resource> a, List<Resource> b) {
        List<Resource> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
