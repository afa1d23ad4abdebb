package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanDiagram;
import io.selfhosted.pulumi.ecs.testing.PlanJson;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.PlanTree;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every secret input gets a distinct marker value; no marker may appear in a plain input of any
 * resource, a stack output that is not a secret, an exception message, or any rendering of the plan.
 */
class SecretHygieneTest {
    static final Map<String, String> MARKERS = new LinkedHashMap<>();

    static {
        for (ConfigKey<?> key : StackConfig.KEYS) {
            if (key.secret()) {
                MARKERS.put(key.name(), key.name().equals("samlCertPrivateKey")
                        ? "-----BEGIN PRIVATE KEY-----\nMARKER-" + key.name() + "-5f1c\n-----END PRIVATE KEY-----"
                        : "MARKER-" + key.name() + "-5f1c");
            }
        }
    }

    static PlanRunner allSecretsSet() {
        PlanRunner runner = PlanRunner.create().projectDir(Path.of(".")).configFile(Path.of("Pulumi.sample.yaml"))
                .config("smtpServer", "email-smtp.us-east-1.amazonaws.com:587")
                .config("smtpUsername", "AKIAEXAMPLESMTPUSER")
                .config("smtpGenericSender", "pulumi@example.com")
                .config("samlCertPublicKey", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")
                .config("recaptchaSiteKey", "0x4AAAAAAAsite")
                // An existing database (for dbPassword) and a Docker Hub login (for its token).
                .config("dbClusterEndpoint", "pulumiselfhosted-database.cluster-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com")
                .config("dbSecurityGroupId", "sg-0fedcba9876543210")
                .config("dbUsername", "pulumi")
                .config("dockerHubUsername", "platform-bot");
        MARKERS.forEach(runner::secretConfig);
        return runner;
    }

    static String marker(String text) {
        return MARKERS.values().stream().map(m -> m.contains("MARKER-") ? m.substring(m.indexOf("MARKER-"), m.indexOf("-5f1c") + 5) : m)
                .filter(text::contains).findFirst().orElse(null);
    }

    @Test
    void everySecretConfigKeyIsCovered() {
        assertThat(MARKERS.keySet()).containsExactlyInAnyOrder("licenseKey", "agGridLicenseKey", "smtpPassword",
                "samlCertPrivateKey", "recaptchaSecretKey", "dbPassword", "dockerHubAccessToken");
    }

    @Test
    void noMarkerInPlainInputsOutputsOrRenderings() {
        Plan plan = allSecretsSet().run(App::stack).requireSuccess();
        assertThat(plan.resourcesOfType(SECRETSMANAGER_SECRET)).hasSize(7);
        for (PlannedResource resource : plan.resources()) {
            assertThat(resource.plainStrings()).as("plain inputs of %s %s", resource.type(), resource.name())
                    .allSatisfy(s -> assertThat(marker(s)).isNull());
        }
        plan.outputs().values().stream().filter(o -> !o.secret())
                .forEach(o -> assertThat(marker(String.valueOf(o.value()))).as("output %s", o.name()).isNull());
        for (String rendering : new String[]{PlanJson.render(plan), PlanTree.render(plan) + PlanTree.renderOutputs(plan),
                PlanDiagram.mermaid(plan)}) {
            assertThat(marker(rendering)).isNull();
        }
    }

    @Test
    void markersReachSecretsManagerAsSecrets() {
        Plan plan = allSecretsSet().run(App::stack).requireSuccess();
        for (PlannedResource version : plan.resourcesOfType(SECRETSMANAGER_SECRET_VERSION)) {
            assertThat(version.isSecret("secretString")).as(version.name()).isTrue();
        }
        assertThat(plan.resourcesOfType(SECRETSMANAGER_SECRET_VERSION))
                .extracting(v -> marker(v.string("secretString"))).filteredOn(m -> m != null).hasSize(7);
    }

    @Test
    void noMarkerInExceptionMessages() {
        // Invalid config around every secret: the problems are reported without the values.
        PlanRunner runner = allSecretsSet().config("smtpServer", "no-port-here").config("apiTaskCpu", "3");
        MARKERS.forEach(runner::config);  // every secret set in plain text: refused, by key only
        Plan plan = runner.run(App::stack);
        assertThat(plan.succeeded()).isFalse();
        assertThat(plan.problems()).isNotEmpty().allSatisfy(p -> assertThat(marker(p)).isNull());
        plan.exceptions().forEach(e -> assertThat(marker(String.valueOf(e.getMessage()))).isNull());
        assertThat(String.join("\n", plan.problems())).contains("licenseKey", "smtpPassword", "samlCertPrivateKey",
                "recaptchaSecretKey", "agGridLicenseKey", "dbPassword", "dockerHubAccessToken", "smtpServer", "apiTaskCpu");
    }
}
