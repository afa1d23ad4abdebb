package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled stack's program from its own project and sample stack files, through the real
 * {@link PulumiConfigSource}: secure values, secret config and the SDK's config all as a
 * {@code pulumi up} would see them.
 */
class ExampleStackConfigTest {
    /** The ciphertext of the license key in {@code Pulumi.sample.yaml}. */
    private static final String LICENSE_CIPHERTEXT = "v1:Zm9vYmFyLWZha2UtY2lwaGVydGV4dA==:sample-license-key-ciphertext";

    /** The optional groups' keys that must be secrets, with marker values. */
    private static final Map<String, String> SECRETS = Map.of(
            "smtpPassword", StackSamples.SMTP_PASSWORD,
            "samlCertPrivateKey", StackSamples.SAML_PRIVATE_KEY,
            "recaptchaSecretKey", "TURNSTILE-SECRET-MARKER-5a1d",
            "agGridLicenseKey", "AG-GRID-MARKER-e20b");
    /** Text of each secret that must never be seen in plain text. */
    private static final List<String> MARKERS = List.of(StackSamples.LICENSE_KEY, StackSamples.SMTP_PASSWORD,
            StackSamples.SAML_KEY_MARKER, "TURNSTILE-SECRET-MARKER-5a1d", "AG-GRID-MARKER-e20b");

    private static PlanRunner sampleStack() {
        return PlanRunner.create().projectDir(Path.of(".")).configFile(Path.of("Pulumi.sample.yaml"));
    }

    private static PlanRunner withOptionalGroups(PlanRunner runner) {
        return runner.config("smtpServer", "smtp.example.com:587")
                .config("smtpUsername", "pulumi")
                .config("smtpGenericSender", "pulumi@example.com")
                .config("samlCertPublicKey", StackSamples.SAML_CERTIFICATE)
                .config("recaptchaSiteKey", "0x4AAAAAAAB");
    }

    @Test
    void sampleConfigDeploysTheWholeService() {
        Plan plan = sampleStack().run(App::stack).requireSuccess();

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

        Plan plan = runner.run(App::stack).requireSuccess();

        assertThat(plan.resourcesOfType(PulumiSelfHostedEcs.TYPE)).hasSize(1);
        MARKERS.forEach(secret -> assertThat(plan.resourcesWithPlainInput(secret)).as(secret).isEmpty());
    }

    @Test
    void secretsSetAsPlainConfigAreEachNamedAndNothingIsDeployed() {
        var runner = withOptionalGroups(sampleStack()).config("licenseKey", StackSamples.LICENSE_KEY);
        SECRETS.forEach(runner::config);

        Plan plan = runner.run(App::stack);

        assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        var e = (InvalidArgumentsException) plan.exceptions().get(0);
        assertThat(e.problems()).extracting(Problem::property).containsExactlyInAnyOrder(
                "licenseKey", "smtpPassword", "samlCertPrivateKey", "recaptchaSecretKey", "agGridLicenseKey");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("pulumi config set --secret " + p.property()));
        assertThat(e.getMessage()).doesNotContain(MARKERS);
        assertThat(plan.resources()).isEmpty();
    }
}
