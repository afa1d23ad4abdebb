package io.selfhosted.pulumi.ecs.loadbalancing;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_SECURITY_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_TARGET_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;
import static io.selfhosted.pulumi.ecs.testing.aws.SecurityGroupRules.ingressRulesOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The front door: a TLS network load balancer in front of each backend. */
class ServiceIngressTest {
    private static final String CERTIFICATE = SampleInstall.arn(SampleInstall.REGION, "acm",
            "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8");
    private static final List<String> PUBLIC = List.of("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002");
    private static final List<String> PRIVATE = List.of("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012");

    private static final BackendArgs API = BackendArgs.builder()
            .name("api").hostName("api.pulumi.example.com").port(8080).healthCheckPath("/api/status").build();

    private static Plan standalone;

    @BeforeAll
    static void run() {
        standalone = loadBalancer(s -> s);
    }

    private static Plan loadBalancer(UnaryOperator<LoadBalancingArgs.Builder> settings) {
        return SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ServiceIngress("edge",
                ServiceIngressArgs.builder()
                        .vpcId("vpc-0a1b2c3d4e5f67890")
                        .publicSubnetIds(PUBLIC)
                        .privateSubnetIds(PRIVATE)
                        .certificateArn(CERTIFICATE)
                        .backends(API)
                        .settings(settings.apply(LoadBalancingArgs.builder()).build())
                        .build(), null)).requireSuccess();
    }

    @Test
    void isAPublicCrossZoneNetworkLoadBalancerWithDeletionProtection() {
        var lb = standalone.single(LB_LOAD_BALANCER);
        assertThat(lb.string("loadBalancerType")).isEqualTo("network");
        assertThat(lb.bool("internal")).isFalse();
        assertThat(lb.bool("enableDeletionProtection")).isTrue();
        assertThat(lb.bool("enableCrossZoneLoadBalancing")).isTrue();
        assertThat(lb.list("subnets")).containsExactlyElementsOf(PUBLIC);
        assertThat(lb.list("securityGroups")).hasSize(1);
    }

    @Test
    void admitsHttpsFromAnywhereByDefaultAndNothingElse() {
        var group = standalone.single(EC2_SECURITY_GROUP);
        assertThat(group.has("ingress")).isFalse();
        String groupId = standalone.single(LB_LOAD_BALANCER).string("securityGroups[0]");
        var ingress = ingressRulesOf(standalone, groupId);
        assertThat(ingress).hasSize(1).hasSameSizeAs(standalone.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE));
        assertHttpsOnly(ingress);
        assertThat(ingress).extracting(r -> r.string("cidrIpv4")).containsExactly("0.0.0.0/0");
        assertThat(standalone.resourcesOfType(VPC_SECURITY_GROUP_EGRESS_RULE)).isEmpty();
    }

    @Test
    void admitsExactlyTheAllowList() {
        Plan restricted = loadBalancer(s -> s.ingressCidrs("10.0.0.0/8", "192.168.10.0/24"));

        var ingress = restricted.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE);
        assertHttpsOnly(ingress);
        assertThat(ingress).extracting(r -> r.string("cidrIpv4")).containsExactlyInAnyOrder("10.0.0.0/8", "192.168.10.0/24");
    }

    @Test
    void terminatesTls13OnPort443WithTheCertificate() {
        var listener = standalone.single(LB_LISTENER);
        assertThat(listener.integer("port")).isEqualTo(443);
        assertThat(listener.string("protocol")).isEqualTo("TLS");
        assertThat(listener.string("certificateArn")).isEqualTo(CERTIFICATE);
        assertThat(listener.string("sslPolicy")).isEqualTo(LoadBalancingDefaults.SSL_POLICY).contains("TLS13");
        assertThat(listener.string("defaultActions[0].type")).isEqualTo("forward");
        assertThat(listener.string("defaultActions[0].targetGroupArn")).contains(":targetgroup/edge-api-lb-");
    }

    @Test
    void forwardsTcpToIpTargetsCheckedOverHttp() {
        var targets = standalone.single(LB_TARGET_GROUP);
        assertThat(targets.string("protocol")).isEqualTo("TCP");
        assertThat(targets.string("targetType")).isEqualTo("ip");
        assertThat(targets.integer("port")).isEqualTo(8080);
        assertThat(targets.bool("healthCheck.enabled")).isTrue();
        assertThat(targets.string("healthCheck.protocol")).isEqualTo("HTTP");
        assertThat(targets.string("healthCheck.path")).isEqualTo("/api/status");
    }

    @Test
    void insideTheInstallTheApiAndConsoleHaveTheirOwnPublicBalancers() {
        Plan plan = install(b -> b);

        assertThat(plan.resourcesOfType(LB_LOAD_BALANCER)).hasSize(2).allSatisfy(lb -> {
            assertThat(lb.bool("internal")).isFalse();
            assertThat(lb.string("loadBalancerType")).isEqualTo("network");
            assertThat(lb.list("subnets")).containsExactlyElementsOf(PUBLIC);
        });
        var api = plan.resource(LB_TARGET_GROUP, "pulumi-api-lb");
        assertThat(api.integer("port")).isEqualTo(8080);
        assertThat(api.string("healthCheck.path")).isEqualTo("/api/status");
        var console = plan.resource(LB_TARGET_GROUP, "pulumi-app-lb");
        assertThat(console.integer("port")).isEqualTo(3000);
        assertThat(console.string("healthCheck.path")).isEqualTo("/");
        assertThat(List.of(api, console)).allSatisfy(t -> {
            assertThat(t.string("protocol")).isEqualTo("TCP");
            assertThat(t.string("targetType")).isEqualTo("ip");
            assertThat(t.string("healthCheck.protocol")).isEqualTo("HTTP");
        });
        assertThat(plan.resourcesOfType(LB_LISTENER)).hasSize(2).allSatisfy(l -> {
            assertThat(l.string("certificateArn")).isEqualTo(CERTIFICATE);
            assertThat(l.string("sslPolicy")).contains("TLS13");
        });
    }

    @Test
    void internalModeUsesThePrivateSubnetsAndTheAllowList() {
        Plan plan = install(b -> b.loadBalancing(LoadBalancingArgs.builder().internal(true)
                .ingressCidrs("10.0.0.0/16").build()));

        assertThat(plan.resourcesOfType(LB_LOAD_BALANCER)).hasSize(2).allSatisfy(lb -> {
            assertThat(lb.bool("internal")).isTrue();
            assertThat(lb.list("subnets")).containsExactlyElementsOf(PRIVATE);
        });
        var lbIngress = plan.resourcesOfType(VPC_SECURITY_GROUP_INGRESS_RULE).stream()
                .filter(r -> r.parentType().orElse("").equals(ServiceIngress.TYPE)).toList();
        assertThat(lbIngress).hasSize(2);
        assertHttpsOnly(lbIngress);
        assertThat(lbIngress).extracting(r -> r.string("cidrIpv4")).containsOnly("10.0.0.0/16");
    }

    @Test
    void handsOutOneTargetPerBackendAndRefusesOthers() {
        var targets = new java.util.concurrent.atomic.AtomicReference<ServiceIngress>();
        SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> {
            var ingress = new ServiceIngress("edge", ServiceIngressArgs.builder()
                    .vpcId("vpc-0a1b2c3d4e5f67890").publicSubnetIds(PUBLIC).privateSubnetIds(PRIVATE).certificateArn(CERTIFICATE)
                    .backends(API, BackendArgs.builder().name("app").hostName("app.pulumi.example.com").port(3000).healthCheckPath("/").build())
                    .build(), null);
            targets.set(ingress);
            return ingress;
        }).requireSuccess();

        assertThat(targets.get().target("api")).isNotSameAs(targets.get().target("app"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> targets.get().target("search"))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("[api, app]");
    }

    @Test
    void eachBackendIsServedUnderItsOwnName() {
        Plan two = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ServiceIngress("edge", ServiceIngressArgs.builder()
                .vpcId("vpc-0a1b2c3d4e5f67890").publicSubnetIds(PUBLIC).privateSubnetIds(PRIVATE).certificateArn(CERTIFICATE)
                .backends(API, BackendArgs.builder().name("app").hostName("app.pulumi.example.com").port(3000).healthCheckPath("/").build())
                .build(), null)).requireSuccess();

        assertThat(two.resourcesOfType(LB_LOAD_BALANCER)).extracting(PlannedResource::name).containsExactlyInAnyOrder("edge-api-lb", "edge-app-lb");
        assertThat(two.resource(LB_TARGET_GROUP, "edge-app-lb").integer("port")).isEqualTo(3000);
    }

    private static void assertHttpsOnly(List<PlannedResource> rules) {
        assertThat(rules).isNotEmpty().allSatisfy(r -> {
            assertThat(r.string("ipProtocol")).isEqualTo("tcp");
            assertThat(r.integer("fromPort")).isEqualTo(443);
            assertThat(r.integer("toPort")).isEqualTo(443);
        });
    }
}
