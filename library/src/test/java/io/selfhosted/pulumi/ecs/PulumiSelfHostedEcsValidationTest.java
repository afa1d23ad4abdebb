package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.database.DatabaseArgs;
import io.selfhosted.pulumi.ecs.database.DatabaseDefaults;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ApiArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.RecaptchaArgs;
import io.selfhosted.pulumi.ecs.service.SamlArgs;
import io.selfhosted.pulumi.ecs.service.SmtpArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.annotation.Nullable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.selfhosted.pulumi.ecs.SampleInstall.REGION;
import static io.selfhosted.pulumi.ecs.SampleInstall.SECRET_MARKERS;
import static io.selfhosted.pulumi.ecs.SampleInstall.arn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The catalogue of invalid {@link PulumiSelfHostedEcsArgs}: each one is rejected before any
 * resource (not even the component) is registered, with one problem naming the property and the
 * fix, and without a secret's value in the message. The sample carries SMTP and SAML so that every
 * kind of secret is in play.
 */
class PulumiSelfHostedEcsValidationTest {
    private static final String CN = "cn-north-1";
    private static final String KEY = "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
    private static final String CERT = "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8";
    private static final String PUB1 = "subnet-0a1b2c3d4e5f60001";
    private static final String PRIV1 = "subnet-0a1b2c3d4e5f60011";
    private static final String PRIV2 = "subnet-0a1b2c3d4e5f60012";
    private static final String ISO2 = "subnet-0a1b2c3d4e5f60022";

    /**
     * @param install  the component name
     * @param region   the stack's {@code aws:region}; null for none
     * @param change   what differs from the valid sample
     * @param property the one property path that must be reported
     * @param fix      a fragment of the message that tells what would be valid
     */
    record Case(String install, @Nullable String region, UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change,
                String property, String fix) {
    }

    static Stream<Named<Case>> invalidInputs() {
        return Stream.of(
                // network: counts per tier, distinctness, id shapes
                bad("public tier without subnets", network(n -> n.publicSubnetIds(List.of())), "network.publicSubnetIds", "at least 2 public subnets"),
                bad("public tier with one subnet", network(n -> n.publicSubnetIds(PUB1)), "network.publicSubnetIds", "at least 2 public subnets"),
                bad("private tier with one subnet", network(n -> n.privateSubnetIds(PRIV1)), "network.privateSubnetIds", "at least 2 private subnets"),
                bad("isolated tier without subnets", network(n -> n.isolatedSubnetIds(List.of())), "network.isolatedSubnetIds", "at least 2 isolated subnets"),
                bad("isolated tier with one subnet", network(n -> n.isolatedSubnetIds(ISO2)), "network.isolatedSubnetIds", "at least 2 isolated subnets"),
                bad("same subnet twice in a tier", network(n -> n.privateSubnetIds(PRIV1, PRIV1)), "network.privateSubnetIds[1]", "list each subnet once"),
                bad("subnet in two tiers", network(n -> n.isolatedSubnetIds(PRIV2, ISO2)), "network.isolatedSubnetIds", "also listed in network.privateSubnetIds"),
                bad("vpc id too short", network(n -> n.vpcId("vpc-12345")), "network.vpcId", "8 or 17 lowercase hex digits"),
                bad("subnet id as vpc id", network(n -> n.vpcId("subnet-0a1b2c3d")), "network.vpcId", "e.g. vpc-0123456789abcdef0"),
                bad("subnet id in upper case", network(n -> n.publicSubnetIds("subnet-0A1B2C3D", PUB1)), "network.publicSubnetIds[0]", "e.g. subnet-0123456789abcdef0"),
                // ARNs: shape, region, partition, service, resource type, account
                bad("KMS key given as a bare name", a -> a.kmsKeyArn("pulumi-key"), "kmsKeyArn", "is not an ARN; expected e.g. arn:aws:kms:us-east-1:"),
                bad("certificate ARN cut short", domain(d -> d.certificateArn("arn:aws:acm:us-east-1")), "domain.certificateArn", "expected e.g. arn:aws:acm:us-east-1:"),
                bad("certificate from another region", domain(d -> d.certificateArn(arn("eu-west-1", "acm", CERT))), "domain.certificateArn", "same region"),
                bad("KMS key from another region", a -> a.kmsKeyArn(arn("us-west-2", "kms", KEY)), "kmsKeyArn", "same region"),
                bad("aws-cn KMS key in us-east-1", a -> a.kmsKeyArn(arn(CN, "kms", KEY)), "kmsKeyArn", "use an ARN that starts with arn:aws:"),
                bad("aws-cn certificate in us-east-1", domain(d -> d.certificateArn(arn(CN, "acm", CERT))), "domain.certificateArn", "partition 'aws-cn'"),
                bad(CN, "aws certificate in cn-north-1", domain(d -> d.certificateArn(arn(REGION, "acm", CERT))), "domain.certificateArn", "use an ARN that starts with arn:aws-cn:"),
                bad("KMS key given as certificate", domain(d -> d.certificateArn(arn(REGION, "kms", KEY))), "domain.certificateArn", "expected a 'acm' ARN"),
                bad("KMS alias ARN as key", a -> a.kmsKeyArn(arn(REGION, "kms", "alias/pulumi")), "kmsKeyArn", "is not a key ARN"),
                bad("KMS key ARN without account", a -> a.kmsKeyArn("arn:aws:kms:us-east-1::" + KEY), "kmsKeyArn", "12-digit account id"),
                // Fargate sizes, counts, autoscaling
                bad("API memory too small for its CPU", apiSizing(s -> s.cpu(2048).memory(2048)), "api.sizing.memory", "4096-16384 in steps of 1024"),
                bad("Console memory too big for its CPU", consoleSizing(s -> s.cpu(256).memory(4096)), "console.sizing.memory", "[512, 1024, 2048]"),
                bad("API CPU that Fargate lacks", apiSizing(s -> s.cpu(3000)), "api.sizing.cpu", "[256, 512, 1024, 2048, 4096, 8192, 16384]"),
                bad("Console CPU that Fargate lacks", consoleSizing(s -> s.cpu(100)), "console.sizing.cpu", "use one of [256, 512"),
                bad("API minimum of 0 tasks", apiSizing(s -> s.minCount(0)), "api.sizing.minCount", "use 1 or more"),
                bad("API maximum below minimum", apiSizing(s -> s.minCount(3).maxCount(2)), "api.sizing.maxCount", "raise api.sizing.maxCount or lower api.sizing.minCount"),
                bad("API desired count below minimum", apiSizing(s -> s.desiredCount(1)), "api.sizing.desiredCount", "within the autoscaling bounds"),
                bad("Console desired count above maximum", consoleSizing(s -> s.desiredCount(5)), "console.sizing.desiredCount", "(2..4)"),
                bad("API CPU target 95%", apiSizing(s -> s.cpuTargetPercent(95)), "api.sizing.cpuTargetPercent", "10-90 percent"),
                bad("Console memory target 5%", consoleSizing(s -> s.memoryTargetPercent(5)), "console.sizing.memoryTargetPercent", "10-90 percent"),
                bad("API grace period 60 s", api(s -> s.healthCheckGracePeriodSeconds(60)), "api.healthCheckGracePeriodSeconds", "120-7200 seconds"),
                bad("API engine events schema changed unacknowledged", api(s -> s.engineEventsSchemaV2(false)), "api.engineEventsSchemaV2", "api.engineEventsChangeAcknowledged to true"),
                bad("API legacy write changed unacknowledged", api(s -> s.engineEventsLegacyWrite(true)), "api.engineEventsLegacyWrite", "Pulumi support"),
                // CloudWatch retention
                bad("log retention of 10 days", a -> a.logRetentionDays(10), "logRetentionDays", "use one of 1, 3, 5, 7, 14, 30"),
                bad("log retention of 0 days", a -> a.logRetentionDays(0), "logRetentionDays", "365, 400"),
                // DNS
                bad("subdomain in upper case", domain(d -> d.subdomain("Pulumi")), "domain.subdomain", "lowercase letters"),
                bad("subdomain with underscore", domain(d -> d.subdomain("my_pulumi")), "domain.subdomain", "lowercase letters, digits or hyphens"),
                bad("subdomain with leading hyphen", domain(d -> d.subdomain("-pulumi")), "domain.subdomain", "not starting or ending with a hyphen"),
                bad("subdomain of 64 characters", domain(d -> d.subdomain("p".repeat(64))), "domain.subdomain", "1-63"),
                bad("zone name with empty label", domain(d -> d.zoneName("example..com")), "domain.zoneName", "labels are 1-63"),
                bad("API FQDN over 253 characters", domain(d -> d.zoneName(longZone())), "domain.zoneName", "limited to 253"),
                bad("zone id in lower case", domain(d -> d.zoneId("z0123456789abc")), "domain.zoneId", "e.g. Z0123456789ABCDEFGHIJ"),
                // images
                bad("empty image tag", images(i -> i.tag("")), "images.tag", "up to 128 letters, digits"),
                bad("image tag with spaces", images(i -> i.tag("2025 04 15")), "images.tag", "e.g. 20250101-abcdef0"),
                bad("image tag latest", images(i -> i.tag("latest")), "images.tag", "change it to upgrade"),
                bad("image tag of 129 characters", images(i -> i.tag("v".repeat(129))), "images.tag", "up to 128"),
                bad("registry given as URL", images(i -> i.registry("https://registry.example.com")), "images.registry", "no scheme, no path"),
                bad("registry with a path", images(i -> i.registry("registry.example.com/mirror")), "images.registry", "no scheme, no path"),
                bad("repository prefix in upper case", images(i -> i.repositoryPrefix("Mirror/Pulumi")), "images.repositoryPrefix", "e.g. mirror/pulumi"),
                bad("repository prefix with trailing slash", images(i -> i.repositoryPrefix("mirror/")), "images.repositoryPrefix", "lowercase letters, digits and separators"),
                // load balancer
                bad("CIDR without prefix length", lb(l -> l.ingressCidrs("203.0.113.0")), "loadBalancing.ingressCidrs[0]", "expected e.g. 203.0.113.0/24"),
                bad("CIDR with octet 256", lb(l -> l.ingressCidrs("10.0.0.0/8", "10.256.0.0/16")), "loadBalancing.ingressCidrs[1]", "octet above 255"),
                bad("CIDR with host bits", lb(l -> l.ingressCidrs("10.1.2.3/16")), "loadBalancing.ingressCidrs[0]", "e.g. 10.1.0.0/16"),
                bad("CIDR prefix 33", lb(l -> l.ingressCidrs("10.0.0.0/33")), "loadBalancing.ingressCidrs[0]", "0-32"),
                bad("empty allow-list", lb(l -> l.ingressCidrs(List.of())), "loadBalancing.ingressCidrs", "0.0.0.0/0 for everyone"),
                bad("TLS 1.2 SSL policy", lb(l -> l.sslPolicy("ELBSecurityPolicy-TLS-1-2-2017-01")), "loadBalancing.sslPolicy", "ELBSecurityPolicy-TLS13-"),
                bad("TLS 1.3 policy name with a typo", lb(l -> l.sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-6")), "loadBalancing.sslPolicy", "check the spelling"),
                bad("CIDR listed twice", lb(l -> l.ingressCidrs("10.0.0.0/8", "203.0.113.0/24", "10.0.0.0/8")), "loadBalancing.ingressCidrs[2]", "list each network once"),
                bad("access logs bucket in upper case", lb(l -> l.accessLogsBucket("My_Logs")), "loadBalancing.accessLogsBucket", "3-63 lowercase"),
                // SMTP, SAML, Turnstile, license
                bad("SMTP server without port", smtp(s -> s.server("smtp.example.com")), "smtp.server", "host:port"),
                bad("SMTP port 0", smtp(s -> s.server("smtp.example.com:0")), "smtp.server", "1-65535"),
                bad("SMTP sender not an email", smtp(s -> s.genericSender("pulumi")), "smtp.genericSender", "e.g. pulumi@example.com"),
                bad("SMTP user name empty", smtp(s -> s.username(" ")), "smtp.username", "set the SMTP user name"),
                bad("SMTP password empty", smtp(s -> s.password("")), "smtp.password", "set the SMTP password"),
                bad("SAML certificate not PEM", saml(s -> s.certificatePublicKey("MIIBkTCB+wIJAKHBfpegPjMC")), "saml.certificatePublicKey", "-----BEGIN CERTIFICATE-----"),
                bad("SAML certificate given as the private key", saml(s -> s.certificatePublicKey(SampleInstall.SAML_PRIVATE_KEY)), "saml.certificatePublicKey", "-----BEGIN CERTIFICATE-----"),
                bad("Turnstile site key empty", a -> a.recaptcha(RecaptchaArgs.builder().siteKey("").secretKey("turnstile-secret").build()), "recaptcha.siteKey", "Turnstile site key"),
                bad("Turnstile secret key empty", a -> a.recaptcha(RecaptchaArgs.builder().siteKey("0x4AAAAAAA").secretKey("").build()), "recaptcha.secretKey", "Turnstile secret key"),
                bad("license key blank", a -> a.licenseKey("  "), "licenseKey", "license key Pulumi gave you"),
                // database
                bad("instance class without db.", database(d -> d.instanceClass("r6g.large")), "database.instanceClass", "e.g. db.r6g.large"),
                // classes RDS knows but Aurora MySQL 3 does not offer, and sizes that do not exist
                bad("instance class of RDS, not Aurora", database(d -> d.instanceClass("db.m5.large")), "database.instanceClass", "Aurora MySQL 3 offers"),
                bad("instance class Aurora MySQL 3 dropped", database(d -> d.instanceClass("db.t2.micro")), "database.instanceClass", "medium and large only"),
                bad("instance size that does not exist", database(d -> d.instanceClass("db.r6g.huge")), "database.instanceClass", "e.g. db.r6g."),
                bad("burstable class too small for Aurora MySQL 3", database(d -> d.instanceClass("db.t3.small")), "database.instanceClass", "e.g. db.t3.large"),
                bad("engine version MySQL 5.7", database(d -> d.engineVersion("5.7.mysql_aurora.2.11.2")), "database.engineVersion", "needs MySQL 8.0"),
                bad("engine version Aurora 4", database(d -> d.engineVersion("8.0.mysql_aurora.4.00.0")), "database.engineVersion", DatabaseDefaults.ENGINE_VERSION),
                bad("16 readers", database(d -> d.readerCount(16)), "database.readerCount", "0-15 readers"),
                bad("backup retention 0 days", database(d -> d.backupRetentionDays(0)), "database.backupRetentionDays", "1-35 days"),
                bad("backup retention 36 days", database(d -> d.backupRetentionDays(36)), "database.backupRetentionDays", "1-35 days"),
                bad("backup window without minutes", database(d -> d.preferredBackupWindow("3-4")), "database.preferredBackupWindow", "e.g. 03:00-04:00"),
                bad("maintenance window without day", database(d -> d.preferredMaintenanceWindow("04:30-05:30")), "database.preferredMaintenanceWindow", "e.g. sun:04:30-sun:05:30"),
                bad("database name with hyphen", database(d -> d.databaseName("pulumi-db")), "database.databaseName", "letters, digits or underscores"),
                bad("unknown log export", database(d -> d.logExports("audit", "slow_query")), "database.logExports[1]", "slowquery"),
                // storage
                bad("noncurrent versions kept 0 days", storage(s -> s.noncurrentVersionExpirationDays(0)), "storage.noncurrentVersionExpirationDays", "1-3650 days"),
                bad("incomplete uploads kept 400 days", storage(s -> s.abortIncompleteUploadDays(400)), "storage.abortIncompleteUploadDays", "1-365 days"),
                // component name
                Named.of("name in upper case", new Case("Pulumi", REGION, a -> a, "name", "lowercase letters")),
                Named.of("name of 17 characters", new Case("selfhosted-pulumi", REGION, a -> a, "name", "1-16")),
                Named.of("name starting with a digit", new Case("1pulumi", REGION, a -> a, "name", "starting with a letter")),
                // RDS cluster identifiers refuse both; every other derived name accepts what they accept.
                Named.of("name ending with a hyphen", new Case("pulumi-", REGION, a -> a, "name", "not ending with a hyphen")),
                Named.of("name with two hyphens in a row", new Case("pulumi--prod", REGION, a -> a, "name", "without two hyphens in a row")),
                // region
                Named.of("no region anywhere", new Case("pulumi", null, a -> a, "region", "pulumi config set aws:region")),
                bad("region without number", a -> a.region("us-east"), "region", "regions like it: us-east-1, us-east-2"),
                bad("region in upper case", a -> a.region("US-EAST-1"), "region", "is not an AWS region"),
                // the SDK's region data, not the shape: eu-west-9 looks like a region
                bad("region that does not exist", a -> a.region("eu-west-9"), "region", "regions like it: eu-west-1, eu-west-2, eu-west-3"),
                // tags
                bad("tag with aws: prefix", a -> a.tags(tag("aws:team", "platform")), "tags[0].key", "reserved aws: prefix"),
                bad("tag key given twice", a -> a.tags(tag("team", "a"), tag("team", "b")), "tags[1].key", "give each tag key once"),
                bad("tag value of 256 characters", a -> a.tags(tag("team", "t".repeat(256))), "tags[0].value", "at most 255"),
                bad("tag key of 128 characters", a -> a.tags(tag("k".repeat(128), "x")), "tags[0].key", "1-127"),
                bad("tag key with a character ELB refuses", a -> a.tags(tag("cost#center", "4711")), "tags[0].key", "_ . : / = + - @ only"),
                bad("tag value with a character ELB refuses", a -> a.tags(tag("team", "platform;ops")), "tags[0].value", "_ . : / = + - @ only"),
                bad("tag key with a trailing space", a -> a.tags(tag("team ", "x")), "tags[0].key", "starts or ends with a space"),
                bad("tag overriding the component's own", a -> a.tags(tag("selfhosted-ecs:stack", "other")), "tags[0].key", "the component's own tags"),
                bad("49 tags", a -> a.tags(IntStream.range(0, 49).mapToObj(i -> tag("t" + i, "v")).toList()), "tags", "at most 48"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void rejectsBeforeRegisteringAnything(Case c) {
        var args = c.change().apply(SampleInstall.argsWithSecrets(c.region() == null ? REGION : c.region())).build();

        Plan plan = runner(c.region()).runComponent(ctx -> new PulumiSelfHostedEcs(c.install(), args, null));

        assertThat(plan.succeeded()).isFalse();
        assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        var e = (InvalidArgumentsException) plan.exceptions().get(0);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo(c.property());
            assertThat(p.message()).contains(c.fix());
        });
        assertThat(plan.resources()).as("resources registered despite invalid args").isEmpty();
        assertThat(e.getMessage()).doesNotContain(SECRET_MARKERS);
    }

    @Test
    void reportsEveryProblemInOneException() {
        var args = SampleInstall.argsWithSecrets(REGION)
                .network(NetworkArgs.builder(SampleInstall.network()).vpcId("vpc-1").build())
                .api(ApiArgs.builder().sizing(TaskSizingArgs.builder().cpu(3000).build()).build())
                .logRetentionDays(10)
                .tags(tag("aws:owner", "me"))
                .build();

        Plan plan = SampleInstall.runner(REGION).runComponent(ctx -> new PulumiSelfHostedEcs("Pulumi", args, null));

        assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        var e = (InvalidArgumentsException) plan.exceptions().get(0);
        assertThat(e.problems()).extracting(Problem::property)
                .containsExactly("name", "network.vpcId", "api.sizing.cpu", "logRetentionDays", "tags[0].key");
        assertThat(e.getMessage()).startsWith("Invalid PulumiSelfHostedEcsArgs (5 problems):")
                .contains("network.vpcId: 'vpc-1'", "api.sizing.cpu: 3000", "logRetentionDays: 10");
        assertThat(plan.resources()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-east-1", "us-gov-west-1", "cn-north-1"})
    void validSampleHasNoProblems(String region) {
        var problems = new AtomicReference<List<Problem>>();

        SampleInstall.runner(region)
                .run(ctx -> problems.set(PulumiSelfHostedEcs.validate("pulumi", SampleInstall.argsWithSecrets(region).build())))
                .requireSuccess();

        assertThat(problems.get()).isEmpty();
    }

    @Test
    void validSampleRegistersTheComponent() {
        // The control of the catalogue: with valid args the same runner does record the component.
        Plan plan = SampleInstall.runner(REGION)
                .runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", SampleInstall.argsWithSecrets(REGION).build(), null))
                .requireSuccess();

        assertThat(plan.resourcesOfType(PulumiSelfHostedEcs.TYPE)).hasSize(1);
    }

    @Test
    void regionFromArgsIsUsedWhenStackConfigHasNone() {
        assumeThat(System.getenv("AWS_REGION")).isNull();
        var problems = new AtomicReference<List<Problem>>();

        runner(null).run(ctx -> problems.set(PulumiSelfHostedEcs.validate("pulumi",
                SampleInstall.argsWithSecrets(CN).region(CN).build()))).requireSuccess();

        assertThat(problems.get()).isEmpty();
    }

    private static PlanRunner runner(@Nullable String region) {
        if (region != null) {
            return SampleInstall.runner(region);
        }
        // The region then comes from the environment, as the AWS provider's would.
        assumeThat(System.getenv("AWS_REGION")).isNull();
        assumeThat(System.getenv("AWS_DEFAULT_REGION")).isNull();
        return PlanRunner.create().project("selfhosted").stack("test").fakeAws(FakeAws.builder().region(REGION).build());
    }

    private static Named<Case> bad(String name, UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change, String property, String fix) {
        return bad(REGION, name, change, property, fix);
    }

    private static Named<Case> bad(String region, String name, UnaryOperator<PulumiSelfHostedEcsArgs.Builder> change,
                                   String property, String fix) {
        return Named.of(name, new Case("pulumi", region, change, property, fix));
    }

    private static String longZone() {
        // 247 characters: a valid zone, but api.pulumi.<zone> has 258.
        return String.join(".", "a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(60), "com");
    }

    private static TagArgs tag(String key, String value) {
        return TagArgs.builder().key(key).value(value).build();
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> network(UnaryOperator<NetworkArgs.Builder> c) {
        return a -> a.network(c.apply(NetworkArgs.builder(a.build().network())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> domain(UnaryOperator<DomainArgs.Builder> c) {
        return a -> a.domain(c.apply(DomainArgs.builder(a.build().domain())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> images(UnaryOperator<ContainerImagesArgs.Builder> c) {
        return a -> a.images(c.apply(ContainerImagesArgs.builder(a.build().images())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> api(UnaryOperator<ApiArgs.Builder> c) {
        return a -> a.api(c.apply(ApiArgs.builder(a.build().api())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> apiSizing(UnaryOperator<TaskSizingArgs.Builder> c) {
        return api(api -> api.sizing(c.apply(TaskSizingArgs.builder(api.build().sizing())).build()));
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> consoleSizing(UnaryOperator<TaskSizingArgs.Builder> c) {
        return a -> a.console(ConsoleArgs.builder(a.build().console())
                .sizing(c.apply(TaskSizingArgs.builder(a.build().console().sizing())).build()).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> database(UnaryOperator<DatabaseArgs.Builder> c) {
        return a -> a.database(c.apply(DatabaseArgs.builder(a.build().database())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> lb(UnaryOperator<LoadBalancingArgs.Builder> c) {
        return a -> a.loadBalancing(c.apply(LoadBalancingArgs.builder(a.build().loadBalancing())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> storage(UnaryOperator<StorageArgs.Builder> c) {
        return a -> a.storage(c.apply(StorageArgs.builder(a.build().storage())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> smtp(UnaryOperator<SmtpArgs.Builder> c) {
        return a -> a.smtp(c.apply(SmtpArgs.builder(a.build().smtp().orElseThrow())).build());
    }

    private static UnaryOperator<PulumiSelfHostedEcsArgs.Builder> saml(UnaryOperator<SamlArgs.Builder> c) {
        return a -> a.saml(c.apply(SamlArgs.builder(a.build().saml().orElseThrow())).build());
    }
}
