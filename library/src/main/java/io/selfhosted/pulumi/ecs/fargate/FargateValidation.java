package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validation of the Fargate building block: task sizes, counts and scaling targets, placement,
 * and the containers and network access of a {@link FargateService}.
 */
final class FargateValidation {
    private static final Set<String> CONDITIONS = Set.of("START", "COMPLETE", "SUCCESS", "HEALTHY");
    private static final Set<String> INSIGHTS = Set.of("enabled", "enhanced", "disabled");

    private FargateValidation() {
    }

    /** A task size and its scaling. */
    static void sizing(Problems problems, TaskSizingArgs sizing) {
        Optional<Integer> cpu = known(sizing.cpu());
        Optional<Integer> memory = known(sizing.memory());
        if (cpu.isPresent() && memory.isPresent()) {
            Validators.fargateSize(problems, "cpu", "memory", cpu.get(), memory.get());
        }
        Optional<Integer> lo = known(sizing.minCount());
        Optional<Integer> hi = known(sizing.maxCount());
        Optional<Integer> want = known(sizing.desiredCount());
        lo.ifPresent(v -> problems.check(v >= 1, "minCount", v + " would let autoscaling stop every task; use 1 or more (2 or more spreads tasks over zones)"));
        want.ifPresent(v -> problems.check(v >= 1, "desiredCount", v + " starts no task; use 1 or more"));
        if (lo.isPresent() && hi.isPresent()) {
            problems.check(lo.get() <= hi.get(), "maxCount", hi.get() + " is below {{minCount}} " + lo.get()
                    + "; raise {{maxCount}} or lower {{minCount}}");
        }
        if (want.isPresent() && lo.isPresent() && hi.isPresent() && lo.get() <= hi.get() && lo.get() >= 1) {
            problems.check(want.get() >= lo.get() && want.get() <= hi.get(), "desiredCount", want.get()
                    + " is outside {{minCount}}..{{maxCount}} (" + lo.get() + ".." + hi.get() + "); pick a count within the autoscaling bounds");
        }
        known(sizing.cpuTargetPercent()).ifPresent(v -> Validators.range(problems, "cpuTargetPercent", v, 10, 90, " percent"));
        known(sizing.memoryTargetPercent()).ifPresent(v -> Validators.range(problems, "memoryTargetPercent", v, 10, 90, " percent"));
    }

    /** Where the tasks run; the region is checked by the part that uses it (it may come from the stack). */
    static void placement(Problems problems, PlacementArgs placement) {
        placement.region().flatMap(KnownValue::of).filter(r -> !AwsPartition.isRegionName(r)).ifPresent(r ->
                problems.add("region", DeploymentRegion.regionProblem(r)));
        KnownValue.of(placement.vpcId()).ifPresent(id -> Validators.ec2Id(problems, "vpcId", id, "vpc"));
        KnownValue.of(placement.subnetIds()).ifPresent(ids -> Validators.subnetIds(problems, "subnetIds", ids, 1, "private"));
    }

    static void cluster(Problems problems, FargateClusterArgs args) {
        KnownValue.of(args.containerInsights()).ifPresent(v -> problems.check(INSIGHTS.contains(v), "containerInsights",
                "'" + v + "' is not a Container Insights mode; use enabled, enhanced or disabled"));
    }

    /** The region of a placement: given, or the stack's; it must be known before anything is created. */
    static void region(Problems problems, PlacementArgs placement) {
        if (placement.region().isEmpty()) {
            DeploymentRegion.partition(placement.region(), problems, "placement.region");
        }
    }

    static void service(Problems problems, FargateServiceArgs args) {
        problems.addAll("placement", args.placement().problems());
        region(problems, args.placement());
        problems.addAll("sizing", args.sizing().problems());
        // The building block has no default task size: a service states it.
        problems.check(args.sizing().cpu().isPresent(), "sizing.cpu", "is required; set the task's CPU units, e.g. 1024");
        problems.check(args.sizing().memory().isPresent(), "sizing.memory", "is required; set the task's memory (MiB), e.g. 2048");
        if (args.target().isPresent()) {
            problems.check(args.loadBalancedContainerName().isPresent(), "loadBalancedContainerName",
                    "is required with a load balancer {{target}}; name the container that serves it");
            problems.check(args.loadBalancedContainerPort().isPresent(), "loadBalancedContainerPort",
                    "is required with a load balancer {{target}}; give the container port it serves");
        }
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Validators.logRetention(problems, "logRetentionDays", d));
        KnownValue.of(args.deploymentTimeoutMinutes()).ifPresent(m ->
                Validators.range(problems, "deploymentTimeoutMinutes", m, 5, 600, " minutes"));
        KnownValue.of(args.healthCheckGracePeriodSeconds()).ifPresent(s ->
                Validators.range(problems, "healthCheckGracePeriodSeconds", s, 0, 2147483647, " seconds"));
        var egress = args.egressRules();
        for (int i = 0; i < egress.size(); i++) {
            String path = "egressRules[" + i + "]";
            KnownValue.of(egress.get(i).port()).ifPresent(port -> Validators.range(problems, path + ".port", port, 1, 65535, ""));
            var rule = egress.get(i);
            rule.name().ifPresent(n -> problems.check(KnownValue.of(n).filter(v -> v.matches("^[a-z][a-z0-9-]{0,30}$")).isPresent(),
                    path + ".name", "must be a short name of lowercase letters, digits and hyphens, known when the program runs (it names the rule)"));
            rule.cidr().flatMap(KnownValue::of).ifPresent(cidr -> Validators.ipv4Cidr(problems, path + ".cidr", cidr));
            problems.check(rule.cidr().isPresent() != rule.prefixListId().isPresent(), path + ".cidr", rule.cidr().isPresent()
                    ? "is set together with {{" + path + ".prefixListId}}; a rule has one destination, give one of them"
                    : "and {{" + path + ".prefixListId}} are both unset; give the rule's destination");
            rule.prefixListId().flatMap(KnownValue::of).ifPresent(id -> Validators.ec2Id(problems, path + ".prefixListId", id, "pl"));
            KnownValue.of(egress.get(i).description()).ifPresent(d -> Validators.ruleDescription(problems, path + ".description", d));
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
            KnownValue.of(peer.port()).ifPresent(port -> Validators.range(problems, path + ".port", port, 1, 65535, ""));
            KnownValue.of(peer.description()).ifPresent(d -> Validators.ruleDescription(problems, path + ".description", d));
        }
        containers(problems, args.containers(), args.loadBalancedContainerName().flatMap(KnownValue::of));
    }

    private static void containers(Problems problems, List<ContainerArgs> containers, Optional<String> balanced) {
        problems.check(!containers.isEmpty(), "containers", "is empty; a task needs at least one container");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < containers.size(); i++) {
            var c = containers.get(i);
            String path = "containers[" + i + "]";
            KnownValue.of(c.name()).ifPresent(n -> problems.check(names.add(n), path + ".name", "'" + n + "' is used twice; name each container once"));
            KnownValue.of(c.stopTimeoutSeconds()).ifPresent(s -> Validators.range(problems, path + ".stopTimeoutSeconds", s, 2, 120, " seconds (Fargate's limit)"));
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

    private static Optional<Integer> known(Optional<Output<Integer>> value) {
        return value.flatMap(KnownValue::of);
    }
}
