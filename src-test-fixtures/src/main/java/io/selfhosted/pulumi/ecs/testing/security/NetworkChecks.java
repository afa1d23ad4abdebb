package io.selfhosted.pulumi.ecs.testing.security;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.check;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.finding;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.isTrue;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.string;
import static io.selfhosted.pulumi.ecs.testing.security.PlanRelations.value;

/** Checks for load balancers and security groups. */
final class NetworkChecks {
    /** The older form of a security group rule, which the library does not write but stacks may. */
    private static final String LEGACY_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
    private static final Set<Double> LISTENER_PORTS = Set.of(443.0, 80.0);

    static final List<SecurityCheck> ALL = List.of(
            check("ELB-1", "ELB.17", "load balancer listeners use TLS with a TLS 1.3 security policy",
                    LB_LISTENER, NetworkChecks::secureListener,
                    "is not TLS/HTTPS with an ELBSecurityPolicy-TLS13-* policy (nor an HTTP-to-HTTPS redirect)"),
            check("ELB-2", "ELB.6", "load balancers have deletion protection",
                    LB_LOAD_BALANCER, r -> isTrue(r, "enableDeletionProtection"), "enableDeletionProtection is not true"),
            check("ELB-3", "ELB.4", "application load balancers drop invalid HTTP header fields",
                    LB_LOAD_BALANCER, r -> !isApplication(r) || isTrue(r, "dropInvalidHeaderFields"), "dropInvalidHeaderFields is not true"),
            check("ELB-4", "ELB.12", "application load balancers mitigate desync attacks (defensive or strictest mode)",
                    LB_LOAD_BALANCER, r -> !isApplication(r) || string(r, "desyncMitigationMode").orElse("defensive")
                            .matches("defensive|strictest"), "desyncMitigationMode is monitor"),
            openIngressOnlyToListeners(),
            noOpenIngressToWorkloads());

    /** An application load balancer (the AWS default when no type is given). */
    private static boolean isApplication(io.selfhosted.pulumi.ecs.testing.PlannedResource loadBalancer) {
        return string(loadBalancer, "loadBalancerType").orElse("application").equals("application");
    }

    private NetworkChecks() {
    }

    private static boolean secureListener(PlannedResource listener) {
        String protocol = string(listener, "protocol").orElse("");
        if (protocol.equals("TLS") || protocol.equals("HTTPS")) {
            return string(listener, "sslPolicy").map(p -> p.startsWith("ELBSecurityPolicy-TLS13-")).orElse(false);
        }
        return string(listener, "defaultActions[0].type").map("redirect"::equals).orElse(false)
                && string(listener, "defaultActions[0].redirect.protocol").map("HTTPS"::equals).orElse(false);
    }

    /** An ingress rule of any form, reduced to what the checks need. */
    private record Ingress(PlannedResource resource, String groupId, boolean open, double fromPort, double toPort) {
    }

    private static List<Ingress> ingressRules(Plan plan) {
        List<Ingress> rules = new ArrayList<>();
        for (PlannedResource r : plan.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE)) {
            boolean open = string(r, "cidrIpv4").map("0.0.0.0/0"::equals).orElse(false)
                    || string(r, "cidrIpv6").map("::/0"::equals).orElse(false);
            rules.add(ingress(r, string(r, "securityGroupId").orElse(""), open, value(r, "ipProtocol").orElse(null),
                    value(r, "fromPort").orElse(null), value(r, "toPort").orElse(null)));
        }
        for (PlannedResource r : plan.resourcesOfType(LEGACY_RULE)) {
            if (string(r, "type").map("ingress"::equals).orElse(false)) {
                boolean open = value(r, "cidrBlocks").map(v -> v instanceof List<?> l && l.contains("0.0.0.0/0")).orElse(false)
                        || value(r, "ipv6CidrBlocks").map(v -> v instanceof List<?> l && l.contains("::/0")).orElse(false);
                rules.add(ingress(r, string(r, "securityGroupId").orElse(""), open, value(r, "protocol").orElse(null),
                        value(r, "fromPort").orElse(null), value(r, "toPort").orElse(null)));
            }
        }
        for (PlannedResource group : plan.resourcesOfType(EC2_SECURITY_GROUP)) {
            for (var inline : PlanRelations.objects(group, "ingress")) {
                boolean open = inline.get("cidrBlocks") instanceof List<?> l && l.contains("0.0.0.0/0")
                        || inline.get("ipv6CidrBlocks") instanceof List<?> l6 && l6.contains("::/0");
                rules.add(ingress(group, group.id().orElse(""), open, inline.get("protocol"),
                        inline.get("fromPort"), inline.get("toPort")));
            }
        }
        return rules;
    }

    /** Protocol "-1" (or "all") admits every port, whatever ports the rule names. */
    private static Ingress ingress(PlannedResource resource, String groupId, boolean open, Object protocol,
                                   Object fromPort, Object toPort) {
        boolean allTraffic = "-1".equals(String.valueOf(protocol)) || "all".equalsIgnoreCase(String.valueOf(protocol));
        return new Ingress(resource, groupId, open,
                !allTraffic && fromPort instanceof Double d ? d : 0.0, !allTraffic && toPort instanceof Double d ? d : 65535.0);
    }

    /** The ids of the security groups attached to resources of a type, read at {@code path}. */
    private static Set<String> groupsOf(Plan plan, String type, String path) {
        Set<String> ids = new HashSet<>();
        for (PlannedResource r : plan.resourcesOfType(type)) {
            value(r, path).filter(List.class::isInstance).ifPresent(list -> ((List<?>) list).forEach(id -> ids.add(String.valueOf(id))));
        }
        return ids;
    }

    private static SecurityCheck openIngressOnlyToListeners() {
        SecurityCheck[] self = new SecurityCheck[1];
        self[0] = new SecurityCheck("EC2-1", "EC2.18", "ingress from anywhere only to a load balancer's listener ports", plan -> {
            Set<String> balancers = groupsOf(plan, LB_LOAD_BALANCER, "securityGroups");
            List<Finding> findings = new ArrayList<>();
            for (Ingress rule : ingressRules(plan)) {
                boolean listenerPort = rule.fromPort == rule.toPort && LISTENER_PORTS.contains(rule.fromPort);
                if (rule.open && !(balancers.contains(rule.groupId) && listenerPort)) {
                    findings.add(finding(self[0], rule.resource, "admits the whole internet to ports "
                            + (long) rule.fromPort + "-" + (long) rule.toPort + " of a group that is not a load balancer's listener"));
                }
            }
            return findings;
        });
        return self[0];
    }

    private static SecurityCheck noOpenIngressToWorkloads() {
        SecurityCheck[] self = new SecurityCheck[1];
        self[0] = new SecurityCheck("EC2-2", "EC2.19", "no unrestricted ingress to tasks or databases", plan -> {
            Set<String> workloads = new HashSet<>(groupsOf(plan, ECS_SERVICE, "networkConfiguration.securityGroups"));
            workloads.addAll(groupsOf(plan, RDS_CLUSTER, "vpcSecurityGroupIds"));
            List<Finding> findings = new ArrayList<>();
            for (Ingress rule : ingressRules(plan)) {
                if (rule.open && workloads.contains(rule.groupId)) {
                    findings.add(finding(self[0], rule.resource, "admits the whole internet to the security group of tasks or a database"));
                }
            }
            return findings;
        });
        return self[0];
    }
}
