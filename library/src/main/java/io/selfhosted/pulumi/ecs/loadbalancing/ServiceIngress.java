package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.WebAclAssociation;
import com.pulumi.aws.wafv2.WebAclAssociationArgs;
import com.pulumi.aws.wafv2.WebAclLoggingConfiguration;
import com.pulumi.aws.wafv2.WebAclLoggingConfigurationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionBlockArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionNoneArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCountArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementRateBasedStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleVisibilityConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionFixedResponseArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionHostHeaderArgs;
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
 * {@link LoadBalancingArgs#internal()}), who may reach it, and how each backend is served. With
 * {@link LoadBalancingArgs#type()} {@code network} (the default) each backend gets a network load
 * balancer that terminates TLS on port 443 with the ACM certificate and forwards to the backend's
 * tasks (IP targets) on their container port, checking their health over HTTP; each has its own
 * security group admitting port 443 from the allowed CIDR blocks only. With {@code application},
 * one application load balancer serves every backend: HTTPS on 443 forwarding by host name
 * (anything else gets 404), HTTP on 80 that only redirects to HTTPS, one security group admitting
 * 443 and 80 from the allowed CIDR blocks. The service that registers with a target adds the rules that admit the load
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

    /** The rules of AWS's common rule set that inspect request bodies: they only count. */
    static final List<String> COUNT_ONLY_BODY_RULES = List.of("SizeRestrictions_BODY", "CrossSiteScripting_BODY",
            "EC2MetaDataSSRF_BODY", "GenericLFI_BODY", "GenericRFI_BODY");
    /** Headers that carry credentials (the CLI's access token, the Console's session): never logged. */
    static final List<String> REDACTED_HEADERS = List.of("authorization", "cookie");

    /** The port an application load balancer redirects to {@link #HTTPS_PORT}. */
    public static final int HTTP_PORT = 80;

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
        String type = KnownValue.of(settings.type()).orElse(LoadBalancingDefaults.TYPE);
        if (type.equals(LoadBalancingDefaults.APPLICATION)) {
            targets.putAll(applicationLoadBalancer(name + "-lb", args, subnets, cidrs, tags));
        } else {
            for (BackendArgs backend : args.backends()) {
                String backendName = KnownValue.of(backend.name()).orElseThrow();
                targets.put(backendName, networkLoadBalancer(name + "-" + backendName + "-lb", args, backend, subnets, cidrs, tags));
            }
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
        allowFrom(name + "-https", securityGroup, HTTPS_PORT, "HTTPS from an allowed network", cidrs, tags);

        var loadBalancerArgs = LoadBalancerArgs.builder()
                .loadBalancerType("network")
                .internal(settings.internal())
                .subnets(subnets)
                .securityGroups(securityGroup.id().applyValue(List::of))
                .ipAddressType("ipv4")
                .enableCrossZoneLoadBalancing(true)
                .enableDeletionProtection(settings.deletionProtection())
                .tags(tags);
        accessLogs(settings, loadBalancerArgs);
        var loadBalancer = new LoadBalancer(name, loadBalancerArgs.build(), ChildOptions.of(this));

        // A target group serves one load balancer. Named after its load balancer, it is replaced
        // with it (moving the front door to other subnets, or between internal and public),
        // instead of blocking the new listener.
        var targetGroup = targetGroup(name, name, args, backend, loadBalancer, "TCP", tags);

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

    /**
     * Every backend behind one application load balancer: a security group admitting 443 and 80
     * from the allowed networks, an HTTPS listener whose default answer is 404 and that forwards
     * by host name, one target group per backend, and an HTTP listener that only redirects.
     */
    private Map<String, IngressTarget> applicationLoadBalancer(String name, ServiceIngressArgs args, Output<List<String>> subnets,
                                                               List<String> cidrs, Output<Map<String, String>> tags) {
        var settings = args.settings();
        var securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(args.vpcId())
                .description("Pulumi Service load balancer: HTTPS and HTTP (redirected) from the allowed networks")
                .tags(tags)
                .build(), ChildOptions.of(this));
        allowFrom(name + "-https", securityGroup, HTTPS_PORT, "HTTPS from an allowed network", cidrs, tags);
        allowFrom(name + "-http", securityGroup, HTTP_PORT, "HTTP from an allowed network, redirected to HTTPS", cidrs, tags);

        var loadBalancerArgs = LoadBalancerArgs.builder()
                .loadBalancerType(LoadBalancingDefaults.APPLICATION)
                .internal(settings.internal())
                .subnets(subnets)
                .securityGroups(securityGroup.id().applyValue(List::of))
                .ipAddressType("ipv4")
                .dropInvalidHeaderFields(true)
                .desyncMitigationMode(LoadBalancingDefaults.DESYNC_MITIGATION_MODE)
                .idleTimeout(LoadBalancingDefaults.APPLICATION_IDLE_TIMEOUT_SECONDS)
                .enableDeletionProtection(settings.deletionProtection())
                .tags(tags);
        accessLogs(settings, loadBalancerArgs);
        var loadBalancer = new LoadBalancer(name, loadBalancerArgs.build(), ChildOptions.of(this));
        // A replaced association (another ACL) must go first: deleting the old one disassociates
        // whatever ACL the load balancer has, the new one included.
        webAcl(name, args, tags).or(settings::webAclArn).ifPresent(acl -> new WebAclAssociation(name, WebAclAssociationArgs.builder()
                .resourceArn(loadBalancer.arn())
                .webAclArn(acl)
                .build(), ChildOptions.builder(this).deleteBeforeReplace(true).build()));

        var https = new Listener(name + "-https", ListenerArgs.builder()
                .loadBalancerArn(loadBalancer.arn())
                .port(HTTPS_PORT)
                .protocol("HTTPS")
                .certificateArn(args.certificateArn())
                .sslPolicy(settings.sslPolicy())
                // A request for a name the install does not serve gets nothing of the service.
                .defaultActions(ListenerDefaultActionArgs.builder()
                        .type("fixed-response")
                        .fixedResponse(ListenerDefaultActionFixedResponseArgs.builder()
                                .contentType("text/plain")
                                .statusCode("404")
                                .messageBody("Not found")
                                .build())
                        .build())
                .tags(tags)
                .build(), ChildOptions.of(this));
        new Listener(name + "-http", ListenerArgs.builder()
                .loadBalancerArn(loadBalancer.arn())
                .port(HTTP_PORT)
                .protocol("HTTP")
                .defaultActions(ListenerDefaultActionArgs.builder()
                        .type("redirect")
                        .redirect(ListenerDefaultActionRedirectArgs.builder()
                                .protocol("HTTPS")
                                .port(String.valueOf(HTTPS_PORT))
                                .statusCode("HTTP_301")
                                .build())
                        .build())
                .tags(tags)
                .build(), ChildOptions.of(this));

        Map<String, IngressTarget> byBackend = new LinkedHashMap<>();
        var backends = args.backends();
        for (int i = 0; i < backends.size(); i++) {
            BackendArgs backend = backends.get(i);
            String backendName = KnownValue.of(backend.name()).orElseThrow();
            String targetName = name.substring(0, name.length() - "-lb".length()) + "-" + backendName;
            var targetGroup = targetGroup(targetName + "-tg", targetName, args, backend, loadBalancer, "HTTP", tags);
            var rule = new ListenerRule(targetName, ListenerRuleArgs.builder()
                    .listenerArn(https.arn())
                    .priority(10 * (i + 1))
                    .conditions(ListenerRuleConditionArgs.builder()
                            .hostHeader(ListenerRuleConditionHostHeaderArgs.builder()
                                    .values(backend.hostName().applyValue(List::of))
                                    .build())
                            .build())
                    .actions(ListenerRuleActionArgs.builder()
                            .type("forward")
                            .targetGroupArn(targetGroup.arn())
                            .build())
                    .tags(tags)
                    .build(), ChildOptions.of(this));
            // ECS refuses a target group that no listener rule uses yet (see the NLB case).
            Output<String> targetGroupArn = Output.tuple(rule.arn(), targetGroup.arn()).applyValue(t -> t.t2);
            byBackend.put(backendName, new IngressTarget(targetGroupArn, securityGroup.id(), loadBalancer.dnsName(),
                    loadBalancer.zoneId(), targetGroup.arnSuffix(), loadBalancer.arnSuffix()));
        }
        return byBackend;
    }

    /** The web ACL the install creates, when {@link LoadBalancingArgs#waf()} is on, with its logging. */
    private java.util.Optional<Output<String>> webAcl(String name, ServiceIngressArgs args, Output<Map<String, String>> tags) {
        var settings = args.settings();
        if (!KnownValue.of(settings.waf()).orElse(LoadBalancingDefaults.WAF)) {
            return java.util.Optional.empty();
        }
        String metricPrefix = name.replaceAll("[^A-Za-z0-9-]", "-");
        var acl = new WebAcl(name, WebAclArgs.builder()
                .description("Pulumi Service front door: AWS managed rules and a per-IP rate limit")
                .scope("REGIONAL")
                .defaultAction(WebAclDefaultActionArgs.builder().allow(WebAclDefaultActionAllowArgs.builder().build()).build())
                .rules(
                        managedRules("common", 10, "AWSManagedRulesCommonRuleSet", metricPrefix,
                                // Request bodies are stack state, ESC environments and policy
                                // packs: large, and full of URLs, paths and markup that the body
                                // rules take for attacks. They only count; the rules on the URI,
                                // query string, headers and cookies block.
                                COUNT_ONLY_BODY_RULES),
                        managedRules("known-bad-inputs", 20, "AWSManagedRulesKnownBadInputsRuleSet", metricPrefix, List.of()),
                        WebAclRuleArgs.builder()
                                .name("rate-limit")
                                .priority(30)
                                .action(WebAclRuleActionArgs.builder().block(WebAclRuleActionBlockArgs.builder().build()).build())
                                .statement(WebAclRuleStatementArgs.builder()
                                        .rateBasedStatement(WebAclRuleStatementRateBasedStatementArgs.builder()
                                                .limit(settings.wafRateLimit())
                                                .aggregateKeyType("IP")
                                                .build())
                                        .build())
                                .visibilityConfig(ruleVisibility(metricPrefix + "-rate-limit"))
                                .build())
                .visibilityConfig(WebAclVisibilityConfigArgs.builder()
                        .cloudwatchMetricsEnabled(true)
                        .metricName(metricPrefix)
                        .sampledRequestsEnabled(true)
                        .build())
                .tags(tags)
                .build(), ChildOptions.of(this));
        if (KnownValue.of(settings.wafLogging()).orElse(LoadBalancingDefaults.WAF_LOGGING)) {
            // AWS WAF logs only to log groups whose names start with aws-waf-logs-.
            var logs = new LogGroup(name + "-waf", LogGroupArgs.builder()
                    .name("aws-waf-logs-" + PhysicalNames.unique(name, "", 512 - "aws-waf-logs-".length()))
                    .retentionInDays(args.logRetentionDays())
                    .tags(tags)
                    .build(), ChildOptions.of(this));
            new WebAclLoggingConfiguration(name + "-waf", WebAclLoggingConfigurationArgs.builder()
                    .resourceArn(acl.arn())
                    .logDestinationConfigs(logs.arn().applyValue(List::of))
                    // WAF logs every header: the CLI's access token and the Console's session
                    // must not end up in a log group.
                    .redactedFields(REDACTED_HEADERS.stream().map(header -> WebAclLoggingConfigurationRedactedFieldArgs.builder()
                            .singleHeader(WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs.builder().name(header).build())
                            .build()).toList())
                    .build(), ChildOptions.of(this));
        }
        return java.util.Optional.of(acl.arn());
    }

    private static WebAclRuleArgs managedRules(String ruleName, int priority, String group, String metricPrefix, List<String> countOnly) {
        var statement = WebAclRuleStatementManagedRuleGroupStatementArgs.builder().vendorName("AWS").name(group);
        if (!countOnly.isEmpty()) {
            statement.ruleActionOverrides(countOnly.stream().map(rule -> WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideArgs.builder()
                    .name(rule)
                    .actionToUse(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseArgs.builder()
                            .count(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCountArgs.builder().build())
                            .build())
                    .build()).toList());
        }
        return WebAclRuleArgs.builder()
                .name(ruleName)
                .priority(priority)
                .overrideAction(WebAclRuleOverrideActionArgs.builder().none(WebAclRuleOverrideActionNoneArgs.builder().build()).build())
                .statement(WebAclRuleStatementArgs.builder().managedRuleGroupStatement(statement.build()).build())
                .visibilityConfig(ruleVisibility(metricPrefix + "-" + ruleName))
                .build();
    }

    private static WebAclRuleVisibilityConfigArgs ruleVisibility(String metricName) {
        return WebAclRuleVisibilityConfigArgs.builder()
                .cloudwatchMetricsEnabled(true)
                .metricName(metricName)
                .sampledRequestsEnabled(true)
                .build();
    }

    /** One ingress rule per allowed network to {@code port} of the load balancer's security group. */
    private void allowFrom(String namePrefix, SecurityGroup securityGroup, int port, String description, List<String> cidrs,
                           Output<Map<String, String>> tags) {
        for (int i = 0; i < cidrs.size(); i++) {
            new SecurityGroupIngressRule(namePrefix + "-" + RuleNames.suffix(Output.of(port), Output.of(cidrs.get(i)), i),
                    SecurityGroupIngressRuleArgs.builder()
                            .securityGroupId(securityGroup.id())
                            .description(description)
                            .ipProtocol("tcp")
                            .fromPort(port)
                            .toPort(port)
                            .cidrIpv4(cidrs.get(i))
                            .tags(tags)
                            .build(), ChildOptions.of(this));
        }
    }

    private static void accessLogs(LoadBalancingArgs settings, LoadBalancerArgs.Builder loadBalancer) {
        settings.accessLogsBucket().ifPresent(bucket -> loadBalancer.accessLogs(LoadBalancerAccessLogsArgs.builder()
                .bucket(bucket)
                .enabled(true)
                .build()));
    }

    /**
     * A backend's target group (IP targets on its container port, health checked over HTTP on its
     * path), named after {@code physicalBase} and its load balancer's ARN.
     */
    private TargetGroup targetGroup(String logicalName, String physicalBase, ServiceIngressArgs args, BackendArgs backend,
                                    LoadBalancer loadBalancer, String protocol, Output<Map<String, String>> tags) {
        return new TargetGroup(logicalName, TargetGroupArgs.builder()
                .name(loadBalancer.arn().applyValue(arn -> targetGroupName(physicalBase, arn)))
                .vpcId(args.vpcId())
                .targetType("ip")
                .protocol(protocol)
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
