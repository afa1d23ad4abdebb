package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.inputs.GetSubnetArgs;
import com.pulumi.aws.ec2.outputs.GetSubnetResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.Resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subnets for services that take at most one subnet per availability zone (OpenSearch domains,
 * interface VPC endpoints): the first subnet of each zone, in the order given.
 */
public final class SubnetZones {
    private SubnetZones() {
    }

    /**
     * @param parent   the component looking the subnets up
     * @param ids      the candidate subnets
     * @param zones    how many zones are needed (fewer distinct zones fail the deployment, with what to
     *                 do); 0 for as many as the subnets span
     * @param what     what the subnets are for, for the message
     */
    public static Output<List<String>> firstOfEachZone(Resource parent, Output<List<String>> ids, int zones, String what) {
        var invokeOptions = InvokeOptions.builder().parent(parent).build();
        return ids.apply(list -> {
            List<Output<GetSubnetResult>> lookups = new ArrayList<>();
            for (String id : list) {
                lookups.add(Ec2Functions.getSubnet(GetSubnetArgs.builder().id(id).build(), invokeOptions));
            }
            return Output.all(lookups).applyValue(found -> {
                Map<String, String> byZone = new LinkedHashMap<>();
                found.forEach(subnet -> byZone.putIfAbsent(subnet.availabilityZone(), subnet.id()));
                if (byZone.size() < zones) {
                    throw new IllegalArgumentException(what + " needs subnets in " + zones + " availability zones, and the subnets "
                            + list + " are in " + byZone.size() + " (" + String.join(", ", byZone.keySet())
                            + "); add a subnet in another zone, or use fewer zones");
                }
                return byZone.values().stream().limit(zones == 0 ? byZone.size() : zones).toList();
            });
        });
    }
}
