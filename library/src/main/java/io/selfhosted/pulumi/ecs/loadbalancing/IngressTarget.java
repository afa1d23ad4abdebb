package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.core.Output;

/**
 * What the front door hands the top component for one backend: where the backend's tasks
 * register, which security group to admit, and what its DNS record points at.
 *
 * @param targetGroupArn  the target group (ARN); it resolves once a listener forwards to it
 * @param securityGroupId the load balancer's security group, the only source the tasks admit
 * @param dnsName         the load balancer's DNS name
 * @param zoneId          the load balancer's canonical hosted zone id, for alias records
 * @param targetGroupArnSuffix  the target group's ARN suffix ({@code targetgroup/...}), a CloudWatch dimension
 * @param loadBalancerArnSuffix the load balancer's ARN suffix ({@code net/...}), a CloudWatch dimension
 */
public record IngressTarget(Output<String> targetGroupArn, Output<String> securityGroupId, Output<String> dnsName,
                            Output<String> zoneId, Output<String> targetGroupArnSuffix, Output<String> loadBalancerArnSuffix) {
}
