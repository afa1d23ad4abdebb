package io.selfhosted.pulumi.ecs.dns;

import com.pulumi.aws.route53.Route53Functions;
import com.pulumi.aws.route53.inputs.GetZoneArgs;
import com.pulumi.aws.route53.outputs.GetZoneResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.Resource;

/**
 * The Route53 hosted zone an install writes its records to.
 */
public final class HostedZone {
    private HostedZone() {
    }

    /**
     * The id of the domain's zone: as given, or looked up by name when the program runs. An
     * internal front door's names belong in the private zone of that name, never in a public one;
     * a public install's, in the public zone.
     *
     * @param privateZone whether to look up the private zone
     * @param parent      the component the lookup belongs to
     */
    public static Output<String> id(DomainArgs domain, boolean privateZone, Resource parent) {
        return domain.zoneId().orElseGet(() -> Route53Functions.getZone(GetZoneArgs.builder()
                        .name(domain.zoneName())
                        .privateZone(privateZone)
                        .build(), InvokeOptions.builder().parent(parent).build())
                .applyValue(GetZoneResult::zoneId));
    }
}
