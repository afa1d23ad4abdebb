package io.selfhosted.pulumi.ecs.config;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import io.selfhosted.pulumi.ecs.database.DatabaseSettings;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancerSettings;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ApiSettings;
import io.selfhosted.pulumi.ecs.service.ConsoleSettings;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.RecaptchaArgs;
import io.selfhosted.pulumi.ecs.service.SamlArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.storage.StorageSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the bundled stack's config ({@link ConfigKey#ALL}) into {@link PulumiSelfHostedEcsArgs},
 * with typed, validated parsing: wrong types, missing keys, secrets stored in plain text,
 * half-configured groups and every problem the Args validation finds are reported together,
 * named by config key.
 */
public final class StackConfig {
    /** The install's name when {@code commonName} is unset. */
    public static final String DEFAULT_NAME = "pulumi";

    private StackConfig() {
    }

    /**
     * The install's name and Args.
     *
     * @param name the component name ({@code commonName})
     * @param args the component's Args
     */
    public record Loaded(String name, PulumiSelfHostedEcsArgs args) {
    }

    /**
     * Reads and validates the config.
     *
     * @throws InvalidArgumentsException listing every problem, by config key
     */
    public static Loaded load(ConfigSource source) {
        var problems = new Problems();
        var read = new ConfigReader(source, problems);

        Optional<String> vpcId = read.string("vpcId");
        Optional<List<String>> publicSubnets = read.list("publicSubnetIds");
        Optional<List<String>> privateSubnets = read.list("privateSubnetIds");
        Optional<List<String>> isolatedSubnets = read.list("isolatedSubnetIds");
        Optional<String> zoneName = read.string("route53ZoneName");
        var licenseKey = read.secret("licenseKey");
        Optional<String> imageTag = read.string("imageTag");
        String name = read.string("commonName").orElse(DEFAULT_NAME);

        var smtp = smtp(read, problems);
        var saml = saml(read, problems);
        var recaptcha = recaptcha(read, problems);
        var domain = DomainArgs.builder();
        read.string("route53Subdomain").ifPresent(domain::subdomain);
        read.string("route53ZoneId").ifPresent(domain::zoneId);
        read.string("acmCertificateArn").ifPresent(domain::certificateArn);
        var images = images(read, problems);
        var database = database(read);
        var api = api(read);
        var console = console(read);
        var loadBalancer = loadBalancer(read);
        var storage = StorageSettings.builder();
        read.bool("engineEventsBucket").ifPresent(storage::engineEventsBucket);
        Optional<String> kmsKey = read.string("kmsServiceKeyId");
        Optional<Integer> logRetention = read.integer("logRetentionDays");
        List<TagArgs> tags = new ArrayList<>();
        read.map("tags").ifPresent(m -> m.forEach((k, v) -> tags.add(TagArgs.builder().key(k).value(v).build())));

        boolean missingRequired = Stream.of(vpcId, publicSubnets, privateSubnets, isolatedSubnets, zoneName, licenseKey, imageTag)
                .anyMatch(Optional::isEmpty);
        if (missingRequired) {
            throw new InvalidArgumentsException("stack config", problems.all());
        }
        var args = PulumiSelfHostedEcsArgs.builder()
                .network(NetworkArgs.builder().vpcId(vpcId.get()).publicSubnetIds(publicSubnets.get())
                        .privateSubnetIds(privateSubnets.get()).isolatedSubnetIds(isolatedSubnets.get()).build())
                .domain(domain.zoneName(zoneName.get()).build())
                .licenseKey(licenseKey.get())
                .images(images.tag(imageTag.get()).build())
                .database(database.build())
                .api(api.build())
                .console(console.build())
                .loadBalancer(loadBalancer.build())
                .storage(storage.build())
                .smtp(smtp.orElse(null))
                .saml(saml.orElse(null))
                .recaptcha(recaptcha.orElse(null))
                .tags(tags);
        kmsKey.ifPresent(args::kmsKeyArn);
        logRetention.ifPresent(args::logRetentionDays);
        var built = args.build();

        List<Problem> all = new ArrayList<>(problems.all());
        for (Problem p : PulumiSelfHostedEcs.validate(name, built)) {
            all.add(new Problem(configKeyOf(p.property(), tags), inConfigTerms(p.message())));
        }
        if (!all.isEmpty()) {
            throw new InvalidArgumentsException("stack config", all);
        }
        return new Loaded(name, built);
    }

    /** A message that names other Args properties (e.g. {@code api.engineEventsChangeAcknowledged}) names their config keys. */
    private static String inConfigTerms(String message) {
        String result = message;
        for (ConfigKey key : ConfigKey.ALL) {
            if (key.argsPath().contains(".")) {
                result = result.replace(key.argsPath(), key.name());
            }
        }
        return result;
    }

    /** The config key a problem of an Args property is about, as the user wrote it. */
    private static String configKeyOf(String argsPath, List<TagArgs> tags) {
        if (argsPath.equals("region")) {
            return "aws:region";
        }
        var tag = java.util.regex.Pattern.compile("^tags\\[(\\d+)\\].*").matcher(argsPath);
        if (tag.matches() && Integer.parseInt(tag.group(1)) < tags.size()) {
            // Config tags are an object: name the tag by its key, not by a list position.
            return "tags." + io.selfhosted.pulumi.ecs.internal.KnownValue.of(tags.get(Integer.parseInt(tag.group(1))).key()).orElse("?");
        }
        return ConfigKey.forArgsPath(argsPath).orElse(argsPath);
    }

    private static ContainerImagesArgs.Builder images(ConfigReader read, Problems problems) {
        var images = ContainerImagesArgs.builder();
        Optional<String> registry = read.string("imageRegistry");
        Optional<String> ecrAccount = read.string("ecrRepoAccountId");
        if (registry.isPresent() && ecrAccount.isPresent()) {
            problems.add("ecrRepoAccountId", "is set together with imageRegistry; set only one of them");
        }
        registry.ifPresent(images::registry);
        ecrAccount.ifPresent(account -> {
            Optional<String> region = read.qualified("aws", "region").filter(AwsPartition::isRegionName);
            if (problems.check(account.matches("^\\d{12}$"), "ecrRepoAccountId", "'" + account + "' is not a 12-digit AWS account id")
                    && region.isPresent()) {
                images.registry(AwsPartition.ofRegion(region.get()).ecrRegistryHost(account));
            }
        });
        // The installer's imagePrefix is text put before "pulumi/<image>".
        read.string("imagePrefix").ifPresent(prefix -> images.repositoryPrefix(prefix.replaceAll("/+$", "") + "/pulumi"));
        return images;
    }

    private static DatabaseSettings.Builder database(ConfigReader read) {
        var db = DatabaseSettings.builder();
        read.string("dbInstanceType").ifPresent(db::instanceClass);
        read.integer("numberDbReplicas").ifPresent(db::readerCount);
        read.string("dbEngineVersion").ifPresent(db::engineVersion);
        read.integer("dbBackupRetentionDays").ifPresent(db::backupRetentionDays);
        read.bool("dbDeletionProtection").ifPresent(db::deletionProtection);
        read.string("dbCaCertificate").ifPresent(db::caCertificate);
        read.bool("dbRequireSecureTransport").ifPresent(db::requireSecureTransport);
        read.bool("dbPerformanceInsights").ifPresent(db::performanceInsights);
        return db;
    }

    private static ApiSettings.Builder api(ConfigReader read) {
        var api = ApiSettings.builder();
        read.integer("apiTaskCpu").ifPresent(api::taskCpu);
        read.integer("apiTaskMemory").ifPresent(api::taskMemory);
        read.integer("apiDesiredNumberTasks").ifPresent(api::desiredCount);
        read.integer("apiMinNumberTasks").ifPresent(api::minCount);
        read.integer("apiMaxNumberTasks").ifPresent(api::maxCount);
        read.bool("apiDisableEmailLogin").ifPresent(api::disableEmailLogin);
        read.bool("apiDisableEmailSignUp").ifPresent(api::disableEmailSignup);
        read.bool("apiEngineEventsSchemaV2").ifPresent(api::engineEventsSchemaV2);
        read.bool("apiEngineEventsLegacyWrite").ifPresent(api::engineEventsLegacyWrite);
        read.bool("apiEngineEventsChangeAcknowledged").ifPresent(api::engineEventsChangeAcknowledged);
        return api;
    }

    private static ConsoleSettings.Builder console(ConfigReader read) {
        var console = ConsoleSettings.builder();
        read.integer("consoleTaskCpu").ifPresent(console::taskCpu);
        read.integer("consoleTaskMemory").ifPresent(console::taskMemory);
        read.integer("consoleDesiredNumberTasks").ifPresent(console::desiredCount);
        read.integer("consoleMinNumberTasks").ifPresent(console::minCount);
        read.integer("consoleMaxNumberTasks").ifPresent(console::maxCount);
        read.bool("consoleHideEmailLogin").ifPresent(console::hideEmailLogin);
        read.bool("consoleHideEmailSignup").ifPresent(console::hideEmailSignup);
        read.secret("agGridLicenseKey").ifPresent(console::agGridLicenseKey);
        return console;
    }

    private static LoadBalancerSettings.Builder loadBalancer(ConfigReader read) {
        var lb = LoadBalancerSettings.builder();
        read.list("whiteListCidrBlocks").ifPresent(lb::ingressCidrs);
        read.bool("enablePrivateLoadBalancerAndLimitEgress").ifPresent(lb::internal);
        read.bool("loadBalancerDeletionProtection").ifPresent(lb::deletionProtection);
        read.string("loadBalancerSslPolicy").ifPresent(lb::sslPolicy);
        read.string("loadBalancerAccessLogsBucket").ifPresent(lb::accessLogsBucket);
        return lb;
    }

    private static Optional<SmtpArgs> smtp(ConfigReader read, Problems problems) {
        var server = read.string("smtpServer");
        var username = read.string("smtpUsername");
        var password = read.secret("smtpPassword");
        var sender = read.string("smtpGenericSender");
        if (!allOrNone(problems, "smtp", List.of("smtpServer", "smtpUsername", "smtpPassword", "smtpGenericSender"),
                server, username, password, sender) || server.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SmtpArgs.builder().server(server.get()).username(username.get())
                .password(password.get()).genericSender(sender.get()).build());
    }

    private static Optional<SamlArgs> saml(ConfigReader read, Problems problems) {
        var publicKey = read.string("samlCertPublicKey");
        var privateKey = read.secret("samlCertPrivateKey");
        if (!allOrNone(problems, "SAML", List.of("samlCertPublicKey", "samlCertPrivateKey"), publicKey, privateKey)
                || publicKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SamlArgs.builder().certificatePublicKey(publicKey.get())
                .certificatePrivateKey(privateKey.get()).build());
    }

    private static Optional<RecaptchaArgs> recaptcha(ConfigReader read, Problems problems) {
        var siteKey = read.string("recaptchaSiteKey");
        var secretKey = read.secret("recaptchaSecretKey");
        if (!allOrNone(problems, "Turnstile (reCAPTCHA)", List.of("recaptchaSiteKey", "recaptchaSecretKey"), siteKey, secretKey)
                || siteKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RecaptchaArgs.builder().siteKey(siteKey.get()).secretKey(secretKey.get()).build());
    }

    /** Records a problem for each missing key of a group that is partly set; true when complete or empty. */
    private static boolean allOrNone(Problems problems, String group, List<String> keys, Optional<?>... values) {
        long set = Stream.of(values).filter(Optional::isPresent).count();
        if (set == 0 || set == values.length) {
            return true;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty()) {
                problems.add(keys.get(i), "is missing while other " + group + " keys are set; set all of "
                        + String.join(", ", keys) + ", or none of them");
            }
        }
        return false;
    }
}
