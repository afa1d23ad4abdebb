package io.selfhosted.pulumi.ecs.network;

import java.util.List;

/**
 * Defaults of {@link NetworkArgs}; kept out of the Args class, whose declared fields the
 * multi-language schema publishes as inputs.
 */
public final class NetworkDefaults {
    /** Whether VPC endpoints are created: most VPCs have NAT, or endpoints of their own. */
    public static final boolean VPC_ENDPOINTS = false;
    /** Whether task egress is limited to the VPC. */
    public static final boolean LIMIT_EGRESS = false;
    /** The S3 gateway endpoint's service. */
    public static final String S3 = "s3";
    /** Amazon SES's SMTP interface, added when the service sends email through SES in its region. */
    public static final String EMAIL_SMTP = "email-smtp";
    /**
     * What the tasks call without NAT: ECR (api and dkr) and S3 (image layers, the service's
     * buckets) to pull images, CloudWatch Logs for awslogs, Secrets Manager for ECS secrets, KMS
     * for the service key, STS for the AWS SDK's credential calls. Fargate tasks need no ECS
     * endpoint.
     */
    public static final List<String> VPC_ENDPOINT_SERVICES = List.of("ecr.api", "ecr.dkr", "logs", "secretsmanager", "kms", "sts", S3);

    private NetworkDefaults() {
    }
}
