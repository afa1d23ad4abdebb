package io.selfhosted.pulumi.ecs.testing.aws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Computed attributes of the fake AWS for networking types: EC2/VPC, load balancing, Route 53 and
 * ACM. Shapes follow what the AWS provider returns, so programs that parse them (ARN suffixes,
 * DNS names, validation records) behave as they would against AWS.
 */
final class FakeNetworkResources {

    /** EC2 resources whose id is a prefixed hex string, with the resource kind used in their ARN. */
    private static final Map<String, List<String>> EC2_IDS = Map.of(
            "aws:ec2/securityGroup:SecurityGroup", List.of("sg-", "security-group"),
            "aws:ec2/vpcEndpoint:VpcEndpoint", List.of("vpce-", "vpc-endpoint"),
            "aws:ec2/vpc:Vpc", List.of("vpc-", "vpc"),
            "aws:ec2/subnet:Subnet", List.of("subnet-", "subnet"),
            "aws:ec2/securityGroupRule:SecurityGroupRule", List.of("sgr-", "security-group-rule"),
            "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", List.of("sgr-", "security-group-rule"),
            "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", List.of("sgr-", "security-group-rule"),
            "aws:ec2/internetGateway:InternetGateway", List.of("igw-", "internet-gateway"),
            "aws:ec2/natGateway:NatGateway", List.of("nat-", "natgateway"),
            "aws:ec2/routeTable:RouteTable", List.of("rtb-", "route-table"));

    private FakeNetworkResources() {
    }

    static void register(Map<String, Consumer<FakeResource>> shapes) {
        EC2_IDS.forEach((type, idAndKind) -> shapes.put(type, r -> ec2(r, idAndKind.get(0), idAndKind.get(1))));
        shapes.put("aws:ec2/vpcEndpoint:VpcEndpoint", FakeNetworkResources::vpcEndpoint);
        shapes.put("aws:lb/loadBalancer:LoadBalancer", FakeNetworkResources::loadBalancer);
        shapes.put("aws:lb/targetGroup:TargetGroup", FakeNetworkResources::targetGroup);
        shapes.put("aws:lb/listener:Listener", FakeNetworkResources::listener);
        shapes.put("aws:lb/listenerRule:ListenerRule", FakeNetworkResources::listenerRule);
        shapes.put("aws:route53/record:Record", FakeNetworkResources::record);
        shapes.put("aws:route53/zone:Zone", FakeNetworkResources::zone);
        shapes.put("aws:acm/certificate:Certificate", FakeNetworkResources::certificate);
        shapes.put("aws:acm/certificateValidation:CertificateValidation", FakeNetworkResources::certificateValidation);
    }

    private static void ec2(FakeResource r, String idPrefix, String arnKind) {
        r.autoname();
        r.idIfAbsent(idPrefix + r.hex("id", 17));
        r.put("arn", r.account.arn("ec2", arnKind + "/" + r.id));
        r.put("ownerId", r.account.accountId());
    }

    private static void vpcEndpoint(FakeResource r) {
        ec2(r, "vpce-", "vpc-endpoint");
        var service = r.text("serviceName") == null ? "endpoint" : FakeResource.lastSegment(
                r.text("serviceName").replace('.', '/'));
        r.put("dnsEntries", List.of(Map.of(
                "dnsName", r.id + "-" + r.hex("dns", 8) + "." + service + "." + r.account.region()
                        + ".vpce." + r.account.dnsSuffix(),
                "hostedZoneId", "Z" + r.hex("zone", 13).toUpperCase(Locale.ROOT))));
        r.put("state", "available");
        if ("Gateway".equals(r.text("vpcEndpointType"))) {
            r.put("prefixListId", "pl-" + Fingerprint.of("prefix-list", r.text("serviceName")).hex(8));
        }
    }

    private static String loadBalancerKind(FakeResource r) {
        var type = r.text("loadBalancerType") == null ? "application" : r.text("loadBalancerType");
        r.put("loadBalancerType", type);
        return type.equals("network") ? "net" : type.equals("gateway") ? "gwy" : "app";
    }

    /**
     * A load balancer. AWS replaces one whose scheme or (network) subnets change, and the new
     * one has a new ARN: the ARN's id follows those inputs, so plans before and after such a
     * change show what depends on the ARN moving with it.
     */
    private static void loadBalancer(FakeResource r) {
        var name = r.autoname("name", false, 32);
        var kind = loadBalancerKind(r);
        var replacedBy = "arn|" + r.flag("internal") + "|" + r.state.get("subnets");
        var suffix = kind + "/" + name + "/" + r.hex(replacedBy, 16);
        r.put("arn", r.account.arn("elasticloadbalancing", "loadbalancer/" + suffix));
        r.put("arnSuffix", suffix);
        var elb = "elb." + r.account.region();
        r.put("dnsName", kind.equals("app")
                ? name + "-" + r.fingerprint.derive("dns").digits(10) + "." + r.account.region() + ".elb."
                        + r.account.dnsSuffix()
                : name + "-" + r.hex("dns", 16) + "." + elb + "." + r.account.dnsSuffix());
        r.put("zoneId", "Z" + Fingerprint.of("elb-zone", r.account.region(), kind).upperAlnum(13));
        r.put("internal", false);
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void targetGroup(FakeResource r) {
        var name = r.autoname("name", false, 32);
        var suffix = "targetgroup/" + name + "/" + r.hex("arn", 16);
        r.put("arn", r.account.arn("elasticloadbalancing", suffix));
        r.put("arnSuffix", suffix);
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void listener(FakeResource r) {
        var balancer = afterMarker(r.text("loadBalancerArn"), "loadbalancer/", "app/unknown/0000000000000000");
        r.put("arn", r.account.arn("elasticloadbalancing", "listener/" + balancer + "/" + r.hex("arn", 16)));
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void listenerRule(FakeResource r) {
        var listener = afterMarker(r.text("listenerArn"), "listener/", "app/unknown/0000000000000000/0");
        r.put("arn", r.account.arn("elasticloadbalancing", "listener-rule/" + listener + "/" + r.hex("arn", 16)));
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static String afterMarker(String arn, String marker, String fallback) {
        return arn != null && arn.contains(marker) ? arn.substring(arn.indexOf(marker) + marker.length()) : fallback;
    }

    private static void record(FakeResource r) {
        var name = r.text("name") == null ? r.logicalName : r.text("name");
        var fqdn = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        r.put("fqdn", fqdn);
        r.idIfAbsent(r.text("zoneId") + "_" + fqdn + "_" + r.text("type"));
    }

    private static void zone(FakeResource r) {
        var name = r.autoname();
        var zoneId = hostedZoneId(name);
        r.put("zoneId", zoneId);
        r.put("nameServers", nameServers(zoneId));
        r.put("arn", r.account.bareArn("route53", "hostedzone/" + zoneId));
        r.idIfAbsent(zoneId);
    }

    private static void certificate(FakeResource r) {
        r.put("arn", r.account.arn("acm", "certificate/" + r.fingerprint.derive("arn").uuid()));
        r.put("domainValidationOptions", r.certificateDomains().stream()
                .map(domain -> Map.of(
                        "domainName", domain,
                        "resourceRecordName", "_" + Fingerprint.of("acm", domain).hex(32) + "." + domain + ".",
                        "resourceRecordType", "CNAME",
                        "resourceRecordValue", "_" + Fingerprint.of("acm-value", domain).hex(32)
                                + ".acm-validations.aws."))
                .collect(Collectors.toList()));
        r.put("status", "PENDING_VALIDATION");
        r.idIfAbsent((String) r.state.get("arn"));
    }

    private static void certificateValidation(FakeResource r) {
        var certificateArn = r.text("certificateArn");
        r.idIfAbsent(certificateArn == null ? r.logicalName + "-" + r.hex("id", 8) : certificateArn);
    }

    /** @return a Route 53 hosted zone id derived from the zone name, stable across runs */
    static String hostedZoneId(String zoneName) {
        return "Z" + Fingerprint.of("route53-zone", zoneName).upperAlnum(13);
    }

    static List<String> nameServers(String zoneId) {
        var f = Fingerprint.of("route53-ns", zoneId);
        return List.of("ns-" + f.digits(3) + ".awsdns-" + f.derive("1").digits(2) + ".com",
                "ns-" + f.derive("2").digits(4) + ".awsdns-" + f.derive("3").digits(2) + ".org",
                "ns-" + f.derive("4").digits(3) + ".awsdns-" + f.derive("5").digits(2) + ".co.uk",
                "ns-" + f.derive("6").digits(3) + ".awsdns-" + f.derive("7").digits(2) + ".net");
    }
}
