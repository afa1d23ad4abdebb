package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.RuleNames;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The front door of the install as a whole: which subnets it lives in (public, or private when
 * {@link LoadBalancingArgs#internal()}), who may reach it, and how each backend is served. Today
 * each backend gets a network load balancer that terminates TLS on port 443 with the ACM
 * certificate and forwards to the backend's tasks (IP targets) on their container port, checking
 * their health over HTTP; each has its own security group admitting port 443 from the allowed
 * CIDR blocks only. The service that registers with a target adds the rules that admit the load
 * balancer to its tasks.
 *
 * <p>Whatever the kind of front door, it hands out one {@link IngressTarget} per backend, so the
 * rest of the install does not depend on how traffic arrives.
 */
public class ServiceIngress extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:loadbalancing:ServiceIngress";

    /** The TLS listener port. */
    public static final int HTTPS_PORT = 443;

    @Export(name = "dnsNames", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private final Output<Map<String, String>> dnsNames;

    private final Map<String, IngressTarget> targets = new LinkedHashMap<>();

    /**
     * @param name    the component's logical name; each backend's resources are named
     *                {@code <name>-<backend>-lb}, and AWS names load balancers and target groups
     *                after that (32 characters at most)
     * @param args    network, certificate, backends and choices
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceIngress(String name, ServiceIngressArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var settings = args.settings();
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        boolean internal = KnownValue.of(settings.internal()).orElse(LoadBalancingDefaults.INTERNAL);
        Output<List<String>> subnets = (internal ? args.privateSubnetIds() : args.publicSubnetIds()).orElseThrow();
        List<String> cidrs = KnownValue.of(settings.ingressCidrs()).orElse(LoadBalancingDefaults.INGRESS_CIDRS);
        for (BackendArgs backend : args.backends()) {
            String backendName = KnownValue.of(backend.name()).orElseThrow();
            targets.put(backendName, networkLoadBalancer(name + "-" + backendName + "-lb", args, backend, subnets, cidrs, tags));
        }
        List<Output<String>> names = targets.values().stream().map(IngressTarget::dnsName).toList();
        List<String> keys = List.copyOf(targets.keySet());
        this.dnsNames = Output.all(names).applyValue(values -> {
            Map<String, String> byBackend = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                byBackend.put(keys.get(i), values.get(i));
            }
            return byBackend;
        });
        registerOutputs(Map.of("dnsNames", dnsNames));
    }

    /** One backend behind its own NLB: security group, allow-list rules, load balancer, target group, TLS listener. */
    private IngressTarget networkLoadBalancer(String name, ServiceIngressArgs args, BackendArgs backend,
                                              Output<List<String>> subnets, List<String> cidrs,
                                              Output<Map<String, String>> tags) {
        var settings = args.settings();
        var securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(args.vpcId())
                .description("Pulumi Service load balancer: HTTPS from the allowed networks")
                .tags(tags)
                .build(), ChildOptions.of(this));
        for (int i = 0; i < cidrs.size(); i++) {
            new SecurityGroupIngressRule(name + "-https-" + RuleNames.suffix(Output.of(HTTPS_PORT), Output.of(cidrs.get(i)), i),
                    SecurityGroupIngressRuleArgs.builder()
                            .securityGroupId(securityGroup.id())
                            .description("HTTPS from an allowed network")
                            .ipProtocol("tcp")
                            .fromPort(HTTPS_PORT)
                            .toPort(HTTPS_PORT)
                            .cidrIpv4(cidrs.get(i))
                            .tags(tags)
                            .build(), ChildOptions.of(this));
        }

        var loadBalancerArgs = LoadBalancerArgs.builder()
                .loadBalancerType("network")
                .internal(settings.internal())
                .subnets(subnets)
                .securityGroups(securityGroup.id().applyValue(List::of))
                .ipAddressType("ipv4")
                .enableCrossZoneLoadBalancing(true)
                .enableDeletionProtection(settings.deletionProtection())
                .tags(tags);
        settings.accessLogsBucket().ifPresent(bucket -> loadBalancerArgs.accessLogs(LoadBalancerAccessLogsArgs.builder()
                .bucket(bucket)
                .enabled(true)
                .build()));
        var loadBalancer = new LoadBalancer(name, loadBalancerArgs.build(), ChildOptions.of(this));

        var targetGroup = new TargetGroup(name, TargetGroupArgs.builder()
                // A target group serves one network load balancer. Named after its load balancer,
                // it is replaced with it (moving the front door to other subnets, or between
                // internal and public), instead of blocking the new listener.
                .name(loadBalancer.arn().applyValue(arn -> targetGroupName(name, arn)))
                .vpcId(args.vpcId())
                .targetType("ip")
                .protocol("TCP")
                .port(backend.port())
                .deregistrationDelay(backend.deregistrationDelaySeconds())
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true)
                        .protocol("HTTP")
                        .path(backend.healthCheckPath())
                        .port("traffic-port")
                        .matcher("200-399")
                        .interval(15)
                        .timeout(6)
                        .healthyThreshold(3)
                        .unhealthyThreshold(3)
                        .build())
                .tags(tags)
                .build(), ChildOptions.of(this));

        var listener = new Listener(name + "-https", ListenerArgs.builder()
                .loadBalancerArn(loadBalancer.arn())
                .port(HTTPS_PORT)
                .protocol("TLS")
                .certificateArn(args.certificateArn())
                .sslPolicy(settings.sslPolicy())
                .defaultActions(ListenerDefaultActionArgs.builder()
                        .type("forward")
                        .targetGroupArn(targetGroup.arn())
                        .build())
                .tags(tags)
                .build(), ChildOptions.of(this));

        // ECS refuses a target group that no listener uses yet: carrying the listener in the
        // target group ARN's dependencies makes every service that uses it wait for the listener.
        Output<String> targetGroupArn = Output.tuple(listener.arn(), targetGroup.arn()).applyValue(t -> t.t2);
        return new IngressTarget(targetGroupArn, securityGroup.id(), loadBalancer.dnsName(), loadBalancer.zoneId(),
                targetGroup.arnSuffix(), loadBalancer.arnSuffix());
    }

    /** {@code <name>-<7 hex of the load balancer's ARN>}, at most the 32 characters AWS allows. */
    static String targetGroupName(String name, String loadBalancerArn) {
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(loadBalancerArn.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 7);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
        String base = name.length() > 24 ? name.substring(0, 24) : name;
        return base.replaceAll("-+$", "") + "-" + hash;
    }

    private static ComponentResourceOptions validated(ServiceIngressArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceIngressArgs");
        }
        KnownValue.of(args.vpcId()).ifPresent(id -> Validators.ec2Id(problems, "vpcId", id, "vpc"));
        boolean internal = KnownValue.of(args.settings().internal()).orElse(LoadBalancingDefaults.INTERNAL);
        String tier = internal ? "privateSubnetIds" : "publicSubnetIds";
        var subnets = internal ? args.privateSubnetIds() : args.publicSubnetIds();
        problems.check(subnets.isPresent(), tier, "is required: the front door is " + (internal ? "internal" : "internet-facing")
                + " ({{settings.internal}} is " + internal + ") and runs in these subnets");
        subnets.flatMap(KnownValue::of).ifPresent(ids -> Validators.subnetIds(problems, tier, ids, 2, internal ? "private" : "public"));
        Set<String> names = new HashSet<>();
        var backends = args.backends();
        problems.check(!backends.isEmpty(), "backends", "is empty; the front door needs at least one backend to serve");
        for (int i = 0; i < backends.size(); i++) {
            String path = "backends[" + i + "]";
            var backend = backends.get(i);
            KnownValue.of(backend.name()).ifPresentOrElse(
                    n -> problems.check(n.matches("^[a-z][a-z0-9]{0,7}$") && names.add(n), path + ".name", "'" + n
                            + "' must be a distinct name of 1-8 lowercase letters or digits (it names the load balancer, at most 32 characters)"),
                    () -> problems.add(path + ".name", "must be known when the program runs (it names the resources)"));
            KnownValue.of(backend.hostName()).ifPresent(h -> Validators.domainName(problems, path + ".hostName", h, ""));
            KnownValue.of(backend.port()).ifPresent(p -> Validators.range(problems, path + ".port", p, 1, 65535, ""));
            KnownValue.of(backend.healthCheckPath()).ifPresent(p -> problems.check(p.startsWith("/"), path + ".healthCheckPath",
                    "'" + p + "' must start with '/', e.g. /api/status"));
            KnownValue.of(backend.deregistrationDelaySeconds()).ifPresent(s ->
                    Validators.range(problems, path + ".deregistrationDelaySeconds", s, 0, 3600, " seconds"));
        }
        problems.addAll("settings", args.settings().problems());
        problems.throwIfAny("ServiceIngressArgs");
        return options;
    }

    /** The target of the backend named {@code backend} (a {@link BackendArgs#name()}). */
    public IngressTarget target(String backend) {
        var target = targets.get(backend);
        if (target == null) {
            throw new NoSuchElementException("no backend named " + backend + "; the backends are " + targets.keySet());
        }
        return target;
    }

    /** The load balancers' DNS names, by backend name. */
    public Output<Map<String, String>> dnsNames() {
        return dnsNames;
    }
}
