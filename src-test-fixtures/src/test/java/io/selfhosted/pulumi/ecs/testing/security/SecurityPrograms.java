package io.selfhosted.pulumi.ecs.testing.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.Context;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.rds.Cluster;
import com.pulumi.aws.rds.ClusterArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;

import javax.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small programs of real AWS resources for the check tests: each builder starts from a compliant
 * resource and lets a test break one setting (a later builder call overrides an earlier one).
 */
final class SecurityPrograms {
    /** The older form of a security group rule, which the library does not write but stacks may. */
    static final String LEGACY_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
    /** A managed IAM policy (the library writes only inline role policies). */
    static final String POLICY = "aws:iam/policy:Policy";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityPrograms() {
    }

    /** Runs a program against the fake AWS in us-east-1; it must succeed. */
    static Plan plan(Consumer<Context> program) {
        return PlanRunner.create().config("aws:region", "us-east-1").run(program).requireSuccess();
    }

    /** The open findings of one check after running every check. */
    static List<Finding> findings(Plan plan, String checkId) {
        assertThat(SecurityChecks.all()).extracting(SecurityCheck::id).as("known check").contains(checkId);
        return SecurityChecks.run(plan).findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
    }

    static void assertNoFinding(Plan plan, String checkId) {
        assertThat(findings(plan, checkId)).as("findings of " + checkId).isEmpty();
    }

    /** Asserts that the check found exactly one problem, with this control, on this resource. */
    static Finding assertSingleFinding(Plan plan, String checkId, String control, String type, String name) {
        var findings = findings(plan, checkId);
        assertThat(findings).as("findings of " + checkId).hasSize(1);
        var finding = findings.get(0);
        assertThat(finding.checkId()).isEqualTo(checkId);
        assertThat(finding.control()).isEqualTo(control);
        assertThat(finding.resourceType()).isEqualTo(type);
        assertThat(finding.resourceName()).isEqualTo(name);
        assertThat(finding.message()).isNotBlank();
        return finding;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- RDS

    static Cluster database(String name, Consumer<ClusterArgs.Builder> tweak) {
        var args = ClusterArgs.builder().engine("aurora-mysql").engineVersion("8.0.mysql_aurora.3.08.0")
                .masterUsername("admin").manageMasterUserPassword(true)
                .storageEncrypted(true).deletionProtection(true).backupRetentionPeriod(7).copyTagsToSnapshot(true)
                .enabledCloudwatchLogsExports("audit", "error").skipFinalSnapshot(false)
                .finalSnapshotIdentifier(name + "-final");
        tweak.accept(args);
        return new Cluster(name, args.build());
    }

    // ---- ECS

    /** A container definition with a log configuration and these environment variables. */
    static Map<String, Object> container(String name, Map<String, String> environment) {
        var definition = new LinkedHashMap<String, Object>();
        definition.put("name", name);
        definition.put("image", "public.ecr.aws/docker/library/nginx:1.27");
        definition.put("essential", true);
        definition.put("environment", environment.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList());
        definition.put("logConfiguration", Map.of("logDriver", "awslogs", "options",
                Map.of("awslogs-group", "/ecs/" + name, "awslogs-region", "us-east-1", "awslogs-stream-prefix", name)));
        return definition;
    }

    static TaskDefinition taskDefinition(String name, List<Map<String, Object>> containers) {
        return new TaskDefinition(name, TaskDefinitionArgs.builder().family(name).networkMode("awsvpc")
                .requiresCompatibilities("FARGATE").cpu("256").memory("512").containerDefinitions(json(containers)).build());
    }

    static Service service(String name, SecurityGroup group, Consumer<ServiceArgs.Builder> tweak) {
        var args = ServiceArgs.builder().launchType("FARGATE").platformVersion("LATEST").desiredCount(1)
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder().subnets("subnet-0a", "subnet-0b")
                        .securityGroups(group.id().applyValue(List::of)).assignPublicIp(false).build());
        tweak.accept(args);
        return new Service(name, args.build());
    }

    /** A log group keeping logs {@code retentionInDays} days, or forever when null. */
    static LogGroup logGroup(String name, @Nullable Integer retentionInDays) {
        var args = LogGroupArgs.builder();
        if (retentionInDays != null) {
            args.retentionInDays(retentionInDays);
        }
        return new LogGroup(name, args.build());
    }

    // ---- Network

    static SecurityGroup securityGroup(String name) {
        return new SecurityGroup(name, SecurityGroupArgs.builder().vpcId("vpc-0123456789abcdef0")
                .description(name).build());
    }

    static LoadBalancer loadBalancer(String name, SecurityGroup group) {
        return new LoadBalancer(name, LoadBalancerArgs.builder().loadBalancerType("application")
                .subnets("subnet-0a", "subnet-0b").securityGroups(group.id().applyValue(List::of))
                .enableDeletionProtection(true).build());
    }

    /** A TCP ingress rule of {@code group} on one port; the tweak sets its source. */
    static SecurityGroupIngressRule ingress(String name, SecurityGroup group, int port,
                                           Consumer<SecurityGroupIngressRuleArgs.Builder> source) {
        var args = SecurityGroupIngressRuleArgs.builder().securityGroupId(group.id()).ipProtocol("tcp")
                .fromPort(port).toPort(port);
        source.accept(args);
        return new SecurityGroupIngressRule(name, args.build());
    }

    // ---- IAM

    static Map<String, Object> statement(String effect, List<String> actions, List<String> resources) {
        return Map.of("Effect", effect, "Action", actions, "Resource", resources);
    }

    /** An IAM policy document with these statements (see {@link #statement}). */
    static String policyDocument(Object... statements) {
        return json(Map.of("Version", "2012-10-17", "Statement", List.of(statements)));
    }

    static RolePolicy rolePolicy(String name, String document) {
        return new RolePolicy(name, RolePolicyArgs.builder().role("task-role").policy(document).build());
    }
}
