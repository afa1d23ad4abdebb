package io.selfhosted.pulumi.ecs.network;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation of {@link NetworkArgs}: a VPC id and at least two well-formed subnets per tier, no
 * subnet in two tiers.
 */
final class NetworkValidation {
    private NetworkValidation() {
    }

    static void check(Problems p, NetworkArgs network) {
        KnownValue.of(network.vpcId()).ifPresent(id -> Validators.ec2Id(p, "vpcId", id, "vpc"));
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        KnownValue.of(network.publicSubnetIds()).ifPresent(ids -> tiers.put("publicSubnetIds", ids));
        KnownValue.of(network.privateSubnetIds()).ifPresent(ids -> tiers.put("privateSubnetIds", ids));
        KnownValue.of(network.isolatedSubnetIds()).ifPresent(ids -> tiers.put("isolatedSubnetIds", ids));
        tiers.forEach((path, ids) -> Validators.subnetIds(p, path, ids, 2, path.substring(0, path.indexOf("SubnetIds"))));
        Validators.disjointTiers(p, tiers);
    }
}
