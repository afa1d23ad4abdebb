package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Private installs keep their names out of public DNS; the installer's KMS key id form works.
 */
class PrivateInstallTest {

    @Test
    void internalLoadBalancersAreNamedInThePrivateZone() {
        List<Map<String, Object>> lookups = new ArrayList<>();
        Plan plan = SampleInstall.runner(SampleInstall.REGION)
                .fakeAws(FakeAws.builder().region(SampleInstall.REGION).onInvoke("aws:route53/getZone:getZone", args -> {
                    lookups.add(args);
                    return Map.of("zoneId", "Z0PRIVATEZONE01", "name", "example.com", "privateZone", true);
                }).build())
                .runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", SampleInstall.args()
                        .loadBalancing(LoadBalancingArgs.builder().internal(true).build()).build(), null))
                .requireSuccess();
        assertThat(lookups).singleElement().satisfies(args -> assertThat(args).containsEntry("privateZone", true));
        assertThat(plan.resourcesOfType(ROUTE53_RECORD))
                .allSatisfy(r -> assertThat(r.string("zoneId")).isEqualTo("Z0PRIVATEZONE01"));
    }

    @Test
    void internalLoadBalancersNeedAGivenCertificate() {
        Plan plan = SampleInstall.plan(b -> b
                .domain(DomainArgs.builder().zoneName("example.com").build())
                .loadBalancing(LoadBalancingArgs.builder().internal(true).build()));
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.problems()).anyMatch(p -> p.contains("domain.certificateArn") && p.contains("private zone"));
    }

    @Test
    void aKeyIdIsLookedUpToItsArn() {
        String keyId = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
        Plan plan = SampleInstall.plan(b -> b.kmsKeyArn(keyId)).requireSuccess();
        String arn = SampleInstall.arn(SampleInstall.REGION, "kms", "key/" + keyId);
        assertThat(plan.single(RDS_CLUSTER).string("kmsKeyId")).isEqualTo(arn);
        assertThat(plan.resourcesOfType(KMS_KEY)).isEmpty();
    }

    @Test
    void aMalformedKeyIsRefused() {
        Plan plan = SampleInstall.plan(b -> b.kmsKeyArn("my-key"));
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.problems()).anyMatch(p -> p.contains("kmsKeyArn"));
    }
}
