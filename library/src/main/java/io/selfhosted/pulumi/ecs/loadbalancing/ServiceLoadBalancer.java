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
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.RuleNames;
import io.selfhosted.pulumi.ecs.internal.Rules;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * A network load balancer that terminates TLS on port 443 with the ACM certificate and forwards
 * to one ECS service's tasks (IP targets) on their container port, checking their health over
 * HTTP. It has its own security group admitting port 443 from the allowed CIDR blocks only;
 * the service that registers with the target group adds the egress rule to its tasks.
 */
public class ServiceLoadBalancer extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:loadbalancing:ServiceLoadBalancer";

    /** The TLS listener port. */
    public static final int HTTPS_PORT = 443;

    @Export(name = "dnsName", refs = String.class)
    private final Output<String> dnsName;

    @Export(name = "zoneId", refs = String.class)
    private final Output<String> zoneId;

    @Export(name = "loadBalancerArn", refs = String.class)
    private final Output<String> loadBalancerArn;

    @Export(name = "targetGroupArn", refs = String.class)
    private final Output<String> targetGroupArn;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    /**
     * @param name    the component's logical name; children are named after it, and AWS names
     *                load balancers and target groups after that (32 characters at most)
     * @param args    network, certificate, target and settings
     * @param options component options
     */
    public ServiceLoadBalancer(String name, ServiceLoadBalancerArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var settings = args.settings();
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));

        var securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(args.vpcId())
                .description("Pulumi Service load balancer: HTTPS from the allowed networks")
                .tags(tags)
                .build(), ChildOptions.of(this));
        List<String> cidrs = KnownValue.of(settings.ingressCidrs()).orElse(LoadBalancerSettings.DEFAULT_INGRESS_CIDRS);
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

        var loadBalancer = new LoadBalancer(name, loadBalancerArgs(args, settings, securityGroup, tags), ChildOptions.of(this));

        var targetGroup = new TargetGroup(name, TargetGroupArgs.builder()
                .vpcId(args.vpcId())
                .targetType("ip")
                .protocol("TCP")
                .port(args.targetPort())
                .deregistrationDelay(args.deregistrationDelaySeconds())
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true)
                        .protocol("HTTP")
                        .path(args.healthCheckPath())
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

        this.dnsName = loadBalancer.dnsName();
        this.zoneId = loadBalancer.zoneId();
        this.loadBalancerArn = loadBalancer.arn();
        // ECS refuses a target group that no listener uses yet: carrying the listener in the
        // target group ARN's dependencies makes every service that uses it wait for the listener.
        this.targetGroupArn = Output.tuple(listener.arn(), targetGroup.arn()).applyValue(t -> t.t2);
        this.securityGroupId = securityGroup.id();
        registerOutputs(Map.of("dnsName", dnsName, "zoneId", zoneId, "loadBalancerArn", loadBalancerArn,
                "targetGroupArn", targetGroupArn, "securityGroupId", securityGroupId));
    }

    private static LoadBalancerArgs loadBalancerArgs(ServiceLoadBalancerArgs args, LoadBalancerSettings settings,
                                                     SecurityGroup securityGroup, Output<Map<String, String>> tags) {
        var builder = LoadBalancerArgs.builder()
                .loadBalancerType("network")
                .internal(settings.internal())
                .subnets(args.subnetIds())
                .securityGroups(securityGroup.id().applyValue(List::of))
                .ipAddressType("ipv4")
                .enableCrossZoneLoadBalancing(true)
                .enableDeletionProtection(settings.deletionProtection())
                .tags(tags);
        settings.accessLogsBucket().ifPresent(bucket -> builder.accessLogs(LoadBalancerAccessLogsArgs.builder()
                .bucket(bucket)
                .enabled(true)
                .build()));
        return builder.build();
    }

    private static ComponentResourceOptions validated(ServiceLoadBalancerArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        KnownValue.of(args.vpcId()).ifPresent(id -> Rules.ec2Id(problems, "vpcId", id, "vpc"));
        KnownValue.of(args.subnetIds()).ifPresent(ids -> Rules.subnetIds(problems, "subnetIds", ids, 2, "load balancer"));
        KnownValue.of(args.targetPort()).ifPresent(p -> Rules.range(problems, "targetPort", p, 1, 65535, ""));
        KnownValue.of(args.healthCheckPath()).ifPresent(p -> problems.check(p.startsWith("/"), "healthCheckPath",
                "'" + p + "' must start with '/', e.g. /api/status"));
        KnownValue.of(args.deregistrationDelaySeconds()).ifPresent(s ->
                Rules.range(problems, "deregistrationDelaySeconds", s, 0, 3600, " seconds"));
        LoadBalancerRules.check(problems, "settings", args.settings());
        problems.throwIfAny("ServiceLoadBalancerArgs");
        return options;
    }

    /** The load balancer's DNS name. */
    public Output<String> dnsName() {
        return dnsName;
    }

    /** The load balancer's canonical hosted zone id, for alias records. */
    public Output<String> zoneId() {
        return zoneId;
    }

    /** The load balancer's ARN. */
    public Output<String> loadBalancerArn() {
        return loadBalancerArn;
    }

    /** The target group's ARN; it resolves once the listener forwards to the group. */
    public Output<String> targetGroupArn() {
        return targetGroupArn;
    }

    /** The load balancer's security group. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }
}
