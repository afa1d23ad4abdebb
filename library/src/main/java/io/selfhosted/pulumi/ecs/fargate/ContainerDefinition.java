package io.selfhosted.pulumi.ecs.fargate;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One entry of an ECS task definition's {@code containerDefinitions} JSON. Empty lists are left
 * out and lists are sorted by name so that AWS's normalised copy compares equal to ours and
 * later runs show no spurious diff.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ContainerDefinition(
        String name,
        String image,
        boolean essential,
        List<PortMapping> portMappings,
        List<NameValue> environment,
        List<SecretReference> secrets,
        List<Dependency> dependsOn,
        List<Ulimit> ulimits,
        LogConfiguration logConfiguration,
        Integer stopTimeout,
        RepositoryCredentials repositoryCredentials) {

    /** The secret ECS logs in to a private registry with; absent (null) for public and ECR images. */
    public record RepositoryCredentials(String credentialsParameter) {
    }

    /** A TCP port; in {@code awsvpc} mode the host port equals the container port. */
    public record PortMapping(int containerPort, int hostPort, String protocol) {
        public static PortMapping tcp(int port) {
            return new PortMapping(port, port, "tcp");
        }
    }

    /** A plain environment variable. */
    public record NameValue(String name, String value) {
    }

    /** An environment variable ECS reads from Secrets Manager when the task starts. */
    public record SecretReference(String name, String valueFrom) {
    }

    /** A container that must reach {@code condition} first. */
    public record Dependency(String containerName, String condition) {
    }

    /** A Linux resource limit. */
    public record Ulimit(String name, int softLimit, int hardLimit) {
    }

    /** Where the container's output goes. */
    public record LogConfiguration(String logDriver, Map<String, String> options) {
        /** The awslogs driver writing to a log group, one stream per task and container. */
        public static LogConfiguration awslogs(String logGroup, String region, String streamPrefix) {
            return new LogConfiguration("awslogs", Map.of(
                    "awslogs-group", logGroup,
                    "awslogs-region", region,
                    "awslogs-stream-prefix", streamPrefix));
        }
    }
}
