package io.selfhosted.pulumi.ecs.dns;

import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import static io.selfhosted.pulumi.ecs.SampleInstall.runner;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static io.selfhosted.pulumi.ecs.testing.aws.TaskDefinitions.environment;
import static org.assertj.core.api.Assertions.assertThat;

/** Alias records for the API and the Console, in the zone found by name or given by id. */
class ServiceDnsTest {
    private static final String GET_ZONE = "aws:route53/getZone:getZone";
    private static final String LOOKED_UP_ZONE = "Z0LOOKEDUP12345";

    /** Arguments of every hosted zone lookup of the last run. */
    private final List<Map<String, Object>> lookups = new CopyOnWriteArrayList<>();

    private Plan install(UnaryOperator<DomainArgs.Builder> domain) {
        return runner(SampleInstall.REGION, fake -> fake.onInvoke(GET_ZONE, this::zone)).run(ctx -> {
            var install = new PulumiSelfHostedEcs("pulumi", SampleInstall.args()
                    .domain(domain.apply(DomainArgs.builder().zoneName("example.com").subdomain("pulumi")
                            .certificateArn(SampleInstall.arn(SampleInstall.REGION, "acm",
                                    "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8"))).build())
                    .build(), null);
            ctx.export("apiLb", install.apiLoadBalancerDnsName());
            ctx.export("apiLbZone", install.apiLoadBalancerZoneId());
            ctx.export("appLb", install.consoleLoadBalancerDnsName());
            ctx.export("appLbZone", install.consoleLoadBalancerZoneId());
        }).requireSuccess();
    }

    private Map<String, Object> zone(Map<String, Object> args) {
        lookups.add(args);
        return Map.of("id", LOOKED_UP_ZONE, "zoneId", LOOKED_UP_ZONE, "name", String.valueOf(args.get("name")),
                "arn", "arn:aws:route53:::hostedzone/" + LOOKED_UP_ZONE, "privateZone", false,
                "nameServers", List.of("ns-1.awsdns-01.org"), "resourceRecordSetCount", 2, "tags", Map.of());
    }

    @Test
    void aliasesPointApiAndAppAtTheirLoadBalancers() {
        Plan plan = install(d -> d);

        var api = plan.resource(ROUTE53_RECORD, "pulumi-dns-api");
        var app = plan.resource(ROUTE53_RECORD, "pulumi-dns-app");
        assertThat(plan.resourcesOfType(ROUTE53_RECORD)).hasSize(2);
        assertAlias(api, "api.pulumi.example.com", plan.output("apiLb").value(), plan.output("apiLbZone").value());
        assertAlias(app, "app.pulumi.example.com", plan.output("appLb").value(), plan.output("appLbZone").value());
        assertThat(api.string("aliases[0].name")).isNotEqualTo(app.string("aliases[0].name"));
    }

    @Test
    void theZoneIsLookedUpByNameWhenNoIdIsGiven() {
        Plan plan = install(d -> d);

        assertThat(lookups).isNotEmpty().allSatisfy(args -> {
            assertThat(args).containsEntry("name", "example.com");
            assertThat(args.get("privateZone")).isEqualTo(false);
        });
        assertThat(plan.resourcesOfType(ROUTE53_RECORD)).allSatisfy(r -> assertThat(r.string("zoneId")).isEqualTo(LOOKED_UP_ZONE));
    }

    @Test
    void aGivenZoneIdIsUsedWithoutLookup() {
        Plan plan = install(d -> d.zoneId("Z0GIVEN0000001"));

        assertThat(lookups).isEmpty();
        assertThat(plan.resourcesOfType(ROUTE53_RECORD)).hasSize(2)
                .allSatisfy(r -> assertThat(r.string("zoneId")).isEqualTo("Z0GIVEN0000001"));
    }

    @Test
    void withoutSubdomainTheNamesSitDirectlyInTheZone() {
        Plan plan = runner(SampleInstall.REGION, fake -> fake.onInvoke(GET_ZONE, this::zone))
                .runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", SampleInstall.args()
                        .domain(DomainArgs.builder().zoneName("example.com").certificateArn(SampleInstall.arn(
                                SampleInstall.REGION, "acm", "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8")).build())
                        .build(), null)).requireSuccess();

        assertThat(plan.resourcesOfType(ROUTE53_RECORD)).extracting(r -> r.string("name"))
                .containsExactlyInAnyOrder("api.example.com", "app.example.com");
        assertThat(environment(plan.resource(ECS_TASK_DEFINITION, "pulumi-api"), "pulumi-service"))
                .containsEntry("PULUMI_API_DOMAIN", "api.example.com")
                .containsEntry("PULUMI_CONSOLE_DOMAIN", "app.example.com");
    }

    @Test
    void standaloneRecordsAreNamedAfterTheirFirstLabel() {
        Plan plan = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ServiceDns("dns",
                ServiceDnsArgs.builder()
                        .zoneId("Z0GIVEN0000001")
                        .records(AliasRecordArgs.builder().name("api.example.org").targetDnsName("lb-1.elb.example")
                                        .targetZoneId("Z0LB000000001").build(),
                                AliasRecordArgs.builder().name("app.example.org").targetDnsName("lb-2.elb.example")
                                        .targetZoneId("Z0LB000000002").build())
                        .build(), null)).requireSuccess();

        assertAlias(plan.resource(ROUTE53_RECORD, "dns-api"), "api.example.org", "lb-1.elb.example", "Z0LB000000001");
        assertAlias(plan.resource(ROUTE53_RECORD, "dns-app"), "app.example.org", "lb-2.elb.example", "Z0LB000000002");
        assertThat(plan.resourcesOfType(ROUTE53_RECORD)).allSatisfy(r -> assertThat(r.string("zoneId")).isEqualTo("Z0GIVEN0000001"));
    }

    private static void assertAlias(PlannedResource record, String name, Object targetDns, Object targetZone) {
        assertThat(targetDns).isNotNull();
        assertThat(record.string("name")).isEqualTo(name);
        assertThat(record.string("type")).isEqualTo("A");
        assertThat(record.list("aliases")).hasSize(1);
        assertThat(record.string("aliases[0].name")).isEqualTo(targetDns);
        assertThat(record.string("aliases[0].zoneId")).isEqualTo(targetZone);
        assertThat(record.bool("aliases[0].evaluateTargetHealth")).isTrue();
    }
}
