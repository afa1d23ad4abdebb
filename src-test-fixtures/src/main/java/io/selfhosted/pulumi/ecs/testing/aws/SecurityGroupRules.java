package io.selfhosted.pulumi.ecs.testing.aws;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rules of VPC security groups in a plan: the separate ingress and egress rule resources
 * ({@link AwsTypes#VPC_SECURITY_GROUP_INGRESS_RULE}, {@link AwsTypes#VPC_SECURITY_GROUP_EGRESS_RULE})
 * that name their group by id, and the group an ECS service's tasks run in.
 *
 * <pre>{@code
 * String tasks = SecurityGroupRules.taskSecurityGroupId(plan, "pulumi-api");
 * assertThat(SecurityGroupRules.ingressRulesOf(plan, tasks))
 *         .allSatisfy(rule -> assertThat(rule.has("cidrIpv4")).isFalse());
 * }</pre>
 *
 * <p>Group ids are the fake AWS's ids (e.g. {@code sg-0a1b...}), stable from run to run.
 */
public final class SecurityGroupRules {

    private SecurityGroupRules() {
    }

    /**
     * The ingress rule resources of a security group.
     *
     * @param plan    a plan
     * @param groupId the security group's id
     * @return the rules whose {@code securityGroupId} is {@code groupId}, in plan order
     */
    public static List<PlannedResource> ingressRulesOf(Plan plan, String groupId) {
        return rulesOf(plan, AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE, groupId);
    }

    /**
     * The egress rule resources of a security group.
     *
     * @param plan    a plan
     * @param groupId the security group's id
     * @return the rules whose {@code securityGroupId} is {@code groupId}, in plan order
     */
    public static List<PlannedResource> egressRulesOf(Plan plan, String groupId) {
        return rulesOf(plan, AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE, groupId);
    }

    /**
     * The id of the one security group the tasks of an ECS service run in
     * ({@code networkConfiguration.securityGroups}).
     *
     * @param plan        a plan
     * @param serviceName the logical name of an {@link AwsTypes#ECS_SERVICE}
     * @return the group's id
     * @throws NoSuchElementException if the plan has no such service
     * @throws IllegalStateException  if the service's tasks are not in exactly one security group
     */
    public static String taskSecurityGroupId(Plan plan, String serviceName) {
        var service = plan.resource(AwsTypes.ECS_SERVICE, serviceName);
        var groups = service.list("networkConfiguration.securityGroups");
        if (groups.size() != 1 || !(groups.get(0) instanceof String id)) {
            throw new IllegalStateException(service + " runs its tasks in " + groups + ", not in exactly one security group");
        }
        return id;
    }

    private static List<PlannedResource> rulesOf(Plan plan, String type, String groupId) {
        return plan.resourcesOfType(type).stream()
                .filter(r -> r.input("securityGroupId").map(groupId::equals).orElse(false))
                .toList();
    }
}
