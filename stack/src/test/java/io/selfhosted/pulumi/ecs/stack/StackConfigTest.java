package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/**
 * The bundled stack's config binding: typed parsing, required keys, secrets, all-or-nothing
 * groups and Args problems reported under config key names, all in one exception.
 */
class StackConfigTest {
    private static final String REGION = StackSamples.REGION;
    private static final String SAML_CERT = StackSamples.SAML_CERTIFICATE;

    @Test
    void sampleConfigBecomesArgs() {
        var loaded = StackSettings.sample(REGION).load().success();

        assertThat(loaded.name()).isEqualTo(StackConfig.DEFAULT_NAME);
        var args = loaded.args();
        assertThat(known(args.network().vpcId())).isEqualTo("vpc-0a1b2c3d4e5f67890");
        assertThat(known(args.domain().zoneName())).isEqualTo("example.com");
        assertThat(args.domain().subdomain().map(StackConfigTest::known)).contains("pulumi");
        assertThat(known(args.images().tag())).isEqualTo("20250415-3b9e42c");
        assertThat(args.images().registry()).isEmpty();
        assertThat(known(args.licenseKey())).isEqualTo(StackSamples.LICENSE_KEY);
        assertThat(StackSamples.isSecret(args.licenseKey())).isTrue();
        assertThat(args.smtp()).isEmpty();
        assertThat(args.saml()).isEmpty();
    }

    @Test
    void commaSeparatedAndJsonListsGiveTheSameSubnets() {
        var args = StackSettings.sample(REGION)
                .plain("publicSubnetIds", " subnet-0a1b2c3d4e5f60001 , subnet-0a1b2c3d4e5f60002 ,")
                .plain("privateSubnetIds", "[\"subnet-0a1b2c3d4e5f60011\", \"subnet-0a1b2c3d4e5f60012\"]")
                .load().success().args();

        assertThat(known(args.network().publicSubnetIds())).containsExactly("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002");
        assertThat(known(args.network().privateSubnetIds())).containsExactly("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "apiTaskCpu          | abc                    | apiTaskCpu         | is not a whole number; e.g. `pulumi config set apiTaskCpu 2048`",
            "numberDbReplicas    | 1.5                    | numberDbReplicas   | is not a whole number",
            "apiDisableEmailLogin| maybe                  | apiDisableEmailLogin | is not true or false",
            "engineEventsBucket  | yes                    | engineEventsBucket | is not true or false",
            "publicSubnetIds     | [subnet-0a1b2c3d4e5f60001 | publicSubnetIds | is not a JSON list; write e.g. [\"a\", \"b\"] or a,b",
            "whiteListCidrBlocks | [10, 20]               | whiteListCidrBlocks | non-text item 10; list strings",
            "tags                | team=platform          | tags               | is not a key/value object; set it with `pulumi config set --path 'tags.team' platform`",
            "tags                | [\"team\"]             | tags               | is not a key/value object",
            "tags                | {\"team\": {\"a\": 1}} | tags.team          | give each tags entry a text value",
    })
    void wrongTypesNameTheKeyAndTheFix(String key, String value, String property, String fix) {
        var e = StackSettings.sample(REGION).plain(key, value).load().failure();

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo(property);
            assertThat(p.message()).contains(fix);
        });
    }

    @Test
    void missingRequiredKeysAreListedTogetherWithTheCommandThatSetsThem() {
        var e = StackSettings.empty().load().failure();

        // The region too, in the same run: nothing stops at the first missing key.
        assertThat(e.problems()).extracting(Problem::property).containsExactly(
                "vpcId", "publicSubnetIds", "privateSubnetIds", "isolatedSubnetIds", "route53ZoneName", "licenseKey", "imageTag",
                "aws:region");
        assertThat(e.problems()).filteredOn(p -> !p.property().equals("aws:region"))
                .allSatisfy(p -> assertThat(p.message()).contains("pulumi config set ").contains(" " + p.property() + " <value>"));
        assertThat(e.problems()).filteredOn(p -> p.property().equals("aws:region"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("pulumi config set aws:region <region>"));
        assertThat(e.problems()).filteredOn(p -> p.property().equals("licenseKey"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("pulumi config set --secret licenseKey"));
        assertThat(e.getMessage()).startsWith("Invalid stack config (8 problems)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"licenseKey", "smtpPassword", "samlCertPrivateKey", "recaptchaSecretKey", "agGridLicenseKey"})
    void secretInPlainTextIsRejectedWithoutShowingIt(String key) {
        String value = "PLAINTEXT-SECRET-" + key;
        var settings = withCompleteGroups(StackSettings.sample(REGION)).plain(key, value);

        var e = settings.load().failure();

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo(key);
            assertThat(p.message()).contains("pulumi config set --secret " + key);
        });
        assertThat(e.getMessage()).doesNotContain(value);
    }

    @Test
    void completeOptionalGroupsAsSecretsAreAccepted() {
        var args = withCompleteGroups(StackSettings.sample(REGION)).load().success().args();

        assertThat(args.smtp()).hasValueSatisfying(smtp -> {
            assertThat(known(smtp.server())).isEqualTo("smtp.example.com:587");
            assertThat(StackSamples.isSecret(smtp.password())).isTrue();
        });
        assertThat(args.saml()).hasValueSatisfying(saml -> assertThat(StackSamples.isSecret(saml.certificatePrivateKey())).isTrue());
        assertThat(args.recaptcha()).isPresent();
        assertThat(args.agGridLicenseKey()).hasValueSatisfying(k -> assertThat(StackSamples.isSecret(k)).isTrue());
    }

    @ParameterizedTest(name = "only {0}")
    @CsvSource(delimiter = '|', value = {
            "smtpServer         | smtpUsername smtpPassword smtpGenericSender",
            "smtpPassword       | smtpServer smtpUsername smtpGenericSender",
            "smtpServer smtpUsername smtpGenericSender | smtpPassword",
            "samlCertPublicKey  | samlCertPrivateKey",
            "samlCertPrivateKey | samlCertPublicKey",
            "recaptchaSiteKey   | recaptchaSecretKey",
            "recaptchaSecretKey | recaptchaSiteKey",
    })
    void halfConfiguredGroupNamesEachMissingKey(String given, String missing) {
        var complete = withCompleteGroups(StackSettings.empty());
        var settings = StackSettings.sample(REGION);
        for (String key : given.split(" ")) {
            settings = copy(complete, settings, key);
        }

        var e = settings.load().failure();

        assertThat(e.problems()).extracting(Problem::property).containsExactly(missing.split(" "));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("is missing while other").contains("or none of them"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "us-east-1,      123456789012.dkr.ecr.us-east-1.amazonaws.com",
            "us-gov-west-1,  123456789012.dkr.ecr.us-gov-west-1.amazonaws.com",
            "cn-north-1,     123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn",
            "cn-northwest-1, 123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn"})
    void ecrAccountBuildsTheRegistryOfTheStackRegion(String region, String registry) {
        var args = StackSettings.sample(region).plain("ecrRepoAccountId", "123456789012").load().success().args();

        assertThat(args.images().registry().map(StackConfigTest::known)).contains(registry);
    }

    @Test
    void ecrAccountMustBeAnAccountIdAndExcludesImageRegistry() {
        var e = StackSettings.sample(REGION).plain("ecrRepoAccountId", "1234-5678").plain("imageRegistry", "registry.example.com")
                .load().failure();

        assertThat(e.problems()).extracting(Problem::property).containsExactly("ecrRepoAccountId", "ecrRepoAccountId");
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("set only one of them"))
                .anySatisfy(m -> assertThat(m).contains("'1234-5678' is not a 12-digit AWS account id"));
    }

    @ParameterizedTest(name = "imagePrefix {0}")
    @ValueSource(strings = {"mirror", "mirror/", "mirror//"})
    void imagePrefixGoesBeforePulumi(String prefix) {
        var args = StackSettings.sample(REGION).plain("imagePrefix", prefix).load().success().args();

        assertThat(known(args.images().repositoryPrefix())).isEqualTo("mirror/pulumi");
        // As in the Go installer, a prefix means ECR: of the deploying account unless ecrRepoAccountId says otherwise.
        assertThat(known(args.images().registry().orElseThrow())).isEqualTo(StackSamples.ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "whiteListCidrBlocks | 10.0.0.0/8,10.0.0.1/8 | whiteListCidrBlocks[1] | use the network address, e.g. 10.0.0.0/8",
            "whiteListCidrBlocks | [\"203.0.113.0\"]       | whiteListCidrBlocks[0] | expected e.g. 203.0.113.0/24",
            "apiTaskCpu          | 3000                  | apiTaskCpu             | use one of [256, 512",
            "consoleTaskMemory   | 8192                  | consoleTaskMemory      | use [1024, 2048, 3072, 4096]",
            "apiMinNumberTasks   | 0                     | apiMinNumberTasks      | use 1 or more",
            "numberDbReplicas    | 16                    | numberDbReplicas       | 0-15 readers",
            "dbBackupRetentionDays | 36                  | dbBackupRetentionDays  | 1-35 days",
            "dbEngineVersion     | 5.7.mysql_aurora.2.11.2 | dbEngineVersion      | MySQL 8.0",
            "logRetentionDays    | 10                    | logRetentionDays       | use one of 1, 3, 5",
            "imageTag            | latest                | imageTag               | change it to upgrade",
            "imagePrefix         | Mirror                | imagePrefix            | e.g. mirror/ (the images are then",
            "imageRegistry       | https://registry.example.com | imageRegistry   | no scheme, no path",
            "commonName          | Pulumi                | commonName             | lowercase letters",
            "publicSubnetIds     | subnet-0a1b2c3d4e5f60001 | publicSubnetIds     | at least 2 public subnets",
            "route53Subdomain    | my_pulumi             | route53Subdomain       | is not a DNS label",
            "route53ZoneId       | zone-1                | route53ZoneId          | e.g. Z0123456789ABCDEFGHIJ",
            "kmsServiceKeyId     | arn:aws:kms:eu-west-1:123456789012:key/abc | kmsServiceKeyId | same region",
            "loadBalancerSslPolicy | ELBSecurityPolicy-2016-08 | loadBalancerSslPolicy | ELBSecurityPolicy-TLS13-",
            "apiEngineEventsSchemaV2 | false             | apiEngineEventsSchemaV2 | set apiEngineEventsChangeAcknowledged to true",
            "tags                | {\"aws:team\": \"x\"} | tags.aws:team          | reserved aws: prefix",
    })
    void argsProblemsAreReportedUnderConfigKeys(String key, String value, String property, String fix) {
        var e = StackSettings.sample(REGION).plain(key, value).load().failure();

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo(property);
            assertThat(p.message()).contains(fix);
        });
    }

    @Test
    void missingRegionIsReportedAsAwsRegion() {
        assumeThat(System.getenv("AWS_REGION")).isNull();
        assumeThat(System.getenv("AWS_DEFAULT_REGION")).isNull();

        var e = StackSettings.sample(REGION).region(null).load().failure();

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("aws:region");
            assertThat(p.message()).contains("pulumi config set aws:region <region>");
        });
    }

    @Test
    void parseAndArgsProblemsComeInOneException() {
        var e = StackSettings.sample(REGION)
                .plain("apiTaskMemory", "lots")
                .plain("whiteListCidrBlocks", "0.0.0.0/0,10.0.0.0/33")
                .plain("smtpServer", "smtp.example.com")
                .plain("licenseKey", "PLAINTEXT-LICENSE")
                .load().failure();

        assertThat(e.problems()).extracting(Problem::property)
                .containsExactlyInAnyOrder("apiTaskMemory", "licenseKey", "smtpUsername", "smtpPassword", "smtpGenericSender",
                        "whiteListCidrBlocks[1]");
        assertThat(e.getMessage()).doesNotContain("PLAINTEXT-LICENSE");
    }

    @Test
    void backupKeysBuildTheBackupGroupOnlyWithTheSwitch() {
        var args = StackSettings.sample(REGION).plain("backupEnabled", "true").plain("backupRetentionDays", "14")
                .plain("backupCopyRegion", "us-west-2").plain("backupVaultLock", "true")
                .load().success().args();

        var backup = args.backup().orElseThrow();
        assertThat(known(backup.retentionDays())).isEqualTo(14);
        assertThat(backup.copyRegion().map(StackConfigTest::known)).contains("us-west-2");
        assertThat(known(backup.vaultLock())).isTrue();
        assertThat(known(backup.schedule())).isEqualTo(io.selfhosted.pulumi.ecs.backup.BackupDefaults.SCHEDULE);
        assertThat(StackSettings.sample(REGION).load().success().args().backup()).as("off by default").isEmpty();
    }

    @Test
    void backupKeysWithoutTheSwitchAndBadBackupValuesAreNamedByKey() {
        var off = StackSettings.sample(REGION).plain("backupRetentionDays", "14").load().failure();
        assertThat(off.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("backupRetentionDays");
            assertThat(p.message()).contains("pulumi config set backupEnabled true");
        });

        var bad = StackSettings.sample(REGION).plain("backupEnabled", "true").plain("backupRetentionDays", "3")
                .plain("backupCopyRegion", REGION).plain("backupSchedule", "every day").load().failure();
        assertThat(bad.problems()).extracting(Problem::property)
                .containsExactlyInAnyOrder("backupSchedule", "backupRetentionDays", "backupCopyRegion");
    }

    @Test
    void everyDocumentedKeyIsRead() {
        var settings = withCompleteGroups(StackSettings.sample(REGION));
        var source = settings.source();

        settings.load(source).success();

        for (ConfigKey<?> key : StackConfig.KEYS) {
            verify(source, atLeastOnce().description("StackConfig never reads " + key.name())).get(key.name());
        }
    }

    /** Every optional group complete, its secrets set as secrets. */
    private static StackSettings withCompleteGroups(StackSettings settings) {
        return settings
                .plain("smtpServer", "smtp.example.com:587")
                .plain("smtpUsername", "pulumi")
                .secret("smtpPassword", StackSamples.SMTP_PASSWORD)
                .plain("smtpGenericSender", "pulumi@example.com")
                .plain("samlCertPublicKey", SAML_CERT)
                .secret("samlCertPrivateKey", StackSamples.SAML_PRIVATE_KEY)
                .plain("recaptchaSiteKey", "0x4AAAAAAAB")
                .secret("recaptchaSecretKey", "turnstile-secret")
                .secret("agGridLicenseKey", "ag-grid-license");
    }

    private static StackSettings copy(StackSettings from, StackSettings to, String key) {
        String value = from.source().get(key).orElseThrow();
        return from.source().isSecret(key) ? to.secret(key, value) : to.plain(key, value);
    }

    @Test
    void theInstallersSearchKeysBuildTheSearchDomain() {
        var args = StackSettings.sample(REGION).plain("enableOpenSearch", "true").plain("openSearchInstanceType", "r6g.large.search")
                .plain("openSearchInstanceCount", "4").plain("openSearchDomainName", "pulumi-search").load().success().args();

        var search = args.search().orElseThrow();
        assertThat(known(search.instanceType())).isEqualTo("r6g.large.search");
        assertThat(known(search.instanceCount().orElseThrow())).isEqualTo(4);
        assertThat(known(search.domainName().orElseThrow())).isEqualTo("pulumi-search");
        assertThat(StackSettings.sample(REGION).load().success().args().search()).as("off unless enabled").isEmpty();
    }

    @Test
    void badSearchAndNetworkKeysAreReportedTogetherByTheirKeys() {
        var e = StackSettings.sample(REGION).plain("enableOpenSearch", "true").plain("openSearchInstanceCount", "3")
                .plain("openSearchDedicatedMasterCount", "2").plain("openSearchInstanceType", "t2.small.search")
                .plain("openSearchEngineVersion", "7.10").plain("vpcEndpointServices", "[\"ecr.api\", \"ec2\"]")
                .plain("routeTableIds", "[\"rtb-nope\"]").load().failure();

        assertThat(e.problems()).extracting(Problem::property).containsExactlyInAnyOrder("openSearchInstanceCount",
                "openSearchDedicatedMasterCount", "openSearchInstanceType", "openSearchEngineVersion", "vpcEndpointServices[1]",
                "routeTableIds[0]");
    }

    @Test
    void aSearchKeyWithoutTheSwitchIsRefused() {
        var e = StackSettings.sample(REGION).plain("openSearchInstanceType", "r6g.large.search").load().failure();

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("openSearchInstanceType");
            assertThat(p.message()).contains("pulumi config set enableOpenSearch true");
        });
    }

    private static <T> T known(com.pulumi.core.Output<T> output) {
        return StackSamples.known(output);
    }
}
