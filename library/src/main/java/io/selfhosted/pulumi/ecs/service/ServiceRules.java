package io.selfhosted.pulumi.ecs.service;

import com.pulumi.resources.ComponentResourceOptions;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Rules;

import javax.annotation.Nullable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation of the API and Console settings and of the service components' Args, shared with
 * the top component.
 */
public final class ServiceRules {
    private static final Pattern HOST_PORT = Pattern.compile("^([A-Za-z0-9.-]+):(\\d{1,5})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** An SES SMTP endpoint as an example of {@code host:port}; hosts are spelled by {@link AwsPartition} only. */
    private static final String SMTP_EXAMPLE = AwsPartition.ofRegion("us-east-1").serviceEndpoint("email-smtp") + ":587";

    private ServiceRules() {
    }

    /** The port of an SMTP server given as {@code host:port}, if it has that shape. */
    public static Optional<Integer> smtpPort(String server) {
        Matcher m = HOST_PORT.matcher(server);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
    }

    /** Records every problem of the API settings under {@code path}. */
    public static void checkApi(Problems problems, String path, ApiSettings s) {
        FargateServiceRules.checkSizing(problems, path, s);
        KnownValue.of(s.healthCheckGracePeriodSeconds()).ifPresent(v -> Rules.range(problems,
                path + "healthCheckGracePeriodSeconds", v, 120, 7200, " seconds (migrations run before the API starts)"));
        boolean acknowledged = KnownValue.of(s.engineEventsChangeAcknowledged()).orElse(false);
        KnownValue.of(s.engineEventsSchemaV2()).ifPresent(v -> problems.check(v == ApiSettings.DEFAULT_ENGINE_EVENTS_SCHEMA_V2
                        || acknowledged, path + "engineEventsSchemaV2", "changing it from " + ApiSettings.DEFAULT_ENGINE_EVENTS_SCHEMA_V2
                        + " on an existing install needs a database migration run by Pulumi support; agree it with them, then also set "
                        + path + "engineEventsChangeAcknowledged to true"));
        KnownValue.of(s.engineEventsLegacyWrite()).ifPresent(v -> problems.check(v == ApiSettings.DEFAULT_ENGINE_EVENTS_LEGACY_WRITE
                        || acknowledged, path + "engineEventsLegacyWrite", "changing it from " + ApiSettings.DEFAULT_ENGINE_EVENTS_LEGACY_WRITE
                        + " on an existing install needs a database migration run by Pulumi support; agree it with them, then also set "
                        + path + "engineEventsChangeAcknowledged to true"));
    }

    /** Records every problem of the Console settings under {@code path}. */
    public static void checkConsole(Problems problems, String path, ConsoleSettings s) {
        FargateServiceRules.checkSizing(problems, path, s);
    }

    /** Records every problem of the SMTP settings under {@code path}. */
    public static void checkSmtp(Problems problems, String path, SmtpArgs smtp) {
        KnownValue.of(smtp.server()).ifPresent(server -> {
            Optional<Integer> port = smtpPort(server);
            if (problems.check(port.isPresent(), path + ".server", "'" + server
                    + "' is not host:port; write e.g. " + SMTP_EXAMPLE)) {
                Rules.range(problems, path + ".server", port.get(), 1, 65535, " (the port)");
            }
        });
        KnownValue.of(smtp.genericSender()).ifPresent(sender -> problems.check(EMAIL.matcher(sender).matches(),
                path + ".genericSender", "'" + sender + "' is not an email address; write e.g. pulumi@example.com"));
        KnownValue.of(smtp.username()).ifPresent(user -> problems.check(!user.isBlank(), path + ".username",
                "is empty; set the SMTP user name"));
        KnownValue.of(smtp.password()).ifPresent(password -> problems.check(!password.isBlank(), path + ".password",
                "is empty; set the SMTP password (as a secret)"));
    }

    /** Records every problem of the SAML settings under {@code path}. */
    public static void checkSaml(Problems problems, String path, SamlArgs saml) {
        KnownValue.of(saml.certificatePublicKey()).ifPresent(pem -> problems.check(pem.contains("-----BEGIN CERTIFICATE-----"),
                path + ".certificatePublicKey", "is not a PEM certificate; paste the text starting with -----BEGIN CERTIFICATE-----"));
        // The private key is a secret: its content is not checked, so that no rule ever needs to
        // quote or inspect it, and offline plans (which cannot decrypt) still validate.
    }

    static ComponentResourceOptions validated(ApiServiceArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        DeploymentRegion.partition(args.region(), problems, "region");
        KnownValue.of(args.subnetIds()).ifPresent(ids -> Rules.subnetIds(problems, "subnetIds", ids, 2, "private"));
        KnownValue.of(args.images().tag()).ifPresent(tag -> Rules.imageTag(problems, "images.tag", tag));
        checkApi(problems, "settings.", args.settings());
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Rules.logRetention(problems, "logRetentionDays", d));
        boolean anySmtp = args.smtpServer().isPresent() || args.smtpUsername().isPresent()
                || args.smtpGenericSender().isPresent() || args.smtpPasswordSecretArn().isPresent();
        boolean allSmtp = args.smtpServer().isPresent() && args.smtpUsername().isPresent()
                && args.smtpGenericSender().isPresent() && args.smtpPasswordSecretArn().isPresent();
        problems.check(!anySmtp || allSmtp, "smtpServer", "SMTP is half configured; set smtpServer, smtpUsername, "
                + "smtpGenericSender and smtpPasswordSecretArn together, or none of them");
        problems.check(args.samlCertificatePublicKey().isPresent() == args.samlCertificatePrivateKeySecretArn().isPresent(),
                "samlCertificatePublicKey", "SAML is half configured; set samlCertificatePublicKey and "
                        + "samlCertificatePrivateKeySecretArn together, or neither");
        problems.throwIfAny("ApiServiceArgs");
        return options;
    }

    static ComponentResourceOptions validated(ConsoleServiceArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        DeploymentRegion.partition(args.region(), problems, "region");
        KnownValue.of(args.subnetIds()).ifPresent(ids -> Rules.subnetIds(problems, "subnetIds", ids, 2, "private"));
        KnownValue.of(args.images().tag()).ifPresent(tag -> Rules.imageTag(problems, "images.tag", tag));
        checkConsole(problems, "settings.", args.settings());
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Rules.logRetention(problems, "logRetentionDays", d));
        problems.throwIfAny("ConsoleServiceArgs");
        return options;
    }
}
