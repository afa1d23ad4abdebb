package io.selfhosted.pulumi.ecs.network;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation of {@link NetworkArgs}: a VPC id and at least two well-formed subnets per tier, no
 * subnet in two tiers; known endpoint services, each once; well-formed route table ids.
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
        KnownValue.of(network.vpcEndpointServices()).ifPresent(services -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < services.size(); i++) {
                String service = services.get(i);
                String path = "vpcEndpointServices[" + i + "]";
                if (p.check(NetworkDefaults.VPC_ENDPOINT_SERVICES.contains(service), path, "'" + service + "' is not an endpoint"
                        + " this install creates; use any of " + String.join(", ", NetworkDefaults.VPC_ENDPOINT_SERVICES))) {
                    p.check(seen.add(service), path, "'" + service + "' is listed twice; list each service once");
                }
            }
        });
        network.routeTableIds().flatMap(KnownValue::of).ifPresent(ids -> {
            p.check(!ids.isEmpty(), "routeTableIds", "is empty; list the private subnets' route tables, or leave it out to look them up");
            for (int i = 0; i < ids.size(); i++) {
                Validators.ec2Id(p, "routeTableIds[" + i + "]", ids.get(i), "rtb");
            }
        });
    }
}
