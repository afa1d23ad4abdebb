package io.selfhosted.pulumi.ecs.testing.security;

import com.pulumi.aws.ecs.Cluster;
import com.pulumi.aws.ecs.ClusterArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.core.Output;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertNoFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.assertSingleFinding;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.container;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.logGroup;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.plan;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.securityGroup;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.service;
import static io.selfhosted.pulumi.ecs.testing.security.SecurityPrograms.taskDefinition;
import static org.assertj.core.api.Assertions.assertThat;

/** ECS-1..ECS-5 and CW-1. */
class ContainerChecksTest {

    /** Variables of the self-hosted Pulumi service that name keys or users but hold no credential. */
    private static final Map<String, String> INNOCENT = Map.of(
            "SMTP_USERNAME", "mailer",
            "PULUMI_KMS_KEY", "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d",
            "RECAPTCHA_SITE_KEY", "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
            "PULUMI_DATABASE_USER_NAME", "pulumi_service");

    private static Cluster ecsCluster(String name, String containerInsights) {
        return new Cluster(name, ClusterArgs.builder()
                .settings(ClusterSettingArgs.builder().name("containerInsights").value(containerInsights).build()).build());
    }

    private static Map<String, Object> withEnvironment(String container, String name, String value) {
        var environment = new LinkedHashMap<>(INNOCENT);
        environment.put(name, value);
        return container(container, environment);
    }

    @Test
    void compliantServiceTaskAndClusterPassEveryContainerCheck() {
        var plan = plan(ctx -> {
            ecsCluster("cluster", "enabled");
            ecsCluster("cluster-enhanced", "enhanced");
            var api = new LinkedHashMap<>(container("api", INNOCENT));
            api.put("secrets", List.of(Map.of("name", "DB_PASSWORD",
                    "valueFrom", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf")));
            taskDefinition("api", List.of(api, container("sidecar", Map.of())));
            service("api", securityGroup("api-tasks"), b -> { });
            service("worker", securityGroup("worker-tasks"), b -> b.platformVersion("1.4.0"));
            service("no-pinned-version", securityGroup("other-tasks"), b -> b.platformVersion((Output<String>) null));
            logGroup("logs", 30);
        });

        for (var check : List.of("ECS-1", "ECS-2", "ECS-3", "ECS-4", "ECS-5", "CW-1")) {
            assertNoFinding(plan, check);
        }
    }

    @Test
    void ecs1_tasksWithPublicIps() {
        var plan = plan(ctx -> {
            service("private", securityGroup("private-tasks"), b -> { });
            var group = securityGroup("public-tasks");
            service("public", group, b -> b.networkConfiguration(ServiceNetworkConfigurationArgs.builder()
                    .subnets("subnet-0a").securityGroups(group.id().applyValue(List::of)).assignPublicIp(true).build()));
        });

        assertSingleFinding(plan, "ECS-1", "ECS.2", ECS_SERVICE, "public");
    }

    @Test
    void ecs2_aPasswordInTheEnvironment() {
        var plan = plan(ctx -> {
            taskDefinition("clean", List.of(container("api", INNOCENT)));
            taskDefinition("leaky", List.of(container("sidecar", Map.of()), withEnvironment("api", "DB_PASSWORD", "hunter2")));
        });

        var finding = assertSingleFinding(plan, "ECS-2", "ECS.8", ECS_TASK_DEFINITION, "leaky");
        assertThat(finding.message()).contains("container api").contains("DB_PASSWORD").doesNotContain("hunter2");
    }

    @Test
    void ecs2_anAccessKeyValueWhateverTheVariableIsCalled() {
        var plan = plan(ctx -> taskDefinition("leaky",
                List.of(withEnvironment("uploader", "UPLOADER_ID", "AKIAABCDEFGHIJKLMNOP"))));

        var finding = assertSingleFinding(plan, "ECS-2", "ECS.8", ECS_TASK_DEFINITION, "leaky");
        assertThat(finding.message()).contains("UPLOADER_ID");
    }

    @Test
    void ecs2_otherCredentialNamesAndAPrivateKeyValue() {
        var plan = plan(ctx -> {
            taskDefinition("secret-key", List.of(withEnvironment("api", "RECAPTCHA_SECRET_KEY", "x")));
            taskDefinition("license", List.of(withEnvironment("api", "pulumi_license_key", "x")));
            taskDefinition("pem", List.of(withEnvironment("api", "SAML_CERT",
                    "-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----")));
        });

        assertThat(SecurityPrograms.findings(plan, "ECS-2")).extracting(Finding::resourceName)
                .containsExactlyInAnyOrder("secret-key", "license", "pem");
    }

    @Test
    void ecs3_aContainerWithoutLogConfiguration() {
        var plan = plan(ctx -> {
            var silent = new LinkedHashMap<>(container("silent", Map.of()));
            silent.remove("logConfiguration");
            taskDefinition("logged", List.of(container("api", Map.of())));
            taskDefinition("unlogged", List.of(container("api", Map.of()), silent));
        });

        var finding = assertSingleFinding(plan, "ECS-3", "ECS.9", ECS_TASK_DEFINITION, "unlogged");
        assertThat(finding.message()).contains("container silent");
    }

    @Test
    void ecs3_aLogConfigurationWithoutDriver() {
        var plan = plan(ctx -> {
            var noDriver = new LinkedHashMap<>(container("api", Map.of()));
            noDriver.put("logConfiguration", Map.of("options", Map.of("awslogs-group", "/ecs/api")));
            taskDefinition("no-driver", List.of(noDriver));
        });

        assertSingleFinding(plan, "ECS-3", "ECS.9", ECS_TASK_DEFINITION, "no-driver");
    }

    @Test
    void ecs4_containerInsightsDisabledOrUnset() {
        var plan = plan(ctx -> {
            ecsCluster("insightful", "enhanced");
            ecsCluster("blind", "disabled");
        });
        assertSingleFinding(plan, "ECS-4", "ECS.12", ECS_CLUSTER, "blind");

        var unset = plan(ctx -> new Cluster("bare"));
        assertSingleFinding(unset, "ECS-4", "ECS.12", ECS_CLUSTER, "bare");
    }

    @Test
    void ecs5_anOutdatedPlatformVersion() {
        var plan = plan(ctx -> {
            service("current", securityGroup("current-tasks"), b -> b.platformVersion("LATEST"));
            service("outdated", securityGroup("outdated-tasks"), b -> b.platformVersion("1.3.0"));
        });

        assertSingleFinding(plan, "ECS-5", "ECS.10", ECS_SERVICE, "outdated");
    }

    @Test
    void cw1_logGroupsWithoutRetention() {
        var plan = plan(ctx -> {
            logGroup("kept-a-month", 30);
            logGroup("kept-forever", null);
        });

        var finding = assertSingleFinding(plan, "CW-1", "CloudWatch.16", CLOUDWATCH_LOG_GROUP, "kept-forever");
        assertThat(finding.message()).contains("retentionInDays");
    }
}
