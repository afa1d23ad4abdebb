package io.selfhosted.pulumi.ecs;

import com.pulumi.Context;
import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.database.AuroraDatabase;
import io.selfhosted.pulumi.ecs.database.AuroraDatabaseArgs;
import io.selfhosted.pulumi.ecs.database.DatabaseArgs;
import io.selfhosted.pulumi.ecs.dns.AliasRecordArgs;
import io.selfhosted.pulumi.ecs.dns.ServiceCertificate;
import io.selfhosted.pulumi.ecs.dns.ServiceCertificateArgs;
import io.selfhosted.pulumi.ecs.dns.ServiceDns;
import io.selfhosted.pulumi.ecs.dns.ServiceDnsArgs;
import io.selfhosted.pulumi.ecs.kms.ServiceKey;
import io.selfhosted.pulumi.ecs.kms.ServiceKeyArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerDependencyArgs;
import io.selfhosted.pulumi.ecs.fargate.EgressRuleArgs;
import io.selfhosted.pulumi.ecs.fargate.EnvironmentVariableArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateCluster;
import io.selfhosted.pulumi.ecs.fargate.FargateClusterArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateService;
import io.selfhosted.pulumi.ecs.fargate.FargateServiceArgs;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.BackendArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.ServiceIngress;
import io.selfhosted.pulumi.ecs.loadbalancing.ServiceIngressArgs;
import io.selfhosted.pulumi.ecs.secrets.ServiceSecrets;
import io.selfhosted.pulumi.ecs.secrets.ServiceSecretsArgs;
import io.selfhosted.pulumi.ecs.service.ApiService;
import io.selfhosted.pulumi.ecs.service.ApiServiceArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleService;
import io.selfhosted.pulumi.ecs.service.ConsoleServiceArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.SmtpDeliveryArgs;
import io.selfhosted.pulumi.ecs.storage.ServiceStorage;
import io.selfhosted.pulumi.ecs.storage.ServiceStorageArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.fargate.PlacementArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import io.selfhosted.pulumi.ecs.testing.aws.AwsTypes;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.selfhosted.pulumi.ecs.SampleInstall.REGION;
import static io.selfhosted.pulumi.ecs.SampleInstall.arn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every part is a public component usable on its own, so each validates its own Args: problems
 * are named by that Args' property paths, and nothing is registered. Each bad input differs from
 * the part's valid Args (see {@link #validArgsRegisterThePart}) by one property.
 */
class PartArgsValidationTest {
    private static final String VPC = SampleInstall.VPC;
    private static final String KMS = SampleInstall.KMS_KEY;
    private static final String PASSWORD_MARKER = "DB-PASSWORD-MARKER-0c4e";

    /**
     * @param create   creates the part under test
     * @param type     its type token
     * @param subject  the Args class named in the exception
     * @param property the one property path reported ({@code null} for a valid case)
     * @param fix      a fragment of the message
     */
    record PartCase(Function<Context, Object> create, String type, String subject, String property, String fix) {
    }

    static Stream<Named<PartCase>> invalidParts() {
        return Stream.of(
                bad("AuroraDatabase with one isolated subnet", database(b -> b.subnetIds("subnet-0a1b2c3d4e5f60021")), "subnetIds", "at least 2 isolated"),
                bad("AuroraDatabase with malformed vpc id", database(b -> b.vpcId("vpc-xyz")), "vpcId", "e.g. vpc-0123456789abcdef0"),
                bad("AuroraDatabase keeping backups 36 days", database(b -> b.settings(DatabaseArgs.builder().backupRetentionDays(36).build())),
                        "settings.backupRetentionDays", "1-35 days"),
                bad("ServiceIngress with relative health check path", ingress(b -> b.healthCheckPath("api/status")), "backends[0].healthCheckPath", "start with '/'"),
                bad("ServiceIngress on port 0", ingress(b -> b.port(0)), "backends[0].port", "1-65535"),
                bad("ServiceIngress with host-bit CIDR", ingressWith(b -> b.settings(LoadBalancingArgs.builder().ingressCidrs("10.0.0.1/8").build())),
                        "settings.ingressCidrs[0]", "e.g. 10.0.0.0/8"),
                bad("FargateService with invalid size", fargate(b -> b.sizing(TaskSizingArgs.builder().cpu(1024).memory(512).build())),
                        "sizing.memory", "2048-8192"),
                bad("FargateService with two containers of one name", fargate(b -> b.containers(container("app"), container("app"))),
                        "containers[1].name", "name each container once"),
                bad("FargateService with a secret in plain env", fargate(b -> b.containers(ContainerArgs.builder(container("app"))
                                .environment(EnvironmentVariableArgs.builder().name("TOKEN").value(Output.ofSecret(PASSWORD_MARKER)).build()).build())),
                        "containers[0].environment[0].value", "ContainerSecretArgs"),
                bad("FargateService with unknown dependency condition", fargate(b -> b.containers(ContainerArgs.builder(container("app"))
                                .dependsOn(ContainerDependencyArgs.builder().containerName("init").condition("DONE").build()).build())),
                        "containers[0].dependsOn[0].condition", "START, COMPLETE, SUCCESS or HEALTHY"),
                bad("FargateService with malformed egress CIDR", fargate(b -> b.egressRules(EgressRuleArgs.builder().port(443).cidr("0.0.0.0").description("HTTPS").build())),
                        "egressRules[0].cidr", "e.g. 203.0.113.0/24"),
                bad("ServiceSecrets with reserved user name", secrets(b -> b.databaseUsername("admin")), "databaseUsername", "reserved names admin and rdsadmin"),
                bad("ServiceSecrets with 3-day recovery window", secrets(b -> b.recoveryWindowDays(3)), "recoveryWindowDays", "7-30 days"),
                bad("ServiceStorage keeping uploads 0 days", storage(b -> b.settings(StorageArgs.builder().abortIncompleteUploadDays(0).build())),
                        "settings.abortIncompleteUploadDays", "1-365 days"),
                bad("ServiceKey with 5-day deletion window", key(b -> b.deletionWindowDays(5)), "deletionWindowDays", "7-30 days"),
                bad("FargateCluster with insights 'on'", cluster(b -> b.containerInsights("on")), "containerInsights", "enabled, enhanced or disabled"),
                bad("ServiceDns with an invalid name", dns(b -> b.records(alias("api_pulumi.example.com"))), "records[0].name", "labels are 1-63"),
                bad("ServiceDns with two records of one first label", dns(b -> b.records(alias("api.example.com"), alias("api.example.org"))),
                        "records[1].name", "distinct first label"),
                bad("ServiceCertificate for an invalid domain", certificate(b -> b.domainName("pulumi..example.com")), "domainName", "labels are 1-63"),
                bad("ServiceCertificate with an invalid alternative name", certificate(b -> b.subjectAlternativeNames("api.pulumi.example.com", "app_pulumi.example.com")),
                        "subjectAlternativeNames[1]", "labels are 1-63"),
                bad("ApiService with one private subnet", api(b -> b.placement(SampleInstall.placement().subnetIds("subnet-0a1b2c3d4e5f60011").build())),
                        "placement.subnetIds", "at least 2 private"),
                bad("ConsoleService pinned to latest", console(b -> b.images(ContainerImagesArgs.builder().tag("latest").build())), "images.tag", "not pinned"));
    }

    static Stream<Named<PartCase>> validParts() {
        return Stream.of(
                valid("AuroraDatabase", database(b -> b)),
                valid("ServiceIngress", ingress(b -> b)),
                valid("FargateService", fargate(b -> b)),
                valid("ServiceSecrets", secrets(b -> b)),
                valid("ServiceStorage", storage(b -> b)),
                valid("ServiceKey", key(b -> b)),
                valid("FargateCluster", cluster(b -> b)),
                valid("ServiceDns", dns(b -> b)),
                valid("ServiceCertificate", certificate(b -> b)),
                valid("ApiService", api(b -> b)),
                valid("ConsoleService", console(b -> b)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParts")
    void partRejectsItsOwnBadArgs(PartCase c) {
        Plan plan = SampleInstall.runner(REGION).runComponent(c.create());

        assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
        var e = (InvalidArgumentsException) plan.exceptions().get(0);
        assertThat(e.getMessage()).startsWith("Invalid " + c.subject() + " (1 problem)");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo(c.property());
            assertThat(p.message()).contains(c.fix());
        });
        assertThat(plan.resources()).isEmpty();
        assertThat(e.getMessage()).doesNotContain(PASSWORD_MARKER).doesNotContain(SampleInstall.SECRET_MARKERS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validParts")
    void validArgsRegisterThePart(PartCase c) {
        Plan plan = SampleInstall.runner(REGION).runComponent(c.create()).requireSuccess();

        assertThat(plan.resourcesOfType(c.type())).hasSize(1);
    }

    private static Named<PartCase> bad(String name, Named<PartCase> part, String property, String fix) {
        var p = part.getPayload();
        return Named.of(name, new PartCase(p.create(), p.type(), p.subject(), property, fix));
    }

    private static Named<PartCase> valid(String name, Named<PartCase> part) {
        return Named.of(name, part.getPayload());
    }

    private static Named<PartCase> part(String type, String subject, Function<Context, Object> create) {
        return Named.of(subject, new PartCase(create, type, subject, null, null));
    }

    private static Named<PartCase> database(UnaryOperator<AuroraDatabaseArgs.Builder> change) {
        return part(AuroraDatabase.TYPE, "AuroraDatabaseArgs", ctx -> new AuroraDatabase("db", change.apply(AuroraDatabaseArgs.builder()
                .vpcId(VPC).subnetIds(SampleInstall.network().isolatedSubnetIds()).kmsKeyArn(KMS)
                .masterUsername("pulumi_admin").masterPassword(Output.ofSecret(PASSWORD_MARKER))).build(), null));
    }

    private static Named<PartCase> ingress(UnaryOperator<BackendArgs.Builder> backend) {
        return ingressWith(b -> b.backends(backend.apply(BackendArgs.builder()
                .name("api").hostName("api.pulumi.example.com").port(8080).healthCheckPath("/api/status")).build()));
    }

    private static Named<PartCase> ingressWith(UnaryOperator<ServiceIngressArgs.Builder> change) {
        return part(ServiceIngress.TYPE, "ServiceIngressArgs", ctx -> new ServiceIngress("pulumi", change.apply(ServiceIngressArgs.builder()
                .vpcId(VPC).publicSubnetIds(SampleInstall.network().publicSubnetIds()).privateSubnetIds(SampleInstall.network().privateSubnetIds())
                .certificateArn(arn(REGION, "acm", "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8"))
                .backends(BackendArgs.builder().name("api").hostName("api.pulumi.example.com").port(8080).healthCheckPath("/api/status").build()))
                .build(), null));
    }

    private static ContainerArgs container(String name) {
        return ContainerArgs.builder().name(name).image("pulumi/service:20250415-3b9e42c").build();
    }

    private static Named<PartCase> fargate(UnaryOperator<FargateServiceArgs.Builder> change) {
        return part(FargateService.TYPE, "FargateServiceArgs", ctx -> new FargateService("svc", change.apply(FargateServiceArgs.builder()
                .placement(SampleInstall.placement().build())
                .sizing(TaskSizingArgs.builder().cpu(1024).memory(2048).build()).containers(container("app"))).build(), null));
    }

    private static Named<PartCase> secrets(UnaryOperator<ServiceSecretsArgs.Builder> change) {
        return part(ServiceSecrets.TYPE, "ServiceSecretsArgs", ctx -> new ServiceSecrets("secrets", change.apply(ServiceSecretsArgs.builder()
                .kmsKeyArn(KMS).licenseKey(SampleInstall.LICENSE_KEY)).build(), null));
    }

    private static Named<PartCase> storage(UnaryOperator<ServiceStorageArgs.Builder> change) {
        return part(ServiceStorage.TYPE, "ServiceStorageArgs", ctx -> new ServiceStorage("storage",
                change.apply(ServiceStorageArgs.builder().kmsKeyArn(KMS)).build(), null));
    }

    private static Named<PartCase> key(UnaryOperator<ServiceKeyArgs.Builder> change) {
        return part(ServiceKey.TYPE, "ServiceKeyArgs", ctx -> new ServiceKey("key", change.apply(ServiceKeyArgs.builder()).build(), null));
    }

    private static Named<PartCase> cluster(UnaryOperator<FargateClusterArgs.Builder> change) {
        return part(FargateCluster.TYPE, "FargateClusterArgs", ctx -> new FargateCluster("pulumi", change.apply(FargateClusterArgs.builder()).build(), null));
    }

    private static AliasRecordArgs alias(String name) {
        return AliasRecordArgs.builder().name(name).targetDnsName("pulumi-api-lb-0123456789.elb.example.com").targetZoneId("Z26RNL4JYFTOTI").build();
    }

    private static Named<PartCase> dns(UnaryOperator<ServiceDnsArgs.Builder> change) {
        return part(ServiceDns.TYPE, "ServiceDnsArgs", ctx -> new ServiceDns("dns", change.apply(ServiceDnsArgs.builder()
                .zoneId("Z0123456789ABCDEFGHIJ").records(alias("api.pulumi.example.com"), alias("app.pulumi.example.com"))).build(), null));
    }

    private static Named<PartCase> certificate(UnaryOperator<ServiceCertificateArgs.Builder> change) {
        return part(ServiceCertificate.TYPE, "ServiceCertificateArgs", ctx -> new ServiceCertificate("cert", change.apply(ServiceCertificateArgs.builder()
                .domainName("pulumi.example.com").subjectAlternativeNames("api.pulumi.example.com", "app.pulumi.example.com")
                .zoneId("Z0123456789ABCDEFGHIJ")).build(), null));
    }

    private static Named<PartCase> api(UnaryOperator<ApiServiceArgs.Builder> change) {
        return part(ApiService.TYPE, "ApiServiceArgs", ctx -> new ApiService("api", change.apply(SampleInstall.apiService()).build(), null));
    }

    private static Named<PartCase> console(UnaryOperator<ConsoleServiceArgs.Builder> change) {
        return part(ConsoleService.TYPE, "ConsoleServiceArgs", ctx -> new ConsoleService("console",
                change.apply(SampleInstall.consoleService()).build(), null));
    }

    @Test
    void halfALoadBalancerIsRefusedWithBothMissingPropertiesAtOnce() {
        var half = FargateServiceArgs.builder().placement(SampleInstall.placement().build())
                .sizing(TaskSizingArgs.builder().cpu(1024).memory(2048).build()).containers(container("app"))
                .target(SampleInstall.target("api")).build();

        Plan plan = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new FargateService("app", half, null));
        assertThat(plan.resources()).extracting(PlannedResource::type).doesNotContain(AwsTypes.ECS_SERVICE);
        assertThat(plan.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).extracting(Problem::property)
                        .contains("loadBalancedContainerName", "loadBalancedContainerPort"));
    }

    @Test
    void everyUnsetRequiredPropertyIsReportedTogetherWithItsPath() {
        var userHalf = io.selfhosted.pulumi.ecs.service.SmtpArgs.builder().server("smtp.example.com:587").build();
        assertThat(userHalf.problems()).extracting(Problem::property).containsExactlyInAnyOrder("username", "password", "genericSender");
        var half = SmtpDeliveryArgs.builder().server("smtp.example.com:587").build();

        // A part reports the unset properties of the groups it holds too, by path, before any rule.
        Plan plan = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ApiService("api",
                SampleInstall.apiService().placement(PlacementArgs.builder().clusterName("pulumi").build())
                        .smtp(half).licenseKeySecret((com.pulumi.core.Output<String>) null).build(), null));
        assertThat(plan.exceptions()).singleElement().isInstanceOfSatisfying(InvalidArgumentsException.class, e ->
                assertThat(e.problems()).extracting(Problem::property).contains("licenseKeySecret", "placement.clusterArn",
                        "placement.vpcId", "placement.subnetIds", "smtp.username", "smtp.genericSender", "smtp.passwordSecret"));
    }
}
