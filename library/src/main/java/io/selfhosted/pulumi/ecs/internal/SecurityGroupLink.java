package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

import java.util.List;
import java.util.Map;

/**
 * Lets one security group reach another on one TCP port: an egress rule on the source and an
 * ingress rule on the destination, both naming the other group (never a CIDR). The part whose
 * tasks open the connection creates the pair, so the part being reached needs to know nothing
 * about its clients.
 */
public final class SecurityGroupLink {
    private SecurityGroupLink() {
    }

    /**
     * @param parent      the component the two rules belong to
     * @param logicalName the rules' logical name
     * @param tags        the tags of both rules
     * @return the two rules, for resources that must wait for the access
     */
    public static List<Resource> allow(Resource parent, String logicalName, Output<String> fromGroupId, Output<String> toGroupId,
                                       Output<Integer> port, Output<String> description, Output<Map<String, String>> tags) {
        var egress = new SecurityGroupEgressRule(logicalName, SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(fromGroupId)
                .referencedSecurityGroupId(toGroupId)
                .ipProtocol("tcp")
                .fromPort(port)
                .toPort(port)
                .description(description)
                .tags(tags)
                .build(), ChildOptions.of(parent));
        var ingress = new SecurityGroupIngressRule(logicalName, SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(toGroupId)
                .referencedSecurityGroupId(fromGroupId)
                .ipProtocol("tcp")
                .fromPort(port)
                .toPort(port)
                .description(description)
                .tags(tags)
                .build(), ChildOptions.of(parent));
        return List.of(egress, ingress);
    }
}
