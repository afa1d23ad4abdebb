package io.selfhosted.pulumi.ecs.config;

import com.pulumi.Context;
import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example stack's program ({@code examples/minimal}'s App) from stack files, through the real
 * {@link PulumiConfigSource}: the library cannot depend on the example module, so the project
 * and the sample stack file are written here with the same content as
 * {@code examples/minimal/Pulumi.yaml} and {@code Pulumi.sample.yaml}.
 */
class ExampleStackConfigTest {
    private static final String PROJECT = "name: pulumi-self-hosted-ecs\nruntime: java\n";
    private static final String LICENSE_CIPHERTEXT = "v1:Zm9vYmFyLWZha2UtY2lwaGVydGV4dA==:sample-license-key-ciphertext";
    private static final String SAMPLE = """
            config:
              aws:region: us-east-1
              pulumi-self-hosted-ecs:vpcId: vpc-0a1b2c3d4e5f67890
              pulumi-self-hosted-ecs:publicSubnetIds:
                - subnet-0a1b2c3d4e5f60001
                - subnet-0a1b2c3d4e5f60002
              pulumi-self-hosted-ecs:privateSubnetIds:
                - subnet-0a1b2c3d4e5f60011
                - subnet-0a1b2c3d4e5f60012
              pulumi-self-hosted-ecs:isolatedSubnetIds:
                - subnet-0a1b2c3d4e5f60021
                - subnet-0a1b2c3d4e5f60022
              pulumi-self-hosted-ecs:route53ZoneName: example.com
              pulumi-self-hosted-ecs:route53Subdomain: pulumi
              pulumi-self-hosted-ecs:acmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8
              pulumi-self-hosted-ecs:kmsServiceKeyId: arn:aws:kms:us-east-1:123456789012:key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9
              pulumi-self-hosted-ecs:imageTag: 20250415-3b9e42c
              pulumi-self-hosted-ecs:licenseKey:
                secure: %s
            """.formatted(LICENSE_CIPHERTEXT);

    /** The optional groups' keys that must be secrets, with marker values. */
    private static final Map<String, String> SECRETS = Map.of(
            "smtpPassword", SampleInstall.SMTP_PASSWORD,
            "samlCertPrivateKey", SampleInstall.SAML_PRIVATE_KEY,
            "recaptchaSecretKey", "TURNSTILE-SECRET-MARKER-5a1d",
            "agGridLicenseKey", "AG-GRID-MARKER-e20b");
    /** Text of each secret that must never be seen in plain text. */
    private static final List<String> MARKERS = List.of(SampleInstall.LICENSE_KEY, SampleInstall.SMTP_PASSWORD,
            SampleInstall.SAML_KEY_MARKER, "TURNSTILE-SECRET-MARKER-5a1d", "AG-GRID-MARKER-e20b");

    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws IOException {
        Files.writeString(project.resolve("Pulumi.yaml"), PROJECT);
        Files.writeString(project.resolve("Pulumi.sample.yaml"), SAMPLE);
    }

    /** What App.stack does, minus the exports. */
    private static void app(Context ctx) {
        var loaded = StackConfig.load(new PulumiConfigSource(ctx));
        new PulumiSelfHostedEcs(loaded.name(), loaded.args(), null);
    }

    private PlanRunner sampleStack() {
        return PlanRunner.create().projectDir(project).configFile(project.resolve("Pulumi.sample.yaml"));
    }

    private static PlanRunner withOptionalGroups(PlanRunner runner) {
        return runner.config("smtpServer", "smtp.example.com:587")
                .config("smtpUsername", "pulumi")
                .config("smtpGenericSender", "pulumi@example.com")
                .config("samlCertPublicKey", SampleInstall.SAML_CERTIFICATE)
                .config("recaptchaSiteKey", "0x4AAAAAAAB");
    }

    @Test
    void sampleConfigDeploysTheWholeService() {
        Plan plan = sampleStack().run(ExampleStackConfigTest::app).requireSuccess();

        assertThat(plan.stack()).isEqualTo("sample");
        assertThat(plan.resourcesOfType(PulumiSelfHostedEcs.TYPE)).singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo(StackConfig.DEFAULT_NAME));
        assertThat(plan.resources()).hasSizeGreaterThan(20);
        assertThat(plan.resourcesWithPlainInput(LICENSE_CIPHERTEXT)).isEmpty();
    }

    @Test
    void optionalGroupsWithSecretConfigDeploy() {
        var runner = withOptionalGroups(sampleStack());
        SECRETS.forEach(runner::secretConfig);

        Plan plan = runner.run(ExampleStackConfigTest::app).requireSuccess();

        assertThat(plan.resourcesOfType(PulumiSelfHostedEcs.TYPE)).hasSize(1);
        MARKERS.forEach(secret -> assertThat(plan.resourcesWithPlainInput(secret)).as(secret).isEmpty());
    }

    @Test
    void secretsSetAsPlainConfigAreEachNamedAndNothingIsDeployed() {
        var runner = withOptionalGroups(sampleStack()).config("licenseKey", SampleInstall.LICENSE_KEY);
        SECRETS.forEach(runner::config);

        Plan plan = runner.run(ExampleStackConfigTest::app);

        assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        var e = (InvalidArgumentsException) plan.exceptions().get(0);
        assertThat(e.problems()).extracting(Problem::property).containsExactlyInAnyOrder(
                "licenseKey", "smtpPassword", "samlCertPrivateKey", "recaptchaSecretKey", "agGridLicenseKey");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("pulumi config set --secret " + p.property()));
        assertThat(e.getMessage()).doesNotContain(MARKERS);
        assertThat(plan.resources()).isEmpty();
    }
}
