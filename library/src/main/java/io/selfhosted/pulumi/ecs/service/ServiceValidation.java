package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation of the Pulumi Service's own choices (images, API, Console, SMTP, SAML, Turnstile)
 * and of the API and Console parts' Args.
 */
final class ServiceValidation {
    private static final Pattern HOST_PORT = Pattern.compile("^([A-Za-z0-9.-]+):(\\d{1,5})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern REGISTRY = Pattern.compile("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?$");
    private static final Pattern REPOSITORY_PREFIX = Pattern.compile("^[a-z0-9]+([._/-][a-z0-9]+)*$");
    /** An SES SMTP endpoint as an example of {@code host:port}; hosts are spelled by {@link AwsPartition} only. */
    private static final String SMTP_EXAMPLE = AwsPartition.ofRegion("us-east-1").serviceEndpoint("email-smtp") + ":587";

    private ServiceValidation() {
    }

    /** The port of an SMTP server given as {@code host:port}, if it has that shape. */
    static Optional<Integer> smtpPort(String server) {
        Matcher m = HOST_PORT.matcher(server);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
    }

    static void images(Problems p, ContainerImagesArgs images) {
        KnownValue.of(images.tag()).ifPresent(tag -> Validators.imageTag(p, "tag", tag));
        // The example must not depend on the stack's region: a group's problems are its own.
        String example = AwsPartition.ofRegion("us-east-1").ecrRegistryHost("123456789012");
        images.registry().flatMap(KnownValue::of).ifPresent(r -> p.check(REGISTRY.matcher(r).matches(), "registry",
                "'" + r + "' is not a registry host; write e.g. " + example + " (no scheme, no path)"));
        KnownValue.of(images.repositoryPrefix()).ifPresent(prefix -> p.check(prefix.isEmpty() || REPOSITORY_PREFIX.matcher(prefix).matches(),
                "repositoryPrefix", "'" + prefix + "' is not a repository path; use lowercase letters, digits and separators, e.g. mirror/pulumi"));
        // ECR takes no login: the execution role's IAM permissions pull from it. (A registry known
        // only at deployment, the deploying account's ECR, is checked by its kind then.)
        boolean ecr = images.registry().flatMap(KnownValue::of).map(r -> r.contains(".dkr.ecr.")).orElse(false);
        boolean known = images.registry().map(r -> KnownValue.of(r).isPresent()).orElse(true);
        p.check(!ecr || images.credentials().isEmpty(), "credentials", "is set for an ECR registry, which ECS pulls from with"
                + " the execution role's permissions; leave it out (a pull-through cache keeps its Docker Hub login in ECR)");
        boolean cache = KnownValue.of(images.pullThroughCache()).orElse(false);
        p.check(!cache || !known || ecr, "pullThroughCache", "is on, but {{registry}} is not an ECR registry; set {{registry}} to the"
                + " ECR registry of the cache (<account>.dkr.ecr.<region>...) and {{repositoryPrefix}} to the rule's prefix plus /pulumi");
        images.credentials().ifPresent(c -> KnownValue.of(c.username()).ifPresent(user -> p.check(!user.isBlank(),
                "credentials.username", "is empty; give the registry user name")));
    }

    static void api(Problems p, ApiArgs api) {
        p.addAll("sizing", api.sizing().problems());
        KnownValue.of(api.healthCheckGracePeriodSeconds()).ifPresent(v -> Validators.range(p,
                "healthCheckGracePeriodSeconds", v, 120, 7200, " seconds (the API needs time to start)"));
        KnownValue.of(api.migrationsTimeoutMinutes()).ifPresent(v -> Validators.range(p,
                "migrationsTimeoutMinutes", v, 1, 15, " minutes (a Lambda invocation, which waits for the run, lasts at most 15)"));
        boolean acknowledged = KnownValue.of(api.engineEventsChangeAcknowledged()).orElse(false);
        KnownValue.of(api.engineEventsSchemaV2()).ifPresent(v -> p.check(v == ApiDefaults.ENGINE_EVENTS_SCHEMA_V2 || acknowledged,
                "engineEventsSchemaV2", engineEventsChange(ApiDefaults.ENGINE_EVENTS_SCHEMA_V2)));
        KnownValue.of(api.engineEventsLegacyWrite()).ifPresent(v -> p.check(v == ApiDefaults.ENGINE_EVENTS_LEGACY_WRITE || acknowledged,
                "engineEventsLegacyWrite", engineEventsChange(ApiDefaults.ENGINE_EVENTS_LEGACY_WRITE)));
    }

    private static String engineEventsChange(boolean defaultValue) {
        return "changing it from " + defaultValue + " on an existing install needs a database migration run by Pulumi support;"
                + " agree it with them, then also set {{engineEventsChangeAcknowledged}} to true";
    }

    static void console(Problems p, ConsoleArgs console) {
        p.addAll("sizing", console.sizing().problems());
    }

    static void smtp(Problems p, SmtpArgs smtp) {
        KnownValue.of(smtp.server()).ifPresent(server -> {
            Optional<Integer> port = smtpPort(server);
            if (p.check(port.isPresent(), "server", "'" + server + "' is not host:port; write e.g. " + SMTP_EXAMPLE)) {
                Validators.range(p, "server", port.get(), 1, 65535, " (the port)");
            }
        });
        KnownValue.of(smtp.genericSender()).ifPresent(sender -> p.check(EMAIL.matcher(sender).matches(),
                "genericSender", "'" + sender + "' is not an email address; write e.g. pulumi@example.com"));
        KnownValue.of(smtp.username()).ifPresent(user -> p.check(!user.isBlank(), "username", "is empty; set the SMTP user name"));
        KnownValue.of(smtp.password()).ifPresent(password -> p.check(!password.isBlank(), "password",
                "is empty; set the SMTP password (as a secret)"));
    }

    static void saml(Problems p, SamlArgs saml) {
        KnownValue.of(saml.certificatePublicKey()).ifPresent(pem -> p.check(pem.contains("-----BEGIN CERTIFICATE-----"),
                "certificatePublicKey", "is not a PEM certificate; paste the text starting with -----BEGIN CERTIFICATE-----"));
        // The private key is a secret: its content is not checked, so that no check ever needs to
        // quote or inspect it, and offline plans (which cannot decrypt) still validate.
    }

    static void recaptcha(Problems p, RecaptchaArgs recaptcha) {
        KnownValue.of(recaptcha.siteKey()).ifPresent(key -> p.check(!key.isBlank(), "siteKey", "is empty; set the Turnstile site key"));
        KnownValue.of(recaptcha.secretKey()).ifPresent(key -> p.check(!key.isBlank(), "secretKey",
                "is empty; set the Turnstile secret key (as a secret)"));
    }

    /** The region of a placement without one comes from the stack: it must be set there. */
    private static void region(Problems p, PlacementArgs placement) {
        if (placement.region().isEmpty()) {
            DeploymentRegion.partition(Optional.empty(), p, "placement.region");
        }
    }

    /** Limited egress needs its destinations. */
    private static void egress(Problems p, TaskEgressArgs egress) {
        if (KnownValue.of(egress.limitToVpc()).orElse(false)) {
            p.check(egress.vpcCidr().isPresent(), "egress.vpcCidr", "is required with {{egress.limitToVpc}}; give the VPC's CIDR block");
            p.check(egress.s3PrefixListId().isPresent(), "egress.s3PrefixListId",
                    "is required with {{egress.limitToVpc}}; give the S3 prefix list of the region (its gateway endpoint's)");
            egress.vpcCidr().flatMap(KnownValue::of).ifPresent(cidr -> Validators.ipv4Cidr(p, "egress.vpcCidr", cidr));
        }
    }

    static void apiService(Problems p, ApiServiceArgs args) {
        p.addAll("placement", args.placement().problems());
        egress(p, args.egress());
        region(p, args.placement());
        twoSubnets(p, args.placement());
        p.addAll("images", args.images().problems());
        p.addAll("settings", args.settings().problems());
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Validators.logRetention(p, "logRetentionDays", d));
    }

    /** A service spreads over two zones at least; an empty list is the placement's own problem. */
    private static void twoSubnets(Problems p, PlacementArgs placement) {
        KnownValue.of(placement.subnetIds()).filter(ids -> !ids.isEmpty())
                .ifPresent(ids -> Validators.subnetCount(p, "placement.subnetIds", ids, 2, "private"));
    }

    static void consoleService(Problems p, ConsoleServiceArgs args) {
        p.addAll("placement", args.placement().problems());
        egress(p, args.egress());
        region(p, args.placement());
        twoSubnets(p, args.placement());
        p.addAll("images", args.images().problems());
        p.addAll("settings", args.settings().problems());
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Validators.logRetention(p, "logRetentionDays", d));
    }
}
