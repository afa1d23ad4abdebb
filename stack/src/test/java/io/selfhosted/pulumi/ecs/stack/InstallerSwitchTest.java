package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.stack.InstallerKeys.Handling;
import io.selfhosted.pulumi.ecs.stack.InstallerKeys.InstallerKey;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.container;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching from the official ECS installers: every key they read is honoured or refused with
 * what to use instead, and a stack file merged from the TS installer's three projects serves the
 * installer's database and buckets.
 */
class InstallerSwitchTest {
    static final String REGION = StackSamples.REGION;
    static final Path TS_INSTALLER = Path.of("src/test/resources/installer/Pulumi.ts-installer.yaml");

    /** A value each key takes, as an installer user has it. */
    static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("enableOpenSearch", "true"), Map.entry("enableVpcEndpoints", "true"), Map.entry("samlEnabled", "true"),
            Map.entry("openSearchInstanceType", "t3.medium.search"), Map.entry("openSearchInstanceCount", "2"),
            Map.entry("openSearchDomainName", "pulumi"), Map.entry("openSearchDedicatedMasterCount", "0"),
            Map.entry("endpointSecurityGroupId", "sg-0123456789abcdef0"), Map.entry("opensearchUser", "admin"),
            Map.entry("opensearchPassword", "x"), Map.entry("opensearchEndpoint", "https://search.example"),
            Map.entry("opensearchDomainName", "pulumi"),
            Map.entry("apiContainerCpu", "256"), Map.entry("apiContainerMemoryReservation", "512"),
            Map.entry("consoleContainerCpu", "256"), Map.entry("consoleContainerMemoryReservation", "512"),
            Map.entry("baseStackReference", "org/infrastructure/prod"), Map.entry("appStackReference", "org/application/prod"),
            Map.entry("apiLoadBalancerDnsName", "api.elb.example"), Map.entry("apiLoadBalancerZoneId", "Z35SXDOTRQ7X7K"),
            Map.entry("consoleLoadBalancerDnsName", "app.elb.example"), Map.entry("consoleLoadBalancerZoneId", "Z35SXDOTRQ7X7K"),
            Map.entry("logType", "splunk"), Map.entry("logArgs", "{\"name\": \"pulumi\"}"));

    static Stream<InstallerKey> refused() {
        return InstallerKeys.ALL.stream().filter(k -> k.handling() == Handling.REFUSED);
    }

    static Stream<InstallerKey> readAsAnother() {
        return InstallerKeys.ALL.stream().filter(k -> k.handling() == Handling.ALIAS);
    }

    @Test
    void everyInstallerKeyIsReadOrRefused() {
        Set<String> spellings = new TreeSet<>();
        StackConfig.KEYS.forEach(k -> spellings.addAll(k.spellings()));
        for (InstallerKey key : InstallerKeys.ALL) {
            switch (key.handling()) {
                case SAME, CONDITIONAL -> assertThat(StackConfig.KEYS).as(key.name()).anyMatch(k -> k.name().equals(key.name()));
                case ALIAS -> assertThat(StackConfig.key(key.here().orElseThrow()).aliases()).as(key.name()).contains(key.name());
                case REFUSED -> {
                    assertThat(spellings).as("%s is refused, not read", key.name()).doesNotContain(key.name());
                    assertThat(key.note()).as(key.name()).isNotBlank();
                }
            }
            assertThat(key.readBy()).as(key.name()).isNotEmpty();
        }
        assertThat(InstallerKeys.ALL).extracting(InstallerKey::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedKeySaysWhatToUseInstead(InstallerKey key) {
        var e = StackSettings.sample(REGION).plain(key.name(), VALUES.getOrDefault(key.name(), "x")).load().failure();
        assertThat(e.problems()).filteredOn(p -> p.property().equals(key.name())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("official installer").contains(key.note()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readAsAnother")
    void anInstallerSpellingMeansWhatThisStacksKeyMeans(InstallerKey key) {
        String here = key.here().orElseThrow();
        String value = switch (here) {
            case "route53ZoneName" -> "corp.example.net";
            case "route53Subdomain" -> "selfhosted";
            case "whiteListCidrBlocks" -> "[\"10.0.0.0/8\"]";
            case "consoleDesiredNumberTasks" -> "3";
            case "limitEgress" -> "false";
            default -> throw new AssertionError("no sample value for " + here);
        };
        var viaInstaller = StackSettings.sample(REGION).without(here).plain(key.name(), value).load().success().args();
        var viaOwnKey = StackSettings.sample(REGION).plain(here, value).load().success().args();
        String path = StackConfig.key(here).argsPath();
        assertThat(StackSamples.known(property(viaInstaller, path))).as(key.name()).isEqualTo(StackSamples.known(property(viaOwnKey, path)));
    }

    @Test
    void twoSpellingsWithTwoValuesAreRefused() {
        var e = StackSettings.sample(REGION).plain("domainName", "other.example").load().failure();
        assertThat(e.problems()).extracting(Problem::property).containsExactly("domainName");
        // The same value under both spellings, as a merged stack file has it, is fine.
        StackSettings.sample(REGION).plain("domainName", "example.com").load().success();
    }

    @Test
    void theInstallersSwitchesAreTakenInThePositionThisStackSupports() {
        var off = StackSettings.sample(REGION).plain("enableOpenSearch", "false").plain("enableVpcEndpoints", "false")
                .plain("logType", "awslogs").plain("logArgs", "{\"retentionInDays\": 30}").load().success().args();
        assertThat(StackSamples.known(off.logRetentionDays())).isEqualTo(30);
        // The Go installer's JSON text and key spelling.
        var go = StackSettings.sample(REGION).plain("logType", "0").plain("logArgs", "{\"retentionDays\": 14}").load().success().args();
        assertThat(StackSamples.known(go.logRetentionDays())).isEqualTo(14);

        var e = StackSettings.sample(REGION).plain("samlEnabled", "true").plain("logType", "splunk")
                .plain("logArgs", "{\"name\": \"pulumi\", \"retentionInDays\": 7}").plain("logRetentionDays", "90").load().failure();
        assertThat(e.problems()).extracting(Problem::property)
                .containsExactlyInAnyOrder("samlEnabled", "logType", "logArgs.name", "logArgs.retentionInDays");
    }

    @Test
    void aTypoIsRefusedWithTheKeyItResembles() {
        var e = StackSettings.sample(REGION).plain("apiTaskCPU", "4096").plain("dbInstancetype", "db.r6g.large")
                .plain("someOtherThing", "1").plain("aws:profile", "prod").plain("pulumi:template", "x").load().failure();
        assertThat(e.problems()).extracting(Problem::property).containsExactlyInAnyOrder("apiTaskCPU", "dbInstancetype", "someOtherThing");
        assertThat(e.problems()).filteredOn(p -> p.property().equals("apiTaskCPU")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("did you mean apiTaskCpu?"));
        assertThat(e.problems()).filteredOn(p -> p.property().equals("dbInstancetype")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("did you mean dbInstanceType?"));
    }

    @Test
    void keysLeftInAnInstallersNamespaceAreReported() {
        var e = StackSettings.sample(REGION).plain("application:licenseKey", "x").plain("infrastructure-go:dbInstanceType", "db.r6g.large")
                .load().failure();
        assertThat(e.problems()).extracting(Problem::property)
                .containsExactlyInAnyOrder("application:licenseKey", "infrastructure-go:dbInstanceType");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("rename it to " + StackSettings.NAMESPACE + ":"));
    }

    @Test
    void theTsInstallersStackFilesServeTheInstallersDatabaseAndBuckets() {
        Plan plan = PlanRunner.create().projectDir(Path.of(".")).configFile(TS_INSTALLER).run(App::stack).requireSuccess();

        assertThat(plan.resourcesOfType(RDS_CLUSTER)).isEmpty();
        assertThat(plan.resourcesOfType(S3_BUCKET)).isEmpty();
        var api = plan.resource(ECS_TASK_DEFINITION, "pulumiselfhosted-api");
        assertThat(environment(api, "pulumi-service"))
                .containsEntry("PULUMI_DATABASE_ENDPOINT", "pulumiselfhosted-database.cluster-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com:3306")
                .containsEntry("PULUMI_CHECKPOINT_BLOB_STORAGE_ENDPOINT", "s3://pulumi-checkpoints-1a2b3c4")
                .containsEntry("PULUMI_POLICY_PACK_BLOB_STORAGE_ENDPOINT", "s3://pulumi-policypacks-5d6e7f8")
                .containsEntry("PULUMI_SERVICE_METADATA_BLOB_STORAGE_ENDPOINT", "s3://pulumi-service-metadata-9a0b1c2")
                .containsEntry("PULUMI_API_DOMAIN", "api.pulumi.example.com");
        // The installers pull from ECR; so does this stack with ecrRepoAccountId.
        assertThat(container(api, "pulumi-service").get("image"))
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/pulumi/service:20250415-3b9e42c");
        assertThat(plan.resourcesWithPlainInput("ts-installer-db-password-ciphertext")).isEmpty();
    }

    @Test
    void theVerbatimMergeIsRefusedForExactlyTheKeysThisStackDoesNotTake() {
        Plan plan = PlanRunner.create().projectDir(Path.of(".")).configFile(TS_INSTALLER.resolveSibling("Pulumi.ts-installer-raw.yaml"))
                .run(App::stack);
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.problems()).hasSize(1).first().asString()
                .contains("endpointSecurityGroupId:", "apiLoadBalancerDnsName:", "apiLoadBalancerZoneId:", "consoleLoadBalancerDnsName:",
                        "consoleLoadBalancerZoneId:")
                .contains("(5 problems)");
    }

    @Test
    void theGoInstallersLimitedEgressLimitsEgressAndAsksForAnInternalFrontDoor() {
        StackSettings.sample(REGION).plain("enablePrivateLoadBalancerAndLimitEgress", "false").load().success();
        var e = StackSettings.sample(REGION).plain("enablePrivateLoadBalancerAndLimitEgress", "true").load().failure();
        // Named as the user spelled it, with what to change; the sample's Docker Hub images are out of reach too.
        assertThat(e.problems()).filteredOn(p -> p.property().equals("enablePrivateLoadBalancerAndLimitEgress")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("public front door", "loadBalancerInternal true"));
        assertThat(e.problems()).extracting(Problem::property).contains("imageRegistry");

        var internal = StackSettings.sample(REGION).plain("enablePrivateLoadBalancerAndLimitEgress", "true")
                .plain("loadBalancerInternal", "true").plain("acmCertificateArn", "arn:aws:acm:" + REGION + ":123456789012:certificate/"
                        + "1234abcd-12ab-34cd-56ef-1234567890ab").plain("ecrRepoAccountId", "123456789012").load().success().args();
        assertThat(StackSamples.known(internal.network().limitEgress())).isEqualTo(true);
    }

    @Test
    void aDockerHubLoginWithEcrImagesIsRefusedByItsKey() {
        var e = StackSettings.sample(REGION).plain("ecrRepoAccountId", "123456789012").plain("dockerHubUsername", "bot")
                .secret("dockerHubAccessToken", "dckr_pat_x").load().failure();
        assertThat(e.problems()).extracting(Problem::property).containsExactly("dockerHubUsername");
    }

    @Test
    void aSecretEndpointIsOneProblemNotFour() {
        var e = StackSettings.sample(REGION).secret("dbClusterEndpoint", "db.cluster-x.us-east-1.rds.amazonaws.com")
                .plain("dbSecurityGroupId", "sg-0fedcba9876543210").plain("dbUsername", "pulumi").secret("dbPassword", "pw").load().failure();
        assertThat(e.problems()).extracting(Problem::property).containsExactly("dbClusterEndpoint");
    }

    @Test
    void sixKindsOfMistakesInOneFileAreAllReportedInOneRun() {
        var e = StackSettings.sample(REGION)
                .without("imageTag")                                  // a missing required key
                .plain("apiTaskCpu", "lots")                          // a wrong type
                .plain("smtpPassword", "plain-text-password")         // a secret stored in plain text
                .secret("route53Subdomain", "pulumi")                 // a plain setting stored as a secret
                .plain("dbInstanceType", "db.m5.large")               // a value AWS refuses
                .plain("apiTaskCPU", "4096")                          // an unknown key (a typo)
                .plain("consoleContainerCpu", "256")                  // an installer key this stack refuses
                .plain("whiteListCidrBlocks", "[\"10.0.0.0/8\", \"10.0.0.0/8\"]")  // a repeated entry
                .load().failure();
        assertThat(e.problems()).extracting(Problem::property).contains("imageTag", "apiTaskCpu", "smtpPassword", "route53Subdomain",
                "dbInstanceType", "apiTaskCPU", "consoleContainerCpu", "whiteListCidrBlocks[1]");
        assertThat(e.problems().toString()).doesNotContain("plain-text-password");
    }

    @Test
    void messagesNameConfigKeysAndOnlySuggestValidFixes() {
        var e = StackSettings.sample(REGION).plain("apiMinNumberTasks", "5").plain("apiMaxNumberTasks", "3").load().failure();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("apiMaxNumberTasks");
            assertThat(p.message()).contains("apiMinNumberTasks").doesNotContain("minCount").doesNotContain("maxCount");
        });
        // Only the bounds set: the default desired count follows them instead of being reported.
        StackSettings.sample(REGION).plain("apiMinNumberTasks", "3").plain("apiMaxNumberTasks", "6").load().success();
    }

    @Test
    void aPlainSettingStoredAsASecretIsOneProblemNotAMissingOne() {
        var e = StackSettings.sample(REGION).plain("smtpServer", "smtp.example.com:587").secret("smtpUsername", "SECRET-USER-4f3e")
                .secret("smtpPassword", "pw").plain("smtpGenericSender", "pulumi@example.com").load().failure();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("smtpUsername");
            assertThat(p.message()).contains("set it again without --secret").doesNotContain("SECRET-USER-4f3e");
        });
    }

    @Test
    void aSecretRegionIsNeverEchoed() {
        var source = StackSettings.sample(REGION).source();
        org.mockito.Mockito.when(source.getQualified("aws", "region")).thenReturn(java.util.Optional.of("v1:c2VjcmV0:region-ciphertext"));
        org.mockito.Mockito.when(source.isSecretQualified("aws", "region")).thenReturn(true);
        var e = StackSettings.sample(REGION).load(source).failure();
        assertThat(e.problems()).extracting(Problem::property).contains("aws:region");
        assertThat(e.getMessage()).doesNotContain("region-ciphertext");
    }

    private static com.pulumi.core.Output<?> property(Object args, String path) {
        Object value = args;
        for (String property : path.split("\\.")) {
            try {
                value = value.getClass().getMethod(property).invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (value instanceof java.util.Optional<?> optional) {
                value = optional.orElseThrow();
            }
        }
        return (com.pulumi.core.Output<?>) value;
    }
}
