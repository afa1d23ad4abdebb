package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A setting the service receives in plain text must not be stored as a secret: the user would
 * believe it protected while it sits in the task definition.
 */
class ConfigSecretnessTest {
    static final String REGION = "us-east-1";

    @Test
    void aPlainSettingStoredAsASecretIsRefusedWithoutShowingIt() {
        var e = StackSettings.sample(REGION).secret("route53Subdomain", "hidden-label-73").load().failure();
        assertThat(e.problems()).extracting(Problem::property).containsExactly("route53Subdomain");
        assertThat(e.problems().get(0).message()).contains("without --secret");
        assertThat(e.getMessage()).doesNotContain("hidden-label-73");
    }

    @Test
    void theDatabaseCaBundleEnablesRequiredTls() {
        var loaded = StackSettings.sample(REGION)
                .plain("dbCaCertificate", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")
                .plain("dbRequireSecureTransport", "true")
                .load().success();
        assertThat(loaded.args().database().caCertificate()).isPresent();
    }

    @Test
    void requiredTlsWithoutTheBundleIsReportedUnderItsConfigKey() {
        var e = StackSettings.sample(REGION).plain("dbRequireSecureTransport", "true").load().failure();
        assertThat(e.problems()).extracting(Problem::property).containsExactly("dbRequireSecureTransport");
        assertThat(e.problems().get(0).message()).contains("set dbCaCertificate");
    }
}
