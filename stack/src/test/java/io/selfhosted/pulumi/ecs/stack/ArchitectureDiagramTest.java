package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.testing.PlanDiagram;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated diagram shows the optional parts of an install when it has them. */
class ArchitectureDiagramTest {
    @Test
    void theSearchDomainIsDrawnWithTheApiThatUsesIt() {
        String mermaid = PlanDiagram.mermaid(GoldenPlanTest.plan(Path.of("Pulumi.search.yaml")));

        assertThat(mermaid).contains("subgraph g_ServiceSearch_pulumi_search", "[(\"OpenSearch pulumi-search\")]",
                "ser_pulumi_api --> sea_pulumi_search");
    }

    @Test
    void theVpcEndpointsAreDrawnInTheirPart() {
        String mermaid = PlanDiagram.mermaid(GoldenPlanTest.plan(Path.of("Pulumi.air-gapped.yaml")));

        assertThat(mermaid).contains("subgraph g_VpcEndpoints_pulumi_endpoints", "{{\"VPC endpoint ecr.api (interface)\"}}",
                "{{\"VPC endpoint s3 (gateway)\"}}", "{{\"VPC endpoint email-smtp (interface)\"}}");
        assertThat(PlanDiagram.mermaid(GoldenPlanTest.plan(Path.of("Pulumi.sample.yaml")))).doesNotContain("VPC endpoint", "OpenSearch");
    }
}
