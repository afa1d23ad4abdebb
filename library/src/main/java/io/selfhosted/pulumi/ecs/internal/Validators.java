package io.selfhosted.pulumi.ecs.internal;

import software.amazon.awssdk.arns.Arn;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Value checks shared by every Args validation. Each one records a problem naming the property,
 * the bad value and what would be valid, and returns whether the value passed.
 */
public final class Validators {
    private static final Pattern HEX_ID_TAIL = Pattern.compile("^[0-9a-f]{8}([0-9a-f]{9})?$");
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final Pattern IMAGE_TAG = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");
    private static final Pattern IPV4_CIDR = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$");

    /** CloudWatch Logs accepts only these retention periods (days). */
    public static final Set<Integer> LOG_RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150,
            180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** Fargate task sizes: CPU units to the memory values (MiB) allowed with them. */
    private static final Map<Integer, int[]> FARGATE_MEMORY = Map.of(
            256, new int[]{512, 1024, 2048},
            512, steps(1024, 4096, 1024),
            1024, steps(2048, 8192, 1024),
            2048, steps(4096, 16384, 1024),
            4096, steps(8192, 30720, 1024),
            8192, steps(16384, 61440, 4096),
            16384, steps(32768, 122880, 8192));

    private Validators() {
    }

    private static int[] steps(int from, int to, int step) {
        int[] values = new int[(to - from) / step + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i * step;
        }
        return values;
    }

    /** An EC2 id such as {@code vpc-0a1b2c3d} or {@code subnet-0123456789abcdef0}. */
    public static boolean ec2Id(Problems p, String path, String value, String prefix) {
        boolean ok = value != null && value.startsWith(prefix + "-")
                && HEX_ID_TAIL.matcher(value.substring(prefix.length() + 1)).matches();
        return p.check(ok, path, "'" + value + "' is not a valid " + prefix + " id; expected '" + prefix
                + "-' followed by 8 or 17 lowercase hex digits, e.g. " + prefix + "-0123456789abcdef0");
    }

    /** A list of at least {@code min} distinct, well-formed subnet ids. */
    public static void subnetIds(Problems p, String path, List<String> ids, int min, String tierHint) {
        // Too few is reported, and the ones given are still checked.
        subnetCount(p, path, ids, min, tierHint);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (ec2Id(p, path + "[" + i + "]", id, "subnet")) {
                p.check(seen.add(id), path + "[" + i + "]", "'" + id + "' is listed twice; list each subnet once");
            }
        }
    }

    /** At least {@code min} subnets, in different availability zones. */
    public static boolean subnetCount(Problems p, String path, List<String> ids, int min, String tierHint) {
        return p.check(ids.size() >= min, path, "has " + ids.size() + " subnet(s); at least " + min + " " + tierHint
                + " subnets in different availability zones are required");
    }

    /** A subnet may serve one tier only: public, private and isolated subnets route differently. */
    public static void disjointTiers(Problems p, Map<String, List<String>> tiers) {
        Map<String, String> owner = new java.util.LinkedHashMap<>();
        tiers.forEach((tierPath, ids) -> {
            for (String id : ids) {
                String first = owner.putIfAbsent(id, tierPath);
                if (first != null && !first.equals(tierPath)) {
                    p.add(tierPath, "'" + id + "' is also listed in {{" + first + "}}"
                            + "; each tier needs its own subnets (public: internet gateway route, private: NAT route, isolated: no internet route)");
                }
            }
        });
    }

    /**
     * An ARN of the given service and resource type, in the expected partition and region.
     *
     * @param resourcePrefix the resource part's start, e.g. {@code key/} or {@code certificate/}
     */
    public static boolean arn(Problems p, String path, String value, AwsPartition partition, String service,
                              String resourcePrefix, String example) {
        Optional<Arn> parsed = value == null ? Optional.empty() : Arn.tryFromString(value);
        if (parsed.isEmpty()) {
            p.add(path, "'" + value + "' is not an ARN; expected e.g. " + example);
            return false;
        }
        Arn arn = parsed.get();
        // A wrong partition implies a wrong region, and a wrong service a wrong resource type:
        // one mistake is reported once.
        if (!p.check(arn.partition().equals(partition.id()), path, "'" + value + "' is in partition '"
                + arn.partition() + "' but the stack deploys to " + partition.region() + " (partition '"
                + partition.id() + "'); use an ARN that starts with " + partition.arnPrefix())) {
            return false;
        }
        if (!p.check(arn.service().equals(service), path, "'" + value + "' is an ARN of service '" + arn.service()
                + "', expected a '" + service + "' ARN such as " + example)) {
            return false;
        }
        String region = arn.region().orElse("");
        boolean ok = p.check(region.equals(partition.region()), path, "'" + value + "' is in region '" + region
                + "' but the stack deploys to '" + partition.region() + "'; " + service
                + " resources must be in the same region as the service");
        ok &= p.check(arn.accountId().map(a -> a.matches("^\\d{12}$")).orElse(false), path,
                "'" + value + "' has no 12-digit account id; expected e.g. " + example);
        ok &= p.check(arn.resourceAsString().startsWith(resourcePrefix)
                        && arn.resourceAsString().length() > resourcePrefix.length(), path,
                "'" + value + "' is not a " + resourcePrefix.replace("/", "") + " ARN; expected e.g. " + example);
        return ok;
    }

    /** An IPv4 CIDR block in network form, e.g. {@code 10.0.0.0/16}. */
    public static boolean ipv4Cidr(Problems p, String path, String value) {
        var m = value == null ? null : IPV4_CIDR.matcher(value);
        if (m == null || !m.matches()) {
            p.add(path, "'" + value + "' is not an IPv4 CIDR block; expected e.g. 203.0.113.0/24");
            return false;
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                p.add(path, "'" + value + "' has an octet above 255; expected e.g. 203.0.113.0/24");
                return false;
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(m.group(5));
        if (prefix > 32) {
            p.add(path, "'" + value + "' has a prefix length above 32; use a prefix of 0-32, e.g. 203.0.113.0/24");
            return false;
        }
        long hostMask = prefix == 32 ? 0 : (1L << (32 - prefix)) - 1;
        return p.check((address & hostMask) == 0, path, "'" + value + "' has host bits set; use the network address, e.g. "
                + networkOf(address, prefix) + "/" + prefix);
    }

    private static String networkOf(long address, int prefix) {
        long network = prefix == 0 ? 0 : address & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255);
    }

    /** One DNS label: lowercase letters, digits and inner hyphens, 1-63 characters. */
    public static boolean dnsLabel(Problems p, String path, String value) {
        return p.check(value != null && DNS_LABEL.matcher(value).matches(), path, "'" + value
                + "' is not a DNS label; use 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen");
    }

    /** A DNS name of dot-separated labels; {@code longestPrefix} is prepended later (e.g. {@code api.}). */
    public static boolean domainName(Problems p, String path, String value, String longestPrefix) {
        if (value == null || value.isEmpty()) {
            p.add(path, "is empty; set the DNS name, e.g. example.com");
            return false;
        }
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        boolean ok = true;
        for (String label : name.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                p.add(path, "'" + value + "' has the invalid label '" + label
                        + "'; labels are 1-63 lowercase letters, digits or inner hyphens");
                ok = false;
                break;
            }
        }
        int length = longestPrefix.length() + name.length();
        ok &= p.check(length <= 253, path, "'" + value + "' is too long: '" + longestPrefix + "' + it has " + length
                + " characters and DNS names are limited to 253");
        return ok;
    }

    /** A container image tag that pins a version. */
    public static boolean imageTag(Problems p, String path, String value) {
        if (!p.check(value != null && IMAGE_TAG.matcher(value).matches(), path, "'" + value
                + "' is not a valid image tag; use up to 128 letters, digits, '_', '.' or '-', e.g. 20250101-abcdef0")) {
            return false;
        }
        return p.check(!value.equals("latest"), path, "'latest' is not pinned: every restart could run another version. "
                + "Set the Pulumi Service version to run, e.g. imageTag 20250101-abcdef0, and change it to upgrade");
    }

    /** A Fargate CPU/memory pair, the CPU at property {@code cpuPath} and the memory at {@code memoryPath}. */
    public static boolean fargateSize(Problems p, String cpuPath, String memoryPath, int cpu, int memory) {
        int[] allowed = FARGATE_MEMORY.get(cpu);
        if (allowed == null) {
            p.add(cpuPath, cpu + " is not a Fargate CPU size; use one of " + new TreeSet<>(FARGATE_MEMORY.keySet()));
            return false;
        }
        for (int m : allowed) {
            if (m == memory) {
                return true;
            }
        }
        p.add(memoryPath, memory + " MiB is not valid with " + cpu + " CPU units on Fargate; use "
                + (allowed.length <= 4 ? java.util.Arrays.toString(allowed)
                : allowed[0] + "-" + allowed[allowed.length - 1] + " in steps of " + (allowed[1] - allowed[0])));
        return false;
    }

    /** Characters AWS accepts in a security group rule's description. */
    private static final Pattern RULE_DESCRIPTION = Pattern.compile("^[A-Za-z0-9 ._\\-:/()#,@\\[\\]+=;{}!$*]{0,255}$");

    /** A security group rule description AWS will accept. */
    public static boolean ruleDescription(Problems p, String path, String value) {
        return p.check(value != null && RULE_DESCRIPTION.matcher(value).matches(), path, "'" + value
                + "' has characters AWS refuses in a security group rule description; use up to 255 letters, digits, spaces "
                + "and ._-:/()#,@[]+=;{}!$*");
    }

    /** A number within an inclusive range. */
    public static boolean range(Problems p, String path, int value, int min, int max, String unit) {
        return p.check(value >= min && value <= max, path, value + " is out of range; use " + min + "-" + max + unit);
    }

    /** A CloudWatch Logs retention period. */
    public static boolean logRetention(Problems p, String path, int days) {
        return p.check(LOG_RETENTION_DAYS.contains(days), path, days + " is not a CloudWatch Logs retention period; use one of "
                + new TreeSet<>(LOG_RETENTION_DAYS).stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
