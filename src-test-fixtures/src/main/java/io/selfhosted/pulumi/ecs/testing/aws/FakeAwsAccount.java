package io.selfhosted.pulumi.ecs.testing.aws;

import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the fake AWS pretends to run: region, account and the partition facts derived from the
 * region (so GovCloud and China plans get the right ARNs and DNS suffixes).
 */
record FakeAwsAccount(String region, String accountId, String partition, String dnsSuffix) {

    static FakeAwsAccount of(String region, String accountId) {
        var metadata = PartitionMetadata.of(Region.of(region));
        return new FakeAwsAccount(region, accountId, metadata.id(), metadata.dnsSuffix());
    }

    /** @return an ARN with region and account, e.g. for ECS, RDS or logs */
    String arn(String service, String resource) {
        return "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    /** @return an ARN of a global service, which has an account but no region (IAM) */
    String globalArn(String service, String resource) {
        return "arn:" + partition + ":" + service + "::" + accountId + ":" + resource;
    }

    /** @return an ARN without region and account (S3 buckets, Route 53 zones) */
    String bareArn(String service, String resource) {
        return "arn:" + partition + ":" + service + ":::" + resource;
    }

    /** @return {@code service.region.dnsSuffix}, the shape of regional endpoints */
    String regionalHost(String service) {
        return service + "." + region + "." + dnsSuffix;
    }

    /** @return the DNS suffix reversed, as AWS uses it in VPC endpoint service names */
    String reverseDnsPrefix() {
        List<String> labels = new ArrayList<>(List.of(dnsSuffix.split("\\.")));
        Collections.reverse(labels);
        return String.join(".", labels);
    }

    /** @return the region's human-readable name, or the region code for regions the SDK does not know */
    String regionDescription() {
        var metadata = RegionMetadata.of(Region.of(region));
        return metadata == null ? region : metadata.description();
    }

    /** @return the three availability zones the fake region has */
    List<String> availabilityZones() {
        return List.of(region + "a", region + "b", region + "c");
    }

    /** @return zone ids shaped like {@code use1-az1}: initials of the region's words plus its number */
    List<String> availabilityZoneIds() {
        var prefix = new StringBuilder();
        for (var word : region.split("-")) {
            prefix.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1));
        }
        return List.of(prefix + "-az1", prefix + "-az2", prefix + "-az3");
    }
}
