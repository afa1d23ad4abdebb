package io.selfhosted.pulumi.ecs.secrets;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.service.ConsoleArgs;
import io.selfhosted.pulumi.ecs.service.RecaptchaArgs;
import io.selfhosted.pulumi.ecs.service.SamlArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

/** One KMS-encrypted secret per sensitive value; values travel only as Pulumi secrets. */
class ServiceSecretsTest {
    private static final String KEY = SampleInstall.arn(SampleInstall.REGION, "kms", "key/1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b");
    private static final String SMTP_PASSWORD = "SMTP-PASSWORD-MARKER-19ab";
    private static final String SAML_KEY = "-----BEGIN PRIVATE KEY-----\nSAML-KEY-MARKER-77cd\n-----END PRIVATE KEY-----";
    private static final String TURNSTILE_SECRET = "TURNSTILE-SECRET-MARKER-3e3e";
    private static final String AG_GRID_KEY = "AG-GRID-MARKER-5f5f";
    private static final String ALPHANUMERIC_40 = "^[A-Za-z0-9]{40}$";

    private static Plan minimal;
    private static Plan everything;

    @BeforeAll
    static void run() {
        minimal = secrets(s -> s);
        everything = secrets(s -> s.values(value("smtp-password", SMTP_PASSWORD), value("saml-private-key", SAML_KEY),
                value("recaptcha-secret-key", TURNSTILE_SECRET), value("ag-grid-license-key", AG_GRID_KEY)));
    }

    private static SecretValueArgs value(String key, String value) {
        return SecretValueArgs.builder().key(key).description("The " + key).value(value).build();
    }

    private static Plan secrets(UnaryOperator<ServiceSecretsArgs.Builder> change) {
        return SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ServiceSecrets("secrets",
                change.apply(ServiceSecretsArgs.builder().kmsKeyArn(KEY).licenseKey(SampleInstall.LICENSE_KEY)).build(),
                null)).requireSuccess();
    }

    @Test
    void licenseKeyAndDatabaseCredentialsAreAlwaysStored() {
        assertThat(minimal.resourcesOfType(SECRETSMANAGER_SECRET)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("secrets-license-key", "secrets-database-credentials");
        assertThat(minimal.resourcesOfType(SECRETSMANAGER_SECRET_VERSION)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("secrets-license-key", "secrets-database-credentials");
    }

    @Test
    void optionalValuesGetTheirOwnSecretOnlyWhenGiven() {
        assertThat(everything.resourcesOfType(SECRETSMANAGER_SECRET)).extracting(PlannedResource::name).containsExactlyInAnyOrder(
                "secrets-license-key", "secrets-database-credentials", "secrets-smtp-password",
                "secrets-saml-private-key", "secrets-recaptcha-secret-key", "secrets-ag-grid-license-key");
        assertThat(storedValue(everything, "secrets-smtp-password")).isEqualTo(SMTP_PASSWORD);
        assertThat(storedValue(everything, "secrets-saml-private-key")).isEqualTo(SAML_KEY);
        assertThat(storedValue(everything, "secrets-recaptcha-secret-key")).isEqualTo(TURNSTILE_SECRET);
        assertThat(storedValue(everything, "secrets-ag-grid-license-key")).isEqualTo(AG_GRID_KEY);
    }

    @Test
    void everySecretIsEncryptedWithTheKey() {
        assertThat(everything.resourcesOfType(SECRETSMANAGER_SECRET)).hasSize(6)
                .allSatisfy(s -> assertThat(s.string("kmsKeyId")).as("%s kmsKeyId", s).isEqualTo(KEY));
    }

    @Test
    void theLicenseKeyAndTheGeneratedCredentialsAreProtectedAndRetained() {
        for (String name : List.of("secrets-license-key", "secrets-database-credentials")) {
            var secret = everything.resource(SECRETSMANAGER_SECRET, name);
            assertThat(secret.protect()).as("%s protect", secret).isTrue();
            assertThat(secret.retainOnDelete()).as("%s retainOnDelete", secret).isTrue();
        }
    }

    @Test
    void theSecretsOfOptionalFeaturesGoWhenTheFeatureIsTurnedOff() {
        // Their value lives in the user's config; protecting them would make turning the feature
        // off fail until someone unprotects the secret by hand.
        for (String name : List.of("secrets-smtp-password", "secrets-saml-private-key", "secrets-recaptcha-secret-key",
                "secrets-ag-grid-license-key")) {
            var secret = everything.resource(SECRETSMANAGER_SECRET, name);
            assertThat(secret.protect()).as("%s protect", secret).isFalse();
            assertThat(secret.retainOnDelete()).as("%s retainOnDelete", secret).isFalse();
        }
    }

    @Test
    void everySecretVersionHoldsAPulumiSecretOfItsOwnSecret() {
        assertThat(everything.resourcesOfType(SECRETSMANAGER_SECRET_VERSION)).hasSize(6).allSatisfy(v -> {
            assertThat(v.isSecret("secretString")).as("%s secretString is secret", v).isTrue();
            assertThat(v.string("secretId")).as("%s secretId", v).contains(":secret:" + v.name() + "-");
        });
    }

    @Test
    void theLicenseKeyIsStoredButNeverInPlainText() {
        assertThat(storedValue(minimal, "secrets-license-key")).isEqualTo(SampleInstall.LICENSE_KEY);
        assertThat(minimal.resourcesWithPlainInput(SampleInstall.LICENSE_KEY)).isEmpty();
        assertThat(minimal.resources()).allSatisfy(r ->
                assertThat(r.plainStrings()).noneMatch(s -> s.contains(SampleInstall.LICENSE_KEY)));
    }

    @Test
    void noOptionalSecretValueAppearsInPlainText() {
        for (String value : new String[]{SMTP_PASSWORD, "SAML-KEY-MARKER-77cd", TURNSTILE_SECRET, AG_GRID_KEY,
                SampleInstall.LICENSE_KEY}) {
            assertThat(everything.resourcesWithPlainInput(value)).as(value).isEmpty();
        }
    }

    @Test
    void databaseCredentialsKeepTheirFirstValue() {
        var credentials = minimal.resource(SECRETSMANAGER_SECRET_VERSION, "secrets-database-credentials");
        assertThat(credentials.ignoreChanges()).containsExactly("secretString");
        // The other secrets follow their inputs: a rotated license key must reach Secrets Manager.
        assertThat(minimal.resource(SECRETSMANAGER_SECRET_VERSION, "secrets-license-key").ignoreChanges()).isEmpty();
    }

    @Test
    void generatedPasswordsAreFortyAlphanumericsAndFreshPerRun() {
        String first = password(minimal);
        String second = password(secrets(s -> s));

        assertThat(first).matches(ALPHANUMERIC_40);
        assertThat(second).matches(ALPHANUMERIC_40);
        assertThat(first).isNotEqualTo(second);
        assertThat(minimal.resource(SECRETSMANAGER_SECRET_VERSION, "secrets-database-credentials").string("secretString.username"))
                .isEqualTo("pulumi_admin");
        assertThat(minimal.resourcesWithPlainInput(first)).isEmpty();
    }

    @Test
    void theDatabaseMasterPasswordIsTheStoredPasswordAndASecret() {
        Plan plan = install(b -> b);
        var cluster = plan.single(RDS_CLUSTER);
        String stored = password(plan, "pulumi-secrets-database-credentials");

        assertThat(cluster.isSecret("masterPassword")).isTrue();
        assertThat(cluster.string("masterPassword")).isEqualTo(stored).matches(ALPHANUMERIC_40);
        assertThat(cluster.string("masterUsername"))
                .isEqualTo(plan.resource(SECRETSMANAGER_SECRET_VERSION, "pulumi-secrets-database-credentials").string("secretString.username"));
        assertThat(plan.resourcesWithPlainInput(stored)).isEmpty();
    }

    @Test
    void insideTheInstallOptionalSecretsFollowTheConfiguredFeatures() {
        Plan plain = install(b -> b);
        Plan configured = install(b -> b
                .smtp(SmtpArgs.builder().server("smtp.example.com:587").username("mailer").password(SMTP_PASSWORD)
                        .genericSender("pulumi@example.com").build())
                .saml(SamlArgs.builder().certificatePublicKey("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")
                        .certificatePrivateKey(SAML_KEY).build())
                .recaptcha(RecaptchaArgs.builder().siteKey("0x4AAAAAAA-site").secretKey(TURNSTILE_SECRET).build())
                .agGridLicenseKey(AG_GRID_KEY));

        assertThat(plain.resourcesOfType(SECRETSMANAGER_SECRET)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("pulumi-secrets-license-key", "pulumi-secrets-database-credentials");
        assertThat(configured.resourcesOfType(SECRETSMANAGER_SECRET)).extracting(PlannedResource::name).containsExactlyInAnyOrder(
                "pulumi-secrets-license-key", "pulumi-secrets-database-credentials", "pulumi-secrets-smtp-password",
                "pulumi-secrets-saml-private-key", "pulumi-secrets-recaptcha-secret-key", "pulumi-secrets-ag-grid-license-key");
        for (String value : new String[]{SMTP_PASSWORD, "SAML-KEY-MARKER-77cd", TURNSTILE_SECRET, AG_GRID_KEY,
                SampleInstall.LICENSE_KEY}) {
            assertThat(configured.resourcesWithPlainInput(value)).as(value).isEmpty();
        }
    }

    private static String storedValue(Plan plan, String name) {
        return plan.resource(SECRETSMANAGER_SECRET_VERSION, name).string("secretString");
    }

    private static String password(Plan plan) {
        return password(plan, "secrets-database-credentials");
    }

    private static String password(Plan plan, String versionName) {
        var version = plan.resource(SECRETSMANAGER_SECRET_VERSION, versionName);
        assertThat(version.isSecret("secretString.password")).isTrue();
        return version.string("secretString.password");
    }
}
