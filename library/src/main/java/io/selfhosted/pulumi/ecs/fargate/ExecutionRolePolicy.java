package io.selfhosted.pulumi.ecs.fargate;

import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The least-privilege policy of a task execution role (the role ECS itself uses to start a
 * task): write to its own log group, read exactly the secrets its containers reference, decrypt
 * them with the given key only through Secrets Manager, and pull from exactly the ECR
 * repositories its images live in. It replaces AWS's managed execution policy, whose resources
 * are {@code *}.
 */
final class ExecutionRolePolicy {
    private ExecutionRolePolicy() {
    }

    /**
     * @param logGroupArn        the service's log group
     * @param secretArns         the secrets the containers reference (without JSON-key suffixes)
     * @param secretsKmsKeyArn   the key encrypting those secrets, if any
     * @param ecrRepositoryArns  the private ECR repositories of the images
     * @param importedArns       those of them an ECR pull-through cache fills on the first pull
     */
    static String document(AwsPartition partition, String logGroupArn, List<String> secretArns,
                           Optional<String> secretsKmsKeyArn, List<String> ecrRepositoryArns, List<String> importedArns) {
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.allow("WriteOwnLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                List.of(logGroupArn + ":log-stream:*")));
        if (!secretArns.isEmpty()) {
            statements.add(Statement.allow("ReadOwnSecrets", List.of("secretsmanager:GetSecretValue"), secretArns));
            secretsKmsKeyArn.ifPresent(key -> statements.add(
                    Statement.allow("DecryptOwnSecrets", List.of("kms:Decrypt"), List.of(key))
                            .when("StringEquals", "kms:ViaService", partition.serviceEndpoint("secretsmanager"))));
        }
        if (!ecrRepositoryArns.isEmpty()) {
            // GetAuthorizationToken has no resource-level permissions: AWS only accepts "*".
            statements.add(Statement.allow("EcrLogin", List.of("ecr:GetAuthorizationToken"), List.of("*")));
            statements.add(Statement.allow("PullOwnImages", List.of("ecr:BatchCheckLayerAvailability",
                    "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"), ecrRepositoryArns));
        }
        if (!importedArns.isEmpty()) {
            // A pull-through cache imports an image, and creates its repository, on the first pull.
            statements.add(Statement.allow("ImportOwnImages", List.of("ecr:BatchImportUpstreamImage", "ecr:CreateRepository"),
                    importedArns));
        }
        return new PolicyDocument(statements).toJson();
    }

    /** The secret ARN of an ECS {@code valueFrom}, without a {@code :json-key:version-stage:version-id} suffix. */
    static String secretArnOf(String valueFrom) {
        String[] parts = valueFrom.split(":");
        // arn:partition:secretsmanager:region:account:secret:name-suffix[:json-key:stage:id]
        return parts.length > 7 ? String.join(":", java.util.Arrays.copyOf(parts, 7)) : valueFrom;
    }

    /** The trust policy letting ECS tasks assume a role. */
    static String ecsTasksTrust(AwsPartition partition) {
        return PolicyDocument.of(new Statement("EcsTasksAssumeRole", "Allow",
                java.util.Map.of("Service", partition.servicePrincipal("ecs-tasks")),
                List.of("sts:AssumeRole"), null, null)).toJson();
    }
}
