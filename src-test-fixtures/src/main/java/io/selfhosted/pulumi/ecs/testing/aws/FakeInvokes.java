package io.selfhosted.pulumi.ecs.testing.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The fake AWS's answers to data-source invokes a stack typically makes (identity, region,
 * partition, availability zones, subnet, VPC and hosted-zone lookups, IAM policy documents).
 */
final class FakeInvokes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, BiFunction<Map<String, Object>, FakeAwsAccount, Map<String, Object>>> ANSWERS =
            answers();

    private static Map<String, BiFunction<Map<String, Object>, FakeAwsAccount, Map<String, Object>>> answers() {
        Map<String, BiFunction<Map<String, Object>, FakeAwsAccount, Map<String, Object>>> answers = new LinkedHashMap<>();
        answers.put("aws:index/getCallerIdentity:getCallerIdentity", (args, a) -> Map.of(
                "accountId", a.accountId(), "id", a.accountId(),
                "arn", a.globalArn("iam", "user/pulumi-plan"),
                "userId", "AIDA" + Fingerprint.of("user", a.accountId()).upperAlnum(17)));
        answers.put("aws:index/getRegion:getRegion", FakeInvokes::region);
        answers.put("aws:index/getPartition:getPartition", (args, a) -> Map.of(
                "partition", a.partition(), "id", a.partition(), "dnsSuffix", a.dnsSuffix(),
                "reverseDnsPrefix", a.reverseDnsPrefix()));
        answers.put("aws:index/getAvailabilityZones:getAvailabilityZones", (args, a) -> Map.of(
                "id", a.region(), "names", a.availabilityZones(), "zoneIds", a.availabilityZoneIds(),
                "groupNames", List.of(a.region()), "state", "available"));
        answers.put("aws:ec2/getSubnet:getSubnet", FakeInvokes::subnet);
        answers.put("aws:ec2/getVpc:getVpc", FakeInvokes::vpc);
        answers.put("aws:ec2/getRouteTable:getRouteTable", FakeInvokes::routeTable);
        answers.put("aws:ec2/getPrefixList:getPrefixList", FakeInvokes::prefixList);
        answers.put("aws:ec2/getVpcEndpointService:getVpcEndpointService", FakeInvokes::vpcEndpointService);
        answers.put("aws:route53/getZone:getZone", FakeInvokes::zone);
        answers.put("aws:kms/getKey:getKey", FakeInvokes::key);
        answers.put("aws:iam/getPolicyDocument:getPolicyDocument", FakeInvokes::policyDocument);
        return java.util.Collections.unmodifiableMap(answers);
    }

    private FakeInvokes() {
    }

    static Optional<Map<String, Object>> answer(String token, Map<String, Object> args, FakeAwsAccount account) {
        return Optional.ofNullable(ANSWERS.get(token)).map(answer -> answer.apply(args, account));
    }

    private static Map<String, Object> region(Map<String, Object> args, FakeAwsAccount account) {
        var asked = args.get("name") instanceof String ? (String) args.get("name") : account.region();
        var target = FakeAwsAccount.of(asked, account.accountId());
        return Map.of("name", asked, "id", asked, "description", target.regionDescription(),
                "endpoint", target.regionalHost("ec2"));
    }

    /**
     * Availability zone = sum of the id's characters modulo 3. Unlike a first-come counter this
     * does not depend on the order in which asynchronous lookups arrive, and ids that differ in
     * one character by one or two (subnet-1/subnet-2, subnet-a/subnet-b) land in distinct zones.
     */
    private static Map<String, Object> subnet(Map<String, Object> args, FakeAwsAccount account) {
        var id = args.get("id") instanceof String ? (String) args.get("id") : "subnet-" + Fingerprint.of(
                String.valueOf(args)).hex(17);
        int sum = id.chars().sum();
        int zone = sum % 3;
        var result = new LinkedHashMap<String, Object>();
        result.put("id", id);
        result.put("arn", account.arn("ec2", "subnet/" + id));
        result.put("availabilityZone", account.availabilityZones().get(zone));
        result.put("availabilityZoneId", account.availabilityZoneIds().get(zone));
        result.put("cidrBlock", "10.0." + (sum % 250) + ".0/24");
        result.put("vpcId", fakeVpcId(account));
        result.put("ownerId", account.accountId());
        result.put("availableIpAddressCount", 250);
        result.put("mapPublicIpOnLaunch", false);
        result.put("state", "available");
        result.put("tags", Map.of());
        return result;
    }

    private static String fakeVpcId(FakeAwsAccount account) {
        return "vpc-" + Fingerprint.of("vpc", account.accountId(), account.region()).hex(17);
    }

    private static Map<String, Object> vpc(Map<String, Object> args, FakeAwsAccount account) {
        var id = args.get("id") instanceof String ? (String) args.get("id") : fakeVpcId(account);
        var result = new LinkedHashMap<String, Object>();
        result.put("id", id);
        result.put("arn", account.arn("ec2", "vpc/" + id));
        result.put("cidrBlock", "10.0.0.0/16");
        result.put("default", false);
        result.put("enableDnsHostnames", true);
        result.put("enableDnsSupport", true);
        result.put("ownerId", account.accountId());
        result.put("state", "available");
        result.put("tags", Map.of());
        return result;
    }

    /** The route table a subnet is associated with: one per subnet, named after it. */
    private static Map<String, Object> routeTable(Map<String, Object> args, FakeAwsAccount account) {
        var subnet = args.get("subnetId") instanceof String ? (String) args.get("subnetId") : "main";
        var id = "rtb-" + Fingerprint.of("route-table", subnet, account.region()).hex(17);
        var result = new LinkedHashMap<String, Object>();
        result.put("id", id);
        result.put("routeTableId", id);
        result.put("arn", account.arn("ec2", "route-table/" + id));
        result.put("vpcId", fakeVpcId(account));
        result.put("subnetId", subnet);
        result.put("ownerId", account.accountId());
        result.put("routes", List.of());
        result.put("associations", List.of());
        result.put("tags", Map.of());
        return result;
    }

    /** The AWS-managed prefix list of the first name filtered for (S3's, for gateway endpoint rules). */
    private static Map<String, Object> prefixList(Map<String, Object> args, FakeAwsAccount account) {
        var name = firstFilterValue(args).orElse("com.amazonaws." + account.region() + ".s3");
        var id = "pl-" + Fingerprint.of("prefix-list", name).hex(8);
        return Map.of("id", id, "prefixListId", id, "name", name, "cidrBlocks", List.of("52.216.0.0/15"));
    }

    /**
     * The endpoint service among the names filtered for: in China the {@code cn.com.amazonaws}
     * spelling of ECR's services, the plain one of the others (a fake's simplification).
     */
    private static Map<String, Object> vpcEndpointService(Map<String, Object> args, FakeAwsAccount account) {
        List<String> names = filterValues(args);
        String name = names.stream().filter(n -> n.startsWith("cn.") && n.contains(".ecr.")).findFirst()
                .orElse(names.isEmpty() ? "com.amazonaws." + account.region() + ".unknown" : names.get(0));
        return Map.of("id", Integer.toString(name.hashCode()), "serviceName", name,
                "serviceType", args.getOrDefault("serviceType", "Interface"), "owner", "amazon",
                "availabilityZones", account.availabilityZones(), "privateDnsName", "", "vpcEndpointPolicySupported", true);
    }

    private static List<String> filterValues(Map<String, Object> args) {
        if (args.get("filters") instanceof List<?> filters && !filters.isEmpty() && filters.get(0) instanceof Map<?, ?> filter
                && filter.get("values") instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Optional<String> firstFilterValue(Map<String, Object> args) {
        return filterValues(args).stream().findFirst();
    }

    private static Map<String, Object> zone(Map<String, Object> args, FakeAwsAccount account) {
        var givenName = args.get("name") instanceof String ? (String) args.get("name") : null;
        var givenId = args.get("zoneId") instanceof String ? (String) args.get("zoneId") : null;
        var name = givenName != null ? givenName : "zone-" + (givenId == null ? "unknown" : givenId.toLowerCase(
                Locale.ROOT)) + ".example.com";
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        var zoneId = givenId != null ? givenId : FakeNetworkResources.hostedZoneId(name);
        var result = new LinkedHashMap<String, Object>();
        result.put("id", zoneId);
        result.put("zoneId", zoneId);
        result.put("name", name);
        result.put("arn", account.bareArn("route53", "hostedzone/" + zoneId));
        result.put("privateZone", Boolean.TRUE.equals(args.get("privateZone")));
        result.put("nameServers", FakeNetworkResources.nameServers(zoneId));
        result.put("resourceRecordSetCount", 2);
        result.put("tags", Map.of());
        return result;
    }

    /** A symmetric, enabled customer key; given an ARN, that ARN, given a key id, the ARN of that id. */
    private static Map<String, Object> key(Map<String, Object> args, FakeAwsAccount account) {
        var given = args.get("keyId") instanceof String ? (String) args.get("keyId") : "unknown";
        var keyId = given.startsWith("arn:") ? given.substring(given.lastIndexOf('/') + 1) : given;
        var result = new LinkedHashMap<String, Object>();
        result.put("id", keyId);
        result.put("keyId", keyId);
        result.put("arn", given.startsWith("arn:") ? given : account.arn("kms", "key/" + keyId));
        result.put("keyManager", "CUSTOMER");
        result.put("keyState", "Enabled");
        result.put("keyUsage", "ENCRYPT_DECRYPT");
        result.put("customerMasterKeySpec", "SYMMETRIC_DEFAULT");
        result.put("enabled", true);
        return result;
    }

    /** Renders the statements the way the provider does: a Version and one Statement per entry. */
    private static Map<String, Object> policyDocument(Map<String, Object> args, FakeAwsAccount account) {
        var document = new LinkedHashMap<String, Object>();
        document.put("Version", args.getOrDefault("version", "2012-10-17"));
        var statements = args.get("statements") instanceof List ? (List<?>) args.get("statements") : List.of();
        document.put("Statement", statements.stream().map(s -> statement((Map<?, ?>) s)).toArray());
        try {
            var json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
            return Map.of("id", Integer.toString(json.hashCode()), "json", json,
                    "minifiedJson", JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A policy document of plain values always serializes", e);
        }
    }

    private static Map<String, Object> statement(Map<?, ?> s) {
        var out = new LinkedHashMap<String, Object>();
        copy(s, "sid", out, "Sid");
        out.put("Effect", s.get("effect") == null ? "Allow" : s.get("effect"));
        copy(s, "actions", out, "Action");
        copy(s, "notActions", out, "NotAction");
        copy(s, "resources", out, "Resource");
        copy(s, "notResources", out, "NotResource");
        principals(s.get("principals"), out, "Principal");
        principals(s.get("notPrincipals"), out, "NotPrincipal");
        if (s.get("conditions") instanceof List) {
            var conditions = new LinkedHashMap<Object, Map<Object, Object>>();
            for (var c : (List<?>) s.get("conditions")) {
                var condition = (Map<?, ?>) c;
                conditions.computeIfAbsent(condition.get("test"), k -> new LinkedHashMap<>())
                        .put(condition.get("variable"), condition.get("values"));
            }
            out.put("Condition", conditions);
        }
        return out;
    }

    private static void principals(Object principals, Map<String, Object> out, String key) {
        if (principals instanceof List) {
            var byType = new LinkedHashMap<Object, Object>();
            ((List<?>) principals).forEach(p -> byType.put(((Map<?, ?>) p).get("type"), ((Map<?, ?>) p).get("identifiers")));
            out.put(key, byType);
        }
    }

    private static void copy(Map<?, ?> from, String fromKey, Map<String, Object> to, String toKey) {
        if (from.get(fromKey) != null) {
            to.put(toKey, from.get(fromKey));
        }
    }
}
