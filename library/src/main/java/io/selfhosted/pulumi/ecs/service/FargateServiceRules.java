package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Rules;

import javax.annotation.Nullable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validation shared by the services: task sizes, counts and scaling targets, and the containers
 * of a {@link FargateService}.
 */
public final class FargateServiceRules {
    private static final Set<String> CONDITIONS = Set.of("START", "COMPLETE", "SUCCESS", "HEALTHY");

    private FargateServiceRules() {
    }

    /**
     * Sizes, counts and scaling targets of a service's settings ({@code taskCpu}, {@code taskMemory},
     * {@code minCount} ...), reported under {@code path}.
     */
    public static void checkSizing(Problems problems, String path, TaskSizing sizing) {
        checkSizing(problems, path, path + "taskCpu", path + "taskMemory", sizing.taskCpu(), sizing.taskMemory(),
                sizing.desiredCount(), sizing.minCount(), sizing.maxCount(), sizing.cpuTargetPercent(),
                sizing.memoryTargetPercent());
    }

    private static void checkSizing(Problems problems, String path, String cpuPath, String memoryPath,
                                    Output<Integer> cpu, Output<Integer> memory,
                                    Output<Integer> desired, Output<Integer> min, Output<Integer> max,
                                    Output<Integer> cpuTarget, Output<Integer> memoryTarget) {
        Optional<Integer> knownCpu = KnownValue.of(cpu);
        Optional<Integer> knownMemory = KnownValue.of(memory);
        if (knownCpu.isPresent() && knownMemory.isPresent()) {
            Rules.fargateSize(problems, cpuPath, memoryPath, knownCpu.get(), knownMemory.get());
        }
        Optional<Integer> lo = KnownValue.of(min);
        Optional<Integer> hi = KnownValue.of(max);
        Optional<Integer> want = KnownValue.of(desired);
        lo.ifPresent(v -> problems.check(v >= 1, path + "minCount", v + " would let autoscaling stop every task; use 1 or more (2 or more spreads tasks over zones)"));
        want.ifPresent(v -> problems.check(v >= 1, path + "desiredCount", v + " starts no task; use 1 or more"));
        if (lo.isPresent() && hi.isPresent()) {
            problems.check(lo.get() <= hi.get(), path + "maxCount", hi.get() + " is below minCount " + lo.get() + "; raise maxCount or lower minCount");
        }
        if (want.isPresent() && lo.isPresent() && hi.isPresent() && lo.get() <= hi.get() && lo.get() >= 1) {
            problems.check(want.get() >= lo.get() && want.get() <= hi.get(), path + "desiredCount",
                    want.get() + " is outside minCount..maxCount (" + lo.get() + ".." + hi.get() + "); pick a count within the autoscaling bounds");
        }
        KnownValue.of(cpuTarget).ifPresent(v -> Rules.range(problems, path + "cpuTargetPercent", v, 10, 90, " percent"));
        KnownValue.of(memoryTarget).ifPresent(v -> Rules.range(problems, path + "memoryTargetPercent", v, 10, 90, " percent"));
    }

    static ComponentResourceOptions validated(FargateServiceArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        DeploymentRegion.partition(args.region(), problems, "region");
        KnownValue.of(args.vpcId()).ifPresent(id -> Rules.ec2Id(problems, "vpcId", id, "vpc"));
        KnownValue.of(args.subnetIds()).ifPresent(ids -> Rules.subnetIds(problems, "subnetIds", ids, 1, "private"));
        // FargateServiceArgs calls the sizes cpu and memory, not taskCpu and taskMemory.
        checkSizing(problems, "", "cpu", "memory", args.cpu(), args.memory(), args.desiredCount(), args.minCount(), args.maxCount(),
                args.cpuTargetPercent(), args.memoryTargetPercent());
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Rules.logRetention(problems, "logRetentionDays", d));
        KnownValue.of(args.healthCheckGracePeriodSeconds()).ifPresent(s ->
                Rules.range(problems, "healthCheckGracePeriodSeconds", s, 0, 2147483647, " seconds"));
        boolean balanced = args.targetGroupArn().isPresent();
        problems.check(!balanced || (args.loadBalancedContainerName().isPresent() && args.loadBalancedContainerPort().isPresent()
                        && args.loadBalancerSecurityGroupId().isPresent()), "targetGroupArn",
                "is set without loadBalancedContainerName, loadBalancedContainerPort and loadBalancerSecurityGroupId; set all four or none");
        var egress = args.egressRules();
        for (int i = 0; i < egress.size(); i++) {
            String path = "egressRules[" + i + "]";
            KnownValue.of(egress.get(i).port()).ifPresent(port -> Rules.range(problems, path + ".port", port, 1, 65535, ""));
            KnownValue.of(egress.get(i).cidr()).ifPresent(cidr -> Rules.ipv4Cidr(problems, path + ".cidr", cidr));
            KnownValue.of(egress.get(i).description()).ifPresent(d -> Rules.ruleDescription(problems, path + ".description", d));
        }
        var peers = args.peerSecurityGroups();
        Set<String> peerNames = new HashSet<>();
        for (int i = 0; i < peers.size(); i++) {
            String path = "peerSecurityGroups[" + i + "]";
            var peer = peers.get(i);
            KnownValue.of(peer.name()).ifPresentOrElse(
                    n -> problems.check(n.matches("^[a-z][a-z0-9-]{0,30}$") && peerNames.add(n), path + ".name", "'" + n
                            + "' must be a distinct short name of lowercase letters, digits and hyphens (it names the rules)"),
                    () -> problems.add(path + ".name", "must be known when the program runs (it names the rules)"));
            KnownValue.of(peer.port()).ifPresent(port -> Rules.range(problems, path + ".port", port, 1, 65535, ""));
            KnownValue.of(peer.description()).ifPresent(d -> Rules.ruleDescription(problems, path + ".description", d));
        }
        checkContainers(problems, args.containers(), args.loadBalancedContainerName().flatMap(KnownValue::of));
        problems.throwIfAny("FargateServiceArgs");
        return options;
    }

    private static void checkContainers(Problems problems, List<ContainerArgs> containers, Optional<String> balanced) {
        problems.check(!containers.isEmpty(), "containers", "is empty; a task needs at least one container");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < containers.size(); i++) {
            var c = containers.get(i);
            String path = "containers[" + i + "]";
            KnownValue.of(c.name()).ifPresent(n -> problems.check(names.add(n), path + ".name", "'" + n + "' is used twice; name each container once"));
            KnownValue.of(c.stopTimeoutSeconds()).ifPresent(s -> Rules.range(problems, path + ".stopTimeoutSeconds", s, 2, 120, " seconds (Fargate's limit)"));
            var env = c.environment();
            for (int j = 0; j < env.size(); j++) {
                String envPath = path + ".environment[" + j + "]";
                String variable = KnownValue.of(env.get(j).name()).orElse("?");
                problems.check(!KnownValue.isSecret(env.get(j).value()), envPath + ".value", variable
                        + " holds a Pulumi secret, which would be stored in plain text in the task definition; pass it as a ContainerSecretArgs");
            }
            var deps = c.dependsOn();
            for (int j = 0; j < deps.size(); j++) {
                String depPath = path + ".dependsOn[" + j + "].condition";
                KnownValue.of(deps.get(j).condition()).ifPresent(cond -> problems.check(CONDITIONS.contains(cond), depPath,
                        "'" + cond + "' is not a container condition; use START, COMPLETE, SUCCESS or HEALTHY"));
            }
        }
        balanced.ifPresent(n -> problems.check(names.contains(n), "loadBalancedContainerName",
                "'" + n + "' is not one of the containers " + names + "; name the container that listens on the port"));
    }
}
