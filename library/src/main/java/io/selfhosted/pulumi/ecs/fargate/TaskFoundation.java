package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionRuntimePlatformArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.ImageReference;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import io.selfhosted.pulumi.ecs.internal.RuleNames;
import io.selfhosted.pulumi.ecs.internal.SecurityGroupLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the tasks of one component stand on: their log group, their security group with every
 * rule they need, and the execution role ECS starts them with (allowed to write that log group,
 * read exactly the containers' secrets and pull exactly their ECR images). Shared by long-running
 * services and one-shot tasks, which differ only in what starts the task.
 */
final class TaskFoundation {
    final LogGroup logGroup;
    final SecurityGroup securityGroup;
    final Role executionRole;
    /** The trust policy letting ECS tasks assume a role. */
    final String trust;
    /** The execution policy and the network rules: a task must not start before they exist. */
    final List<Resource> prerequisites = new ArrayList<>();

    private final Resource parent;
    private final String name;
    private final AwsPartition partition;
    private final Output<Map<String, String>> tags;

    /** The parts of a component's tasks that other components or the load balancer supply. */
    record Access(List<EgressRuleArgs> egress, List<SecurityGroupAccessArgs> peers, Optional<LoadBalancerTargetArgs> target,
                  Optional<Output<Integer>> loadBalancedPort) {
    }

    TaskFoundation(Resource parent, String name, AwsPartition partition, PlacementArgs placement, List<ContainerArgs> containers,
                   Access access, Optional<Output<String>> secretsKmsKeyArn, Output<Integer> logRetentionDays,
                   Optional<Output<String>> logKmsKeyArn, String description, Output<Map<String, String>> tags) {
        this.parent = parent;
        this.name = name;
        this.partition = partition;
        this.tags = tags;

        var logGroupArgs = LogGroupArgs.builder()
                .retentionInDays(logRetentionDays)
                .tags(tags);
        logKmsKeyArn.ifPresent(logGroupArgs::kmsKeyId);
        this.logGroup = new LogGroup(name, logGroupArgs.build(), ChildOptions.of(parent));

        this.securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(placement.vpcId())
                .description(description)
                .tags(tags)
                .build(), ChildOptions.of(parent));
        // Tasks start only once every rule they need exists: the first deployment must not race
        // its own network access.
        List<EgressRuleArgs> egress = access.egress();
        for (int index = 0; index < egress.size(); index++) {
            final int i = index;
            var rule = egress.get(i);
            Output<String> destination = rule.cidr().or(rule::prefixListId).orElseThrow();
            var ruleArgs = SecurityGroupEgressRuleArgs.builder()
                    .securityGroupId(securityGroup.id())
                    .ipProtocol("tcp")
                    .fromPort(rule.port())
                    .toPort(rule.port())
                    .description(rule.description())
                    .tags(tags);
            rule.cidr().ifPresent(ruleArgs::cidrIpv4);
            rule.prefixListId().ifPresent(ruleArgs::prefixListId);
            String suffix = rule.name().flatMap(KnownValue::of).orElseGet(() -> RuleNames.suffix(rule.port(), destination, i));
            prerequisites.add(new SecurityGroupEgressRule(name + "-egress-" + suffix,
                    ruleArgs.build(), ChildOptions.of(parent)));
        }
        access.target().ifPresent(target -> prerequisites.addAll(SecurityGroupLink.allow(parent, name + "-from-lb",
                target.securityGroupId(), securityGroup.id(), access.loadBalancedPort().orElseThrow(),
                Output.of("Load balancer to the container port (traffic and health checks)"), tags)));
        for (SecurityGroupAccessArgs peer : access.peers()) {
            prerequisites.addAll(SecurityGroupLink.allow(parent, name + "-to-" + KnownValue.of(peer.name()).orElseThrow(),
                    securityGroup.id(), peer.securityGroupId(), peer.port(), peer.description(), tags));
        }

        this.trust = ExecutionRolePolicy.ecsTasksTrust(partition);
        this.executionRole = new Role(name + "-execution", RoleArgs.builder()
                .description("Starts the tasks of " + name + ": pulls images, reads its secrets, writes its logs")
                .assumeRolePolicy(trust)
                .tags(tags)
                .build(), ChildOptions.of(parent));
        // The images may be known only at deployment (an ECR registry of the deploying account).
        Output<List<String>> ecrRepositories = Output.all(containers.stream()
                        .map(c -> c.image().applyValue(image -> ImageReference.parse(image).ecrRepositoryArn().orElse("")))
                        .toList())
                .applyValue(arns -> arns.stream().filter(a -> !a.isEmpty()).distinct().sorted().toList());
        Output<List<String>> importing = Output.all(containers.stream()
                        .map(c -> Output.tuple(c.image(), c.importsUpstream()).applyValue(t -> t.t2
                                ? ImageReference.parse(t.t1).ecrRepositoryArn().orElse("") : ""))
                        .toList())
                .applyValue(arns -> arns.stream().filter(a -> !a.isEmpty()).distinct().sorted().toList());
        Output<Optional<String>> secretsKey = secretsKmsKeyArn.map(k -> k.applyValue(Optional::of))
                .orElse(Output.of(Optional.empty()));
        prerequisites.add(0, new RolePolicy(name + "-execution", RolePolicyArgs.builder()
                .role(executionRole.id())
                .policy(Output.tuple(logGroup.arn(), ContainerDefinitions.secretArns(containers), secretsKey, ecrRepositories, importing)
                        .applyValue(t -> ExecutionRolePolicy.document(partition, t.t1, t.t2, t.t3, t.t4, t.t5)))
                .build(), ChildOptions.of(parent)));
    }

    /** The family of the component's task definition. */
    String family() {
        return PhysicalNames.of(name, "", 255);
    }

    /** A Fargate task definition of the containers, logging to the log group, started by the execution role. */
    TaskDefinitionArgs.Builder taskDefinition(List<ContainerArgs> containers, Output<Integer> cpu, Output<Integer> memory) {
        return TaskDefinitionArgs.builder()
                .family(family())
                .requiresCompatibilities("FARGATE")
                .networkMode("awsvpc")
                .cpu(cpu.applyValue(String::valueOf))
                .memory(memory.applyValue(String::valueOf))
                .runtimePlatform(TaskDefinitionRuntimePlatformArgs.builder()
                        .operatingSystemFamily("LINUX").cpuArchitecture("X86_64").build())
                .executionRoleArn(executionRole.arn())
                .containerDefinitions(ContainerDefinitions.json(containers, logGroup.name(), partition.region()))
                // Old revisions stay registered, so that a rollback always has one to return to.
                .skipDestroy(true)
                .tags(tags);
    }

    /** A task role with the policy, for tasks that call AWS themselves. */
    Role taskRole(Output<String> policy) {
        var taskRole = new Role(name + "-task", RoleArgs.builder()
                .description("Runtime permissions of the " + name + " containers")
                .assumeRolePolicy(trust)
                .tags(tags)
                .build(), ChildOptions.of(parent));
        prerequisites.add(new RolePolicy(name + "-task", RolePolicyArgs.builder()
                .role(taskRole.id())
                .policy(policy)
                .build(), ChildOptions.of(parent)));
        return taskRole;
    }
}
