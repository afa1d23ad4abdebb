package io.selfhosted.pulumi.ecs.testing.aws;

import com.pulumi.aws.acm.Certificate;
import com.pulumi.aws.acm.CertificateValidation;
import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ecs.ClusterCapacityProviders;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.rds.ClusterInstance;
import com.pulumi.aws.rds.ClusterParameterGroup;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretVersion;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.core.annotations.ResourceType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Every type token constant is the token of the AWS provider's resource class it names. */
class AwsTypesTest {

    /** Constant name to the provider class it stands for; a new constant must be added here. */
    private static final Map<String, Class<?>> CLASSES = Map.ofEntries(
            entry("ACM_CERTIFICATE", Certificate.class),
            entry("ACM_CERTIFICATE_VALIDATION", CertificateValidation.class),
            entry("APPAUTOSCALING_POLICY", Policy.class),
            entry("APPAUTOSCALING_TARGET", Target.class),
            entry("BACKUP_PLAN", com.pulumi.aws.backup.Plan.class),
            entry("BACKUP_SELECTION", com.pulumi.aws.backup.Selection.class),
            entry("BACKUP_VAULT", com.pulumi.aws.backup.Vault.class),
            entry("BACKUP_VAULT_LOCK_CONFIGURATION", com.pulumi.aws.backup.VaultLockConfiguration.class),
            entry("CLOUDWATCH_LOG_GROUP", LogGroup.class),
            entry("EC2_SECURITY_GROUP", SecurityGroup.class),
            entry("ECS_CLUSTER", com.pulumi.aws.ecs.Cluster.class),
            entry("ECS_CLUSTER_CAPACITY_PROVIDERS", ClusterCapacityProviders.class),
            entry("ECS_SERVICE", Service.class),
            entry("ECS_TASK_DEFINITION", TaskDefinition.class),
            entry("IAM_ROLE", Role.class),
            entry("IAM_ROLE_POLICY", RolePolicy.class),
            entry("IAM_ROLE_POLICY_ATTACHMENT", com.pulumi.aws.iam.RolePolicyAttachment.class),
            entry("KMS_ALIAS", Alias.class),
            entry("KMS_KEY", Key.class),
            entry("WAFV2_WEB_ACL", com.pulumi.aws.wafv2.WebAcl.class),
            entry("WAFV2_WEB_ACL_ASSOCIATION", com.pulumi.aws.wafv2.WebAclAssociation.class),
            entry("WAFV2_WEB_ACL_LOGGING_CONFIGURATION", com.pulumi.aws.wafv2.WebAclLoggingConfiguration.class),
            entry("LB_LISTENER", Listener.class),
            entry("LB_LISTENER_RULE", com.pulumi.aws.lb.ListenerRule.class),
            entry("LB_LOAD_BALANCER", LoadBalancer.class),
            entry("LB_TARGET_GROUP", TargetGroup.class),
            entry("RDS_CLUSTER", com.pulumi.aws.rds.Cluster.class),
            entry("RDS_CLUSTER_INSTANCE", ClusterInstance.class),
            entry("RDS_CLUSTER_PARAMETER_GROUP", ClusterParameterGroup.class),
            entry("RDS_SUBNET_GROUP", SubnetGroup.class),
            entry("ROUTE53_RECORD", Record.class),
            entry("S3_BUCKET", BucketV2.class),
            entry("S3_BUCKET_LIFECYCLE_CONFIGURATION", BucketLifecycleConfigurationV2.class),
            entry("S3_BUCKET_OWNERSHIP_CONTROLS", BucketOwnershipControls.class),
            entry("S3_BUCKET_POLICY", BucketPolicy.class),
            entry("S3_BUCKET_PUBLIC_ACCESS_BLOCK", BucketPublicAccessBlock.class),
            entry("S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION", BucketServerSideEncryptionConfigurationV2.class),
            entry("S3_BUCKET_VERSIONING", BucketVersioningV2.class),
            entry("SECRETSMANAGER_SECRET", Secret.class),
            entry("SECRETSMANAGER_SECRET_VERSION", SecretVersion.class),
            entry("VPC_SECURITY_GROUP_EGRESS_RULE", SecurityGroupEgressRule.class),
            entry("VPC_SECURITY_GROUP_INGRESS_RULE", SecurityGroupIngressRule.class),
            entry("CLOUDWATCH_EVENT_RULE", com.pulumi.aws.cloudwatch.EventRule.class),
            entry("CLOUDWATCH_EVENT_TARGET", com.pulumi.aws.cloudwatch.EventTarget.class),
            entry("CLOUDWATCH_METRIC_ALARM", com.pulumi.aws.cloudwatch.MetricAlarm.class),
            entry("LAMBDA_FUNCTION", com.pulumi.aws.lambda.Function.class),
            entry("LAMBDA_INVOCATION", com.pulumi.aws.lambda.Invocation.class),
            entry("SNS_TOPIC", com.pulumi.aws.sns.Topic.class),
            entry("SNS_TOPIC_POLICY", com.pulumi.aws.sns.TopicPolicy.class),
            entry("SNS_TOPIC_SUBSCRIPTION", com.pulumi.aws.sns.TopicSubscription.class),
            entry("CLOUDWATCH_LOG_RESOURCE_POLICY", com.pulumi.aws.cloudwatch.LogResourcePolicy.class),
            entry("EC2_VPC_ENDPOINT", com.pulumi.aws.ec2.VpcEndpoint.class),
            entry("OPENSEARCH_DOMAIN", com.pulumi.aws.opensearch.Domain.class));

    private static Map<String, String> constants() throws IllegalAccessException {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : AwsTypes.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }

    @Test
    void everyConstantIsTheTokenOfItsProviderClass() throws IllegalAccessException {
        var constants = constants();

        assertThat(constants.keySet()).containsExactlyInAnyOrderElementsOf(CLASSES.keySet());
        constants.forEach((name, token) -> assertThat(token).as(name)
                .isEqualTo(CLASSES.get(name).getAnnotation(ResourceType.class).type()));
    }

    @Test
    void constantsAreNamedAfterModuleAndResource() throws IllegalAccessException {
        constants().forEach((name, token) -> {
            String module = token.substring("aws:".length(), token.indexOf('/'));
            String resource = token.substring(token.lastIndexOf(':') + 1).replaceFirst("V2$", "");
            String expected = module.toUpperCase(Locale.ROOT) + "_" + resource.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                    .toUpperCase(Locale.ROOT);
            assertThat(name).as(token).isEqualTo(expected);
        });
        assertThat(Arrays.stream(AwsTypes.class.getDeclaredConstructors())).allMatch(c -> Modifier.isPrivate(c.getModifiers()));
    }
}
