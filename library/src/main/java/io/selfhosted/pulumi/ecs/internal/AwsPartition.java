package io.selfhosted.pulumi.ecs.internal;

import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place that knows how ARNs, service endpoints and service principals are spelled in an
 * AWS partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}, the ISO partitions ...).
 *
 * <p>Partition ids and DNS suffixes come from the AWS SDK's partition data, which is kept current
 * with every SDK release, instead of a table copied by hand. No other class may spell an ARN
 * prefix, a DNS suffix or a service principal.
 *
 * @param region    the AWS region, e.g. {@code us-gov-west-1}
 * @param id        the partition id, e.g. {@code aws-us-gov}
 * @param dnsSuffix the partition's DNS suffix, e.g. {@code amazonaws.com.cn}
 */
public record AwsPartition(String region, String id, String dnsSuffix) {

    private static final Pattern REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");

    public AwsPartition {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dnsSuffix, "dnsSuffix");
    }

    /**
     * Whether a region is one the AWS SDK's region data knows (e.g. {@code us-east-1}; not
     * {@code eu-west-9}, nor pseudo regions such as {@code aws-global}).
     */
    public static boolean isRegionName(String region) {
        return region != null && REGION.matcher(region).matches()
                && Region.regions().stream().anyMatch(r -> r.id().equals(region) && !r.isGlobalRegion());
    }

    /** Known regions that look like {@code region} (same area, e.g. {@code eu-west-*}), for a message. */
    public static java.util.List<String> regionsLike(String region) {
        String area = region == null ? "" : region.replaceAll("-\\d+$", "");
        return Region.regions().stream().map(Region::id).filter(id -> id.startsWith(area + "-") && REGION.matcher(id).matches())
                .sorted().toList();
    }

    /** The partition a region belongs to, by the SDK's partition region patterns. */
    public static AwsPartition ofRegion(String region) {
        PartitionMetadata partition = PartitionMetadata.of(Region.of(region));
        return new AwsPartition(region, partition.id(), partition.dnsSuffix());
    }

    /** {@code arn:<partition>:<service>:<region>:<account>:<resource>}; empty parts are allowed. */
    public String arn(String service, String arnRegion, String account, String resource) {
        return "arn:" + id + ":" + service + ":" + arnRegion + ":" + account + ":" + resource;
    }

    /** The ARN prefix shared by every ARN of this partition, {@code arn:<partition>:}. */
    public String arnPrefix() {
        return "arn:" + id + ":";
    }

    /** ARN of an S3 bucket (S3 ARNs carry neither region nor account). */
    public String s3BucketArn(String bucket) {
        return arn("s3", "", "", bucket);
    }

    /** The regional endpoint host name of a service, e.g. {@code secretsmanager.cn-north-1.amazonaws.com.cn}. */
    public String serviceEndpoint(String service) {
        return service + "." + region + "." + dnsSuffix;
    }

    /**
     * The IAM service principal of a service principal name such as {@code ecs-tasks}.
     *
     * <p>IAM spells the principal of ECS tasks {@code ecs-tasks.amazonaws.com} in every partition,
     * China and GovCloud included (a few other services, EC2 and S3 among them, differ in China:
     * check before trusting another service here).
     */
    public String servicePrincipal(String service) {
        return service + ".amazonaws.com";
    }

    /**
     * The possible names of the VPC endpoint service of an AWS service in this region: always
     * {@code com.amazonaws.<region>.<service>}, and where the partition's DNS suffix is not
     * {@code amazonaws.com} also {@code <reversed suffix>.<region>.<service>} (in China several
     * services, ECR among them, are named {@code cn.com.amazonaws.<region>.<service>}, others not):
     * a lookup among these finds the one AWS offers.
     */
    public java.util.List<String> endpointServiceNames(String service) {
        String standard = "com.amazonaws." + region + "." + service;
        var labels = new java.util.ArrayList<>(java.util.List.of(dnsSuffix.split("\\.")));
        java.util.Collections.reverse(labels);
        String reversed = String.join(".", labels) + "." + region + "." + service;
        return reversed.equals(standard) ? java.util.List.of(standard) : java.util.List.of(standard, reversed);
    }

    /** The DNS suffix of private ECR registries in this region, {@code dkr.ecr.<region>.<suffix>}. */
    public String ecrRegistryHost(String account) {
        return account + ".dkr.ecr." + region + "." + dnsSuffix;
    }
}
