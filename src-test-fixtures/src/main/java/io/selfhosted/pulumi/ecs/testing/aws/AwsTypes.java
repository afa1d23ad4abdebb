package io.selfhosted.pulumi.ecs.testing.aws;

/**
 * Type tokens of the AWS resources the self-hosted Pulumi Service component creates, for
 * {@link io.selfhosted.pulumi.ecs.testing.Plan#resourcesOfType(String)} and friends:
 *
 * <pre>{@code
 * plan.resource(AwsTypes.ECS_TASK_DEFINITION, "pulumi-api")
 * }</pre>
 *
 * <p>Each constant is named after the token's module and resource, without the provider's version
 * suffix: {@code aws:s3/bucketV2:BucketV2} is {@link #S3_BUCKET}. The list holds every AWS type
 * in the example stack's golden plans, and a test keeps it that way.
 */
public final class AwsTypes {

    /** An ACM certificate, {@code aws:acm/certificate:Certificate}. */
    public static final String ACM_CERTIFICATE = "aws:acm/certificate:Certificate";
    /** The wait for an ACM certificate's DNS validation, {@code aws:acm/certificateValidation:CertificateValidation}. */
    public static final String ACM_CERTIFICATE_VALIDATION = "aws:acm/certificateValidation:CertificateValidation";
    /** An Application Auto Scaling policy, {@code aws:appautoscaling/policy:Policy}. */
    public static final String APPAUTOSCALING_POLICY = "aws:appautoscaling/policy:Policy";
    /** An Application Auto Scaling scalable target, {@code aws:appautoscaling/target:Target}. */
    public static final String APPAUTOSCALING_TARGET = "aws:appautoscaling/target:Target";
    /** An AWS Backup plan, {@code aws:backup/plan:Plan}. */
    public static final String BACKUP_PLAN = "aws:backup/plan:Plan";
    /** An AWS Backup resource selection, {@code aws:backup/selection:Selection}. */
    public static final String BACKUP_SELECTION = "aws:backup/selection:Selection";
    /** An AWS Backup vault, {@code aws:backup/vault:Vault}. */
    public static final String BACKUP_VAULT = "aws:backup/vault:Vault";
    /** The lock of an AWS Backup vault, {@code aws:backup/vaultLockConfiguration:VaultLockConfiguration}. */
    public static final String BACKUP_VAULT_LOCK_CONFIGURATION = "aws:backup/vaultLockConfiguration:VaultLockConfiguration";
    /** A CloudWatch Logs resource policy (what services may write to log groups), {@code aws:cloudwatch/logResourcePolicy:LogResourcePolicy}. */
    public static final String CLOUDWATCH_LOG_RESOURCE_POLICY = "aws:cloudwatch/logResourcePolicy:LogResourcePolicy";
    /** A CloudWatch Logs log group, {@code aws:cloudwatch/logGroup:LogGroup}. */
    public static final String CLOUDWATCH_LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    /** An EventBridge rule, {@code aws:cloudwatch/eventRule:EventRule}. */
    public static final String CLOUDWATCH_EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";
    /** The target of an EventBridge rule, {@code aws:cloudwatch/eventTarget:EventTarget}. */
    public static final String CLOUDWATCH_EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    /** A CloudWatch metric alarm, {@code aws:cloudwatch/metricAlarm:MetricAlarm}. */
    public static final String CLOUDWATCH_METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    /** A VPC security group, {@code aws:ec2/securityGroup:SecurityGroup}. */
    public static final String EC2_SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    /** An ECS cluster, {@code aws:ecs/cluster:Cluster}. */
    public static final String ECS_CLUSTER = "aws:ecs/cluster:Cluster";
    /** The capacity providers of an ECS cluster, {@code aws:ecs/clusterCapacityProviders:ClusterCapacityProviders}. */
    public static final String ECS_CLUSTER_CAPACITY_PROVIDERS = "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders";
    /** An ECS service, {@code aws:ecs/service:Service}. */
    public static final String ECS_SERVICE = "aws:ecs/service:Service";
    /** An ECS task definition, {@code aws:ecs/taskDefinition:TaskDefinition}; see {@link TaskDefinitions}. */
    public static final String ECS_TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";
    /** An IAM role, {@code aws:iam/role:Role}. */
    public static final String IAM_ROLE = "aws:iam/role:Role";
    /** An inline policy of an IAM role, {@code aws:iam/rolePolicy:RolePolicy}; see {@link PolicyDocuments}. */
    public static final String IAM_ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    /** A managed policy attached to an IAM role, {@code aws:iam/rolePolicyAttachment:RolePolicyAttachment}. */
    public static final String IAM_ROLE_POLICY_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    /** A KMS key alias, {@code aws:kms/alias:Alias}. */
    public static final String KMS_ALIAS = "aws:kms/alias:Alias";
    /** A KMS key, {@code aws:kms/key:Key}. */
    public static final String KMS_KEY = "aws:kms/key:Key";
    /** A Lambda function, {@code aws:lambda/function:Function}. */
    public static final String LAMBDA_FUNCTION = "aws:lambda/function:Function";
    /** One invocation of a Lambda function during {@code pulumi up}, {@code aws:lambda/invocation:Invocation}. */
    public static final String LAMBDA_INVOCATION = "aws:lambda/invocation:Invocation";
    /** A load balancer listener, {@code aws:lb/listener:Listener}. */
    public static final String LB_LISTENER = "aws:lb/listener:Listener";
    /** A rule of a load balancer listener, {@code aws:lb/listenerRule:ListenerRule}. */
    public static final String LB_LISTENER_RULE = "aws:lb/listenerRule:ListenerRule";
    /** A load balancer, {@code aws:lb/loadBalancer:LoadBalancer}. */
    public static final String LB_LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    /** A load balancer target group, {@code aws:lb/targetGroup:TargetGroup}. */
    public static final String LB_TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";
    /** An OpenSearch Service domain, {@code aws:opensearch/domain:Domain}. */
    public static final String OPENSEARCH_DOMAIN = "aws:opensearch/domain:Domain";
    /** An RDS (Aurora) cluster, {@code aws:rds/cluster:Cluster}. */
    public static final String RDS_CLUSTER = "aws:rds/cluster:Cluster";
    /** An instance of an RDS (Aurora) cluster, {@code aws:rds/clusterInstance:ClusterInstance}. */
    public static final String RDS_CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
    /** An RDS cluster parameter group, {@code aws:rds/clusterParameterGroup:ClusterParameterGroup}. */
    public static final String RDS_CLUSTER_PARAMETER_GROUP = "aws:rds/clusterParameterGroup:ClusterParameterGroup";
    /** An RDS subnet group, {@code aws:rds/subnetGroup:SubnetGroup}. */
    public static final String RDS_SUBNET_GROUP = "aws:rds/subnetGroup:SubnetGroup";
    /** A Route 53 record, {@code aws:route53/record:Record}. */
    public static final String ROUTE53_RECORD = "aws:route53/record:Record";
    /** An S3 bucket, {@code aws:s3/bucketV2:BucketV2}; its settings are the separate {@code S3_BUCKET_*} resources. */
    public static final String S3_BUCKET = "aws:s3/bucketV2:BucketV2";
    /** The lifecycle rules of an S3 bucket, {@code aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2}. */
    public static final String S3_BUCKET_LIFECYCLE_CONFIGURATION =
            "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";
    /** The object ownership setting of an S3 bucket, {@code aws:s3/bucketOwnershipControls:BucketOwnershipControls}. */
    public static final String S3_BUCKET_OWNERSHIP_CONTROLS = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
    /** The policy of an S3 bucket, {@code aws:s3/bucketPolicy:BucketPolicy}; see {@link PolicyDocuments}. */
    public static final String S3_BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    /** The public access block of an S3 bucket, {@code aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock}. */
    public static final String S3_BUCKET_PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    /**
     * The default encryption of an S3 bucket,
     * {@code aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2}.
     */
    public static final String S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION =
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    /** The versioning setting of an S3 bucket, {@code aws:s3/bucketVersioningV2:BucketVersioningV2}. */
    public static final String S3_BUCKET_VERSIONING = "aws:s3/bucketVersioningV2:BucketVersioningV2";
    /** An SNS topic, {@code aws:sns/topic:Topic}. */
    public static final String SNS_TOPIC = "aws:sns/topic:Topic";
    /** The access policy of an SNS topic, {@code aws:sns/topicPolicy:TopicPolicy}. */
    public static final String SNS_TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
    /** A subscription to an SNS topic, {@code aws:sns/topicSubscription:TopicSubscription}. */
    public static final String SNS_TOPIC_SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
    /** A Secrets Manager secret, {@code aws:secretsmanager/secret:Secret}. */
    public static final String SECRETSMANAGER_SECRET = "aws:secretsmanager/secret:Secret";
    /** The value of a Secrets Manager secret, {@code aws:secretsmanager/secretVersion:SecretVersion}. */
    public static final String SECRETSMANAGER_SECRET_VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
    /** A VPC endpoint (interface or gateway), {@code aws:ec2/vpcEndpoint:VpcEndpoint}. */
    public static final String EC2_VPC_ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
    /**
     * An egress rule of a security group, {@code aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule};
     * see {@link SecurityGroupRules}.
     */
    public static final String VPC_SECURITY_GROUP_EGRESS_RULE = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    /**
     * An ingress rule of a security group, {@code aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule};
     * see {@link SecurityGroupRules}.
     */
    public static final String VPC_SECURITY_GROUP_INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

    /** A WAFv2 web ACL, {@code aws:wafv2/webAcl:WebAcl}. */
    public static final String WAFV2_WEB_ACL = "aws:wafv2/webAcl:WebAcl";
    /** The association of a WAFv2 web ACL with a resource, {@code aws:wafv2/webAclAssociation:WebAclAssociation}. */
    public static final String WAFV2_WEB_ACL_ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
    /** The logging of a WAFv2 web ACL, {@code aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration}. */
    public static final String WAFV2_WEB_ACL_LOGGING_CONFIGURATION = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";

    private AwsTypes() {
    }
}
