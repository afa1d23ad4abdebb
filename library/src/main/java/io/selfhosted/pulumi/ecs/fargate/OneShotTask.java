package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.asset.AssetArchive;
import com.pulumi.asset.StringAsset;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.lambda.Function;
import com.pulumi.aws.lambda.FunctionArgs;
import com.pulumi.aws.lambda.Invocation;
import com.pulumi.aws.lambda.InvocationArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.Json;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One container run to completion on Fargate, once per task definition revision, as a step of
 * {@code pulumi up} that Pulumi tracks in its state: a task definition of its own, and a small
 * Lambda function (its code ships in this library) invoked by an {@code aws.lambda.Invocation}
 * resource whose triggers are the task definition and the given values. The function starts the
 * task and waits for it: the invocation, and so {@code pulumi up}, succeeds only when the
 * container exits 0, and fails with the exit code or stop reason, the task ARN and the log stream
 * otherwise. It never runs during a preview.
 *
 * <p>Why a Lambda function: the Pulumi Java SDK has no dynamic providers, a command provider
 * would be a second plugin and would run on the machine of whoever runs {@code pulumi up}, and
 * the ECS service resource only starts long-running tasks. An invocation is a resource of the AWS
 * provider, recorded in state with its result, re-run exactly when its triggers change, and it
 * creates nothing outside Pulumi's state but the task it starts.
 *
 * <p>What the run guarantees (see the runner's own comments and tests): a run of the same family
 * in progress is waited for, never duplicated, even when two {@code pulumi up} overlap; a task
 * that exits within a second is handled; a run that outlives one invocation (15 minutes at most)
 * fails that {@code pulumi up} saying so, and the next one waits for the same task.
 */
public class OneShotTask extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:fargate:OneShotTask";

    /** The runtime of the runner: it has the AWS SDK for JavaScript v3 built in. */
    public static final String RUNNER_RUNTIME = "nodejs22.x";

    private static final String RUNNER_SOURCE = "/io/selfhosted/pulumi/ecs/fargate/one-shot-runner/";

    @Export(name = "taskDefinitionArn", refs = String.class)
    private final Output<String> taskDefinitionArn;

    @Export(name = "logGroupName", refs = String.class)
    private final Output<String> logGroupName;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    @Export(name = "result", refs = String.class)
    private final Output<String> result;

    @Export(name = "executionRoleArn", refs = String.class)
    private final Output<String> executionRoleArn;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    placement, container, network access and the run's bounds
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public OneShotTask(String name, OneShotTaskArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var placement = args.placement();
        AwsPartition partition = DeploymentRegion.require(placement.region());
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        var container = args.container();
        List<ContainerArgs> containers = List.of(container);

        var foundation = new TaskFoundation(this, name, partition, placement, containers,
                new TaskFoundation.Access(args.egressRules(), args.peerSecurityGroups(),
                        java.util.Optional.empty(), java.util.Optional.empty()),
                args.secretsKmsKeyArn(), args.logRetentionDays(), java.util.Optional.empty(),
                "Pulumi Service one-shot task: only what it needs out", tags);
        var taskDefinition = new TaskDefinition(name, foundation.taskDefinition(containers, args.cpu(), args.memory()).build(),
                ChildOptions.of(this));

        String functionName = PhysicalNames.of(name, "runner", 64);
        var runnerLogs = new LogGroup(name + "-runner", LogGroupArgs.builder()
                .name("/aws/lambda/" + functionName)
                .retentionInDays(args.logRetentionDays())
                .tags(tags)
                .build(), ChildOptions.of(this));
        var runnerRole = new Role(name + "-runner", RoleArgs.builder()
                .description("Runs one task of " + name + " to completion and waits for it")
                .assumeRolePolicy(PolicyDocument.of(new Statement("LambdaAssumeRole", "Allow",
                        Map.of("Service", partition.servicePrincipal("lambda")), List.of("sts:AssumeRole"), null, null)).toJson())
                .tags(tags)
                .build(), ChildOptions.of(this));
        var runnerPolicy = new RolePolicy(name + "-runner", RolePolicyArgs.builder()
                .role(runnerRole.id())
                // The family is known before the task definition exists: the runner need not wait for it.
                .policy(Output.tuple(placement.clusterArn(), placement.clusterName(), foundation.executionRole.arn(), runnerLogs.arn())
                        .applyValue(t -> runnerPolicy(partition, t.t1, t.t2, foundation.family(), t.t3, t.t4)))
                .build(), ChildOptions.of(this));
        var runner = new Function(name + "-runner", FunctionArgs.builder()
                .name(functionName)
                .description("Runs one task of " + name + " to completion for pulumi up")
                .runtime(RUNNER_RUNTIME)
                .handler("index.handler")
                .memorySize(128)
                .timeout(args.timeoutMinutes().applyValue(minutes -> minutes * 60))
                .role(runnerRole.arn())
                .code(new AssetArchive(Map.of(
                        "index.mjs", new StringAsset(source("index.mjs")),
                        "runner.mjs", new StringAsset(source("runner.mjs")))))
                .tags(tags)
                .build(), ChildOptions.builder(this).dependsOn(runnerLogs, runnerPolicy).build());

        Output<String> input = Output.tuple(placement.clusterArn(), taskDefinition.arn(), container.name(), placement.subnetIds(),
                        foundation.securityGroup.id(), foundation.logGroup.name())
                .applyValue(t -> Json.write(new RunnerInput(t.t1, t.t2, t.t3, t.t4, List.of(t.t5), t.t6, t.t3,
                        FargateService.PLATFORM_VERSION)));
        Output<Map<String, String>> triggers = Output.tuple(taskDefinition.arn(), args.triggers().orElse(Output.of(List.of())))
                .applyValue(t -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    map.put("taskDefinition", t.t1);
                    for (int i = 0; i < t.t2.size(); i++) {
                        map.put("trigger" + i, t.t2.get(i));
                    }
                    return map;
                });
        List<Resource> before = new ArrayList<>(foundation.prerequisites);
        before.add(runner);
        var invocation = new Invocation(name, InvocationArgs.builder()
                .functionName(runner.name())
                .input(input)
                .triggers(triggers)
                // The task needs its permissions and network access before it starts. (The
                // invocation waits as long as the function runs: the provider sets it no timeout.)
                .build(), ChildOptions.builder(this).dependsOn(before).build());

        this.taskDefinitionArn = taskDefinition.arn();
        this.logGroupName = foundation.logGroup.name();
        this.securityGroupId = foundation.securityGroup.id();
        this.result = invocation.result();
        this.executionRoleArn = foundation.executionRole.arn();
        registerOutputs(Map.of("taskDefinitionArn", taskDefinitionArn, "logGroupName", logGroupName,
                "securityGroupId", securityGroupId, "result", result, "executionRoleArn", executionRoleArn));
    }

    /** What the runner is told: where to run which task, and where its logs go. */
    record RunnerInput(String cluster, String taskDefinition, String containerName, List<String> subnets,
                       List<String> securityGroups, String logGroup, String logStreamPrefix, String platformVersion) {
    }

    /**
     * The runner may start tasks of this one family in this one cluster, see and list the
     * cluster's tasks, pass exactly the task's execution role to ECS, and write its own logs.
     */
    static String runnerPolicy(AwsPartition partition, String clusterArn, String clusterName, String family,
                               String executionRoleArn, String logGroupArn) {
        String account = clusterArn.split(":")[4];
        String region = partition.region();
        return PolicyDocument.of(
                Statement.allow("RunOwnTask", List.of("ecs:RunTask"),
                                List.of(partition.arn("ecs", region, account, "task-definition/" + family + ":*")))
                        .when("ArnEquals", "ecs:cluster", clusterArn),
                Statement.allow("WatchOwnTasks", List.of("ecs:DescribeTasks"),
                                List.of(partition.arn("ecs", region, account, "task/" + clusterName + "/*")))
                        .when("ArnEquals", "ecs:cluster", clusterArn),
                // ListTasks has no resource of its own (its resource type is the container
                // instance): AWS scopes it by the cluster condition only.
                Statement.allow("FindOwnTasks", List.of("ecs:ListTasks"), List.of("*"))
                        .when("ArnEquals", "ecs:cluster", clusterArn),
                Statement.allow("PassOwnExecutionRole", List.of("iam:PassRole"), List.of(executionRoleArn))
                        .when("StringEquals", "iam:PassedToService", partition.servicePrincipal("ecs-tasks")),
                Statement.allow("WriteOwnLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                        List.of(logGroupArn + ":log-stream:*"))
        ).toJson();
    }

    private static String source(String file) {
        try (InputStream in = OneShotTask.class.getResourceAsStream(RUNNER_SOURCE + file)) {
            if (in == null) {
                throw new IllegalStateException("the library jar lacks " + RUNNER_SOURCE + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ComponentResourceOptions validated(OneShotTaskArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("OneShotTaskArgs");
        }
        problems.addAll("placement", args.placement().problems());
        FargateValidation.region(problems, args.placement());
        KnownValue.of(args.cpu()).ifPresent(cpu -> KnownValue.of(args.memory()).ifPresent(memory ->
                Validators.fargateSize(problems, "cpu", "memory", cpu, memory)));
        KnownValue.of(args.timeoutMinutes()).ifPresent(m -> Validators.range(problems, "timeoutMinutes", m, 1, 15,
                " minutes (a Lambda invocation lasts at most 15)"));
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Validators.logRetention(problems, "logRetentionDays", d));
        KnownValue.of(args.container().stopTimeoutSeconds()).ifPresent(s ->
                Validators.range(problems, "container.stopTimeoutSeconds", s, 2, 120, " seconds (Fargate's limit)"));
        problems.check(KnownValue.of(args.container().name()).isPresent(), "container.name",
                "must be known when the program runs (the runner finds the container's exit code by it)");
        problems.throwIfAny("OneShotTaskArgs");
        return options;
    }

    /** The task definition revision the last run used. */
    public Output<String> taskDefinitionArn() {
        return taskDefinitionArn;
    }

    /** The role ECS starts the task with (pulls the image, reads the secrets, writes the logs). */
    public Output<String> executionRoleArn() {
        return executionRoleArn;
    }

    /** The task's log group. */
    public Output<String> logGroupName() {
        return logGroupName;
    }

    /** The task's security group. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /**
     * The last run's result (JSON: status, task ARN, log stream). It resolves once the run has
     * succeeded: what must happen only after the run (a service's new tasks) waits for it.
     */
    public Output<String> result() {
        return result;
    }
}
