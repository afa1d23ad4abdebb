package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small queries over a recorded plan shared by the part tests: type tokens, containers of a task
 * definition, IAM statements, security group rules and ARNs found in inputs.
 */
public final class PlanQueries {
    public static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    public static final String SECRET = "aws:secretsmanager/secret:Secret";
    public static final String SECRET_VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
    public static final String RDS_CLUSTER = "aws:rds/cluster:Cluster";
    public static final String RDS_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
    public static final String ECS_CLUSTER = "aws:ecs/cluster:Cluster";
    public static final String ECS_SERVICE = "aws:ecs/service:Service";
    public static final String TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";
    public static final String ROLE = "aws:iam/role:Role";
    public static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    public static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    public static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    public static final String INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public static final String EGRESS_RULE = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    public static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    public static final String TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";
    public static final String LISTENER = "aws:lb/listener:Listener";
    public static final String RECORD = "aws:route53/record:Record";
    public static final String CERTIFICATE = "aws:acm/certificate:Certificate";
    public static final String CERTIFICATE_VALIDATION = "aws:acm/certificateValidation:CertificateValidation";
    public static final String KMS_KEY = "aws:kms/key:Key";
    public static final String KMS_ALIAS = "aws:kms/alias:Alias";
    public static final String SCALING_TARGET = "aws:appautoscaling/target:Target";
    public static final String SCALING_POLICY = "aws:appautoscaling/policy:Policy";

    /** Every ARN in a text, capturing the partition: {@code arn:<partition>:<service>:...}. */
    public static final Pattern ARN = Pattern.compile("arn:([a-z0-9-]*):([a-z0-9-]+):");

    private PlanQueries() {
    }

    /** A successful install plan in {@link SampleInstall#REGION} from changed sample args. */
    public static Plan install(UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change) {
        return SampleInstall.plan(change).requireSuccess();
    }

    /** A successful install plan of the sample args of {@code region}, changed. */
    public static Plan installIn(String region, UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change) {
        return SampleInstall.runner(region)
                .runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", change.apply(SampleInstall.args(region)).build(), null))
                .requireSuccess();
    }

    /** A runner like {@link SampleInstall#runner(String)} whose fake AWS is customised. */
    public static PlanRunner runner(String region, UnaryOperator<FakeAws.Builder> fake) {
        return SampleInstall.runner(region).fakeAws(fake.apply(FakeAws.builder().region(region)).build());
    }

    /** The container named {@code name} of a task definition. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> container(PlannedResource taskDefinition, String name) {
        return taskDefinition.list("containerDefinitions").stream()
                .map(c -> (Map<String, Object>) c)
                .filter(c -> name.equals(c.get("name")))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(taskDefinition + " has no container " + name));
    }

    /** The plain environment of a container, by variable name. */
    public static Map<String, String> environment(PlannedResource taskDefinition, String container) {
        return pairs(container(taskDefinition, container).get("environment"), "value");
    }

    /** The ECS secrets of a container: variable name to {@code valueFrom}. */
    public static Map<String, String> secrets(PlannedResource taskDefinition, String container) {
        return pairs(container(taskDefinition, container).get("secrets"), "valueFrom");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pairs(Object entries, String valueKey) {
        Map<String, String> result = new LinkedHashMap<>();
        if (entries instanceof List<?> list) {
            for (Object e : list) {
                var entry = (Map<String, Object>) e;
                result.put((String) entry.get("name"), (String) entry.get(valueKey));
            }
        }
        return result;
    }

    /** The statements of the policy document at {@code path} of a resource. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> statements(PlannedResource resource, String path) {
        return resource.list(path + ".Statement").stream().map(s -> (Map<String, Object>) s).toList();
    }

    /** The statement with the given Sid. */
    public static Map<String, Object> statement(PlannedResource resource, String path, String sid) {
        return statements(resource, path).stream()
                .filter(s -> sid.equals(s.get("Sid")))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(resource + " has no statement " + sid));
    }

    /** A policy element that may be a string or a list of strings, as a list. */
    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** Ingress rule resources whose security group is {@code groupId}. */
    public static List<PlannedResource> ingressRulesOf(Plan plan, String groupId) {
        return plan.resourcesOfType(INGRESS_RULE).stream()
                .filter(r -> groupId.equals(r.string("securityGroupId"))).toList();
    }

    /** Egress rule resources whose security group is {@code groupId}. */
    public static List<PlannedResource> egressRulesOf(Plan plan, String groupId) {
        return plan.resourcesOfType(EGRESS_RULE).stream()
                .filter(r -> groupId.equals(r.string("securityGroupId"))).toList();
    }

    /** The security group id of an ECS service's tasks. */
    public static String taskSecurityGroupId(Plan plan, String serviceName) {
        return plan.resource(ECS_SERVICE, serviceName).string("networkConfiguration.securityGroups[0]");
    }

    /** Every ARN found in a resource's plain string inputs (JSON documents included). */
    public static List<String> arnsIn(PlannedResource resource) {
        List<String> arns = new ArrayList<>();
        for (String text : resource.plainStrings()) {
            Matcher m = ARN.matcher(text);
            while (m.find()) {
                arns.add(m.group());
            }
        }
        return arns;
    }
}
