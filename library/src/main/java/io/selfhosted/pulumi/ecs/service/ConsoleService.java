package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerArgs;
import io.selfhosted.pulumi.ecs.fargate.ContainerSecretArgs;
import io.selfhosted.pulumi.ecs.fargate.EnvironmentVariableArgs;
import io.selfhosted.pulumi.ecs.fargate.FargateService;
import io.selfhosted.pulumi.ecs.fargate.FargateServiceArgs;
import io.selfhosted.pulumi.ecs.fargate.SecurityGroupAccessArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.service.ContainerVariables.env;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.flag;
import static io.selfhosted.pulumi.ecs.service.ContainerVariables.secret;

/**
 * The Pulumi Console ({@code pulumi/console}, port 3000, health {@code GET /}) as a
 * {@link FargateService}. The Console needs no AWS permissions, so its tasks get no task role;
 * they may only send HTTPS out (to the API's public name and the image registry).
 */
public class ConsoleService extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:service:ConsoleService";
    /** The Console container's name. */
    public static final String CONTAINER_NAME = "pulumi-console";
    /** The Console container's port. */
    public static final int PORT = 3000;
    /** The Console's health check path. */
    public static final String HEALTH_CHECK_PATH = "/";

    @Export(name = "serviceName", refs = String.class)
    private final Output<String> serviceName;

    @Export(name = "serviceArn", refs = String.class)
    private final Output<String> serviceArn;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    @Export(name = "logGroupName", refs = String.class)
    private final Output<String> logGroupName;

    @Export(name = "executionRoleArn", refs = String.class)
    private final Output<String> executionRoleArn;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    cluster, network, domains and the Console's settings
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ConsoleService(String name, ConsoleServiceArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var placement = args.placement();
        AwsPartition partition = DeploymentRegion.require(placement.region());
        var settings = args.settings();

        List<EnvironmentVariableArgs> env = new ArrayList<>(List.of(
                env("PULUMI_API", args.apiDomain().applyValue(d -> "https://" + d)),
                env("PULUMI_CONSOLE_DOMAIN", args.consoleDomain()),
                env("PULUMI_HOMEPAGE_DOMAIN", args.consoleDomain()),
                env("AWS_REGION", partition.region()),
                flag("SAML_SSO_ENABLED", args.samlSsoEnabled()),
                flag("PULUMI_HIDE_EMAIL_LOGIN", settings.hideEmailLogin()),
                flag("PULUMI_HIDE_EMAIL_SIGNUP", settings.hideEmailSignup())));
        args.recaptchaSiteKey().ifPresent(key -> env.add(env("RECAPTCHA_SITE_KEY", key)));
        List<ContainerSecretArgs> secrets = new ArrayList<>();
        args.agGridLicenseKeySecret().ifPresent(ref -> secrets.add(secret("AG_GRID_LICENSE_KEY", ref)));

        var console = ContainerImages.pulledFrom(ContainerArgs.builder(), args.images(), args.registryCredentialsSecretArn())
                .name(CONTAINER_NAME)
                .image(ContainerImages.of(args.images(), "console"))
                .port(PORT)
                .environment(env)
                .secrets(secrets)
                .build();

        var serviceArgs = FargateServiceArgs.builder()
                .placement(placement)
                .containers(console)
                .sizing(settings.sizing())
                .target(args.target())
                .loadBalancedContainerName(CONTAINER_NAME)
                .loadBalancedContainerPort(PORT)
                .egressRules(TaskEgress.rules(args.egress(), "HTTPS to the API and the image registry", java.util.Optional.empty()))
                .deploymentTimeoutMinutes(args.deploymentTimeoutMinutes())
                .logRetentionDays(args.logRetentionDays())
                .tags(args.tags());
        args.secretsKmsKeyArn().ifPresent(serviceArgs::secretsKmsKeyArn);
        args.deploymentGate().ifPresent(serviceArgs::deploymentGate);
        args.apiLoadBalancerSecurityGroupId().ifPresent(apiGroup -> serviceArgs.peerSecurityGroups(SecurityGroupAccessArgs.builder()
                .name("api-lb")
                .securityGroupId(apiGroup)
                .port(443)
                .description("Console server to the API load balancer")
                .build()));
        var service = new FargateService(name, serviceArgs.build(), ComponentResourceOptions.builder().parent(this).build());

        this.serviceName = service.serviceName();
        this.serviceArn = service.serviceArn();
        this.securityGroupId = service.securityGroupId();
        this.logGroupName = service.logGroupName();
        this.executionRoleArn = service.executionRoleArn();
        registerOutputs(Map.of("serviceName", serviceName, "serviceArn", serviceArn, "securityGroupId", securityGroupId,
                "logGroupName", logGroupName, "executionRoleArn", executionRoleArn));
    }

    private static ComponentResourceOptions validated(ConsoleServiceArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ConsoleServiceArgs");
        }
        ServiceValidation.consoleService(problems, args);
        problems.throwIfAny("ConsoleServiceArgs");
        return options;
    }

    /** The Console's ECS service (ARN). */
    public Output<String> serviceArn() {
        return serviceArn;
    }

    /** The Console's ECS service name. */
    public Output<String> serviceName() {
        return serviceName;
    }

    /** The Console tasks' security group. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /** The Console log group. */
    public Output<String> logGroupName() {
        return logGroupName;
    }

    /** The role ECS starts the Console tasks with: it reads the Console's secrets. The Console calls no AWS API itself. */
    public Output<String> executionRoleArn() {
        return executionRoleArn;
    }
}
