package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled stack with its sample config: what one `pulumi up` creates.
 */
class SampleStackTest {
    static final Path PROJECT = Path.of(".");
    static final Path SAMPLE = PROJECT.resolve("Pulumi.sample.yaml");
    static Plan plan;

    @BeforeAll
    static void planSample() {
        plan = PlanRunner.create().projectDir(PROJECT).configFile(SAMPLE).run(App::stack).requireSuccess();
    }

    @Test
    void createsOneClusterWithTwoServices() {
        assertThat(plan.resourcesOfType(ECS_CLUSTER)).hasSize(1);
        assertThat(plan.resourcesOfType(ECS_SERVICE)).hasSize(2);
    }

    @Test
    void createsAnAuroraClusterWithAWriterAndAReader() {
        PlannedResource cluster = plan.single(RDS_CLUSTER);
        assertThat(cluster.string("engine")).isEqualTo("aurora-mysql");
        List<PlannedResource> instances = plan.resourcesOfType(RDS_CLUSTER_INSTANCE);
        assertThat(instances).hasSizeGreaterThanOrEqualTo(2);
        assertThat(instances).extracting(i -> i.string("availabilityZone")).doesNotHaveDuplicates();
    }

    @Test
    void createsBucketsForCheckpointsPolicyPacksAndMetadata() {
        assertThat(plan.resourcesOfType(S3_BUCKET))
                .extracting(b -> b.string("bucketPrefix"))
                .containsExactlyInAnyOrder("pulumi-checkpoint-", "pulumi-policy-", "pulumi-service-metadata-");
    }

    @Test
    void terminatesTlsOn443AtNetworkLoadBalancers() {
        List<PlannedResource> balancers = plan.resourcesOfType(LB_LOAD_BALANCER);
        assertThat(balancers).hasSize(2).allSatisfy(lb -> assertThat(lb.string("loadBalancerType")).isEqualTo("network"));
        List<PlannedResource> listeners = plan.resourcesOfType(LB_LISTENER);
        assertThat(listeners).hasSize(2).allSatisfy(listener -> {
            assertThat(listener.integer("port")).isEqualTo(443);
            assertThat(listener.string("protocol")).isEqualTo("TLS");
            assertThat(listener.string("certificateArn")).startsWith("arn:aws:acm:us-east-1:");
        });
    }

    @Test
    void pointsApiAndAppNamesAtTheLoadBalancers() {
        assertThat(plan.resourcesOfType(ROUTE53_RECORD))
                .extracting(r -> r.string("name"))
                .containsExactlyInAnyOrder("api.pulumi.example.com", "app.pulumi.example.com");
    }

    @Test
    void keepsEverySensitiveValueInSecretsManager() {
        assertThat(plan.resourcesOfType(SECRETSMANAGER_SECRET))
                .extracting(PlannedResource::name)
                .contains("pulumi-secrets-license-key", "pulumi-secrets-database-credentials");
    }

    @Test
    void logsWithFiniteRetention() {
        // Services, migrations and their runner, and the database's exported logs.
        assertThat(plan.resourcesOfType(CLOUDWATCH_LOG_GROUP)).hasSize(7)
                .allSatisfy(group -> assertThat(group.integer("retentionInDays")).isEqualTo(365));
    }

    @Test
    void exportsTheOutputsOfTheComponent() {
        assertThat(plan.output("apiUrl").value()).isEqualTo("https://api.pulumi.example.com");
        assertThat(plan.output("consoleUrl").value()).isEqualTo("https://app.pulumi.example.com");
        assertThat(plan.outputs()).containsKeys("apiLoadBalancerDnsName", "consoleLoadBalancerDnsName",
                "checkpointBucketName", "policyPackBucketName", "metadataBucketName", "databaseEndpoint",
                "databasePort", "clusterName", "apiServiceName", "consoleServiceName", "apiLogGroupName",
                "consoleLogGroupName", "apiSecurityGroupId", "databaseSecurityGroupId");
    }

    @Test
    void noSecretOfTheSampleConfigAppearsInAPlainInputOrOutput() throws IOException {
        List<String> secrets = secureValues(SAMPLE);
        assertThat(secrets).isNotEmpty();
        for (PlannedResource resource : plan.resources()) {
            for (String secret : secrets) {
                assertThat(resource.plainStrings())
                        .as("plain inputs of %s %s", resource.type(), resource.name())
                        .noneMatch(s -> s.contains(secret));
            }
        }
        plan.outputs().values().stream().filter(o -> !o.secret()).forEach(output ->
                secrets.forEach(secret -> assertThat(String.valueOf(output.value())).doesNotContain(secret)));
    }

    /** The stand-in plaintext of every {@code secure:} value of a stack file (its ciphertext text). */
    @SuppressWarnings("unchecked")
    static List<String> secureValues(Path stackFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(stackFile)) {
            Map<String, Object> root = new Yaml().load(reader);
            Map<String, Object> config = (Map<String, Object>) root.get("config");
            List<String> values = new ArrayList<>();
            config.values().forEach(v -> {
                if (v instanceof Map<?, ?> m && m.get("secure") instanceof String s) {
                    values.add(s);
                }
            });
            return values;
        }
    }
}
