package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.aws.ecs.Cluster;
import com.pulumi.aws.ecs.ClusterArgs;
import com.pulumi.aws.ecs.ClusterCapacityProviders;
import com.pulumi.aws.ecs.ClusterCapacityProvidersArgs;
import com.pulumi.aws.ecs.inputs.ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;

import javax.annotation.Nullable;
import java.util.Map;

/**
 * The one ECS cluster of the install (the official installers make three), with CloudWatch
 * Container Insights and Fargate capacity.
 */
public class FargateCluster extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:fargate:FargateCluster";

    @Export(name = "clusterName", refs = String.class)
    private final Output<String> clusterName;

    @Export(name = "clusterArn", refs = String.class)
    private final Output<String> clusterArn;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    cluster settings
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public FargateCluster(String name, FargateClusterArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var cluster = new Cluster(name, ClusterArgs.builder()
                .settings(ClusterSettingArgs.builder().name("containerInsights").value(args.containerInsights()).build())
                .tags(ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name)))
                .build(), ChildOptions.of(this));
        var capacity = new ClusterCapacityProviders(name, ClusterCapacityProvidersArgs.builder()
                .clusterName(cluster.name())
                .capacityProviders("FARGATE")
                .defaultCapacityProviderStrategies(ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs.builder()
                        .capacityProvider("FARGATE").weight(1).base(0).build())
                .build(), ChildOptions.of(this));
        // A service that asks for the FARGATE capacity provider fails unless the cluster already
        // has it: the outputs carry the association, so every service waits for it.
        this.clusterName = Output.tuple(capacity.id(), cluster.name()).applyValue(t -> t.t2);
        this.clusterArn = Output.tuple(capacity.id(), cluster.arn()).applyValue(t -> t.t2);
        registerOutputs(Map.of("clusterName", clusterName, "clusterArn", clusterArn));
    }

    private static ComponentResourceOptions validated(FargateClusterArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("FargateClusterArgs");
        }
        FargateValidation.cluster(problems, args);
        problems.throwIfAny("FargateClusterArgs");
        return options;
    }

    /** The cluster's name. */
    public Output<String> clusterName() {
        return clusterName;
    }

    /** The cluster's ARN. */
    public Output<String> clusterArn() {
        return clusterArn;
    }
}
