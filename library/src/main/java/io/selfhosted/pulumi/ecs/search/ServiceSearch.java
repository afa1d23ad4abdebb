package io.selfhosted.pulumi.ecs.search;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.cloudwatch.LogResourcePolicy;
import com.pulumi.aws.cloudwatch.LogResourcePolicyArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.opensearch.Domain;
import com.pulumi.aws.opensearch.DomainArgs;
import com.pulumi.aws.opensearch.inputs.DomainAdvancedSecurityOptionsArgs;
import com.pulumi.aws.opensearch.inputs.DomainAdvancedSecurityOptionsMasterUserOptionsArgs;
import com.pulumi.aws.opensearch.inputs.DomainClusterConfigArgs;
import com.pulumi.aws.opensearch.inputs.DomainClusterConfigZoneAwarenessConfigArgs;
import com.pulumi.aws.opensearch.inputs.DomainDomainEndpointOptionsArgs;
import com.pulumi.aws.opensearch.inputs.DomainEbsOptionsArgs;
import com.pulumi.aws.opensearch.inputs.DomainEncryptAtRestArgs;
import com.pulumi.aws.opensearch.inputs.DomainLogPublishingOptionArgs;
import com.pulumi.aws.opensearch.inputs.DomainNodeToNodeEncryptionArgs;
import com.pulumi.aws.opensearch.inputs.DomainSoftwareUpdateOptionsArgs;
import com.pulumi.aws.opensearch.inputs.DomainVpcOptionsArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.ExportedOutputs;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.SubnetZones;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenSearch domain behind the Pulumi Service's Resource Search, in the private subnets:
 * encrypted at rest with the service key and between its nodes, HTTPS only with a TLS 1.2 policy
 * with forward secrecy, fine-grained access control with an internal master user, slow, error
 * and audit logs in CloudWatch Logs with retention, software updates applied automatically.
 *
 * <p>Who may connect: the domain's security group admits nobody by itself; a client (the API)
 * adds the rule pair that lets its own tasks in on 443. The service signs in with the master
 * user's name and password (HTTP basic authentication, the only way the Pulumi docs describe),
 * which AWS evaluates as an anonymous request: the domain access policy therefore allows HTTP
 * actions on this domain to any principal, and access rests on the network (VPC only, the
 * security group) and on fine-grained access control, as AWS recommends for that combination.
 * A policy naming the API task role would refuse every unsigned request.
 *
 * <p>The domain is retained: removing search from the program (or {@code pulumi destroy}) leaves
 * it, and its index, in AWS until deleted by hand. It is not protected, so turning search off is
 * one {@code pulumi up}; the service reindexes what it manages into a new domain.
 */
public class ServiceSearch extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:search:ServiceSearch";
    /** The HTTPS port of an OpenSearch Service domain. */
    public static final int PORT = 443;
    /** TLS 1.2 or later with perfect forward secrecy: what AWS's best practices ask (Opensearch.8). */
    static final String TLS_POLICY = "Policy-Min-TLS-1-2-PFS-2023-10";
    /** The OpenSearch HTTP actions, for identity policies of clients. */
    public static final String HTTP_ACTIONS = "es:ESHttp*";
    /** The log types published, each to a log group of its own (name suffix to log type). */
    static final Map<String, String> LOGS = logs();

    @Export(name = "endpoint", refs = String.class)
    private final Output<String> endpoint;

    @Export(name = "domainArn", refs = String.class)
    private final Output<String> domainArn;

    @Export(name = "domainName", refs = String.class)
    private final Output<String> domainName;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    where the domain runs, its key, its master user and the user's choices
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceSearch(String name, ServiceSearchArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        AwsPartition partition = DeploymentRegion.require(java.util.Optional.empty());
        var settings = args.settings();
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        // Given zones are checked against the subnets before anything exists; else the domain
        // spreads over as many zones (up to 3) as the private subnets span, found at deployment.
        Optional<Integer> givenZones = settings.availabilityZoneCount().flatMap(KnownValue::of);
        Output<List<String>> subnets = givenZones
                .map(zones -> SubnetZones.firstOfEachZone(this, args.subnetIds(), zones,
                        "the search domain (availabilityZoneCount " + zones + ")"))
                .orElseGet(() -> SubnetZones.firstOfEachZone(this, args.subnetIds(), 0, "the search domain")
                        .applyValue(ids -> ids.subList(0, Math.min(3, ids.size()))));
        Output<Integer> zones = subnets.applyValue(List::size);
        Output<Integer> dataNodes = settings.instanceCount().orElse(zones.applyValue(SearchDefaults::instanceCount));
        // A domain's key cannot change: another key means another domain, and the old one
        // (retained) keeps its name, so the default name carries the key.
        Output<String> domain = settings.domainName().orElse(args.kmsKeyArn().applyValue(key -> domainName(name, key)));

        // Retained with the domain: the network interfaces of a retained domain still use it.
        var securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(args.vpcId())
                .description("OpenSearch domain of Resource Search: HTTPS from its clients' tasks only")
                .tags(tags)
                .build(), ChildOptions.retained(this).build());

        Output<String> account = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(),
                InvokeOptions.builder().parent(this).build()).applyValue(GetCallerIdentityResult::accountId);
        Output<String> arn = Output.tuple(account, domain).applyValue(t -> partition.arn("es", partition.region(), t.t1, "domain/" + t.t2));

        List<DomainLogPublishingOptionArgs> publishing = new ArrayList<>();
        List<Output<String>> logGroupArns = new ArrayList<>();
        LOGS.forEach((suffix, type) -> {
            var group = new LogGroup(name + "-" + suffix, LogGroupArgs.builder()
                    .retentionInDays(args.logRetentionDays())
                    .tags(tags)
                    .build(), ChildOptions.of(this));
            logGroupArns.add(group.arn());
            publishing.add(DomainLogPublishingOptionArgs.builder().logType(type).cloudwatchLogGroupArn(group.arn()).build());
        });
        // OpenSearch writes its logs under this policy, limited to this account and this domain.
        // (A region holds at most 10 such policies per account.)
        var logPolicy = new LogResourcePolicy(name + "-logs", LogResourcePolicyArgs.builder()
                .policyName(PhysicalNames.unique(name, "logs", 255))
                .policyDocument(Output.tuple(Output.all(logGroupArns), account, arn).applyValue(t -> new PolicyDocument(List.of(
                        new Statement("OpenSearchWritesItsLogs", "Allow", Map.of("Service", partition.servicePrincipal("es")),
                                List.of("logs:PutLogEvents", "logs:CreateLogStream"),
                                t.t1.stream().map(group -> group + ":*").toList(),
                                Map.of("StringEquals", Map.<String, Object>of("aws:SourceAccount", t.t2),
                                        "ArnLike", Map.<String, Object>of("aws:SourceArn", t.t3))))).toJson()))
                .build(), ChildOptions.of(this));

        Output<Integer> masters = settings.dedicatedMasterCount();
        var cluster = DomainClusterConfigArgs.builder()
                .instanceType(settings.instanceType())
                .instanceCount(dataNodes)
                .zoneAwarenessEnabled(zones.applyValue(n -> n > 1))
                .dedicatedMasterEnabled(masters.applyValue(n -> n > 0))
                .dedicatedMasterCount(masters.applyValue(n -> n > 0 ? n : null))
                .dedicatedMasterType(Output.tuple(masters, settings.dedicatedMasterType().orElse(settings.instanceType()))
                        .applyValue(t -> t.t1 > 0 ? t.t2 : null));
        cluster.zoneAwarenessConfig(zones.applyValue(n -> n > 1
                ? DomainClusterConfigZoneAwarenessConfigArgs.builder().availabilityZoneCount(n).build() : null));

        var resource = new Domain(name, DomainArgs.builder()
                .domainName(domain)
                .engineVersion(settings.engineVersion())
                .clusterConfig(cluster.build())
                .ebsOptions(DomainEbsOptionsArgs.builder().ebsEnabled(true).volumeType("gp3").volumeSize(settings.volumeSize()).build())
                .encryptAtRest(DomainEncryptAtRestArgs.builder().enabled(true).kmsKeyId(args.kmsKeyArn()).build())
                .nodeToNodeEncryption(DomainNodeToNodeEncryptionArgs.builder().enabled(true).build())
                .domainEndpointOptions(DomainDomainEndpointOptionsArgs.builder()
                        .enforceHttps(true)
                        .tlsSecurityPolicy(TLS_POLICY)
                        .build())
                .advancedSecurityOptions(DomainAdvancedSecurityOptionsArgs.builder()
                        .enabled(true)
                        .internalUserDatabaseEnabled(true)
                        .masterUserOptions(DomainAdvancedSecurityOptionsMasterUserOptionsArgs.builder()
                                .masterUserName(settings.masterUserName())
                                .masterUserPassword(args.masterUserPassword().asSecret())
                                .build())
                        .build())
                .vpcOptions(DomainVpcOptionsArgs.builder()
                        .subnetIds(subnets)
                        .securityGroupIds(securityGroup.id().applyValue(List::of))
                        .build())
                .logPublishingOptions(publishing)
                .softwareUpdateOptions(DomainSoftwareUpdateOptionsArgs.builder().autoSoftwareUpdateEnabled(true).build())
                .accessPolicies(arn.applyValue(ServiceSearch::accessPolicy))
                .tags(tags)
                .build(), ChildOptions.retained(this).dependsOn(logPolicy).build());

        this.endpoint = resource.endpoint().applyValue(host -> "https://" + host + ":" + PORT);
        this.domainArn = resource.arn();
        this.domainName = resource.domainName();
        this.securityGroupId = securityGroup.id();
        registerOutputs(ExportedOutputs.of(this));
    }

    /** The install's name, then 8 hex digits of the key's ARN: at most the 28 characters AWS allows. */
    static String domainName(String name, String keyArn) {
        return PhysicalNames.unique(name, "", 19) + "-" + String.format("%08x", keyArn.hashCode());
    }

    /** Anyone the network and fine-grained access control let through may use this domain's HTTP API (see the class comment). */
    static String accessPolicy(String domainArn) {
        return PolicyDocument.of(new Statement("HttpThroughFineGrainedAccessControl", "Allow", Map.of("AWS", "*"),
                List.of(HTTP_ACTIONS), List.of(domainArn + "/*"), null)).toJson();
    }

    private static Map<String, String> logs() {
        Map<String, String> logs = new LinkedHashMap<>();
        logs.put("application", "ES_APPLICATION_LOGS");
        logs.put("index-slow", "INDEX_SLOW_LOGS");
        logs.put("search-slow", "SEARCH_SLOW_LOGS");
        logs.put("audit", "AUDIT_LOGS");
        return java.util.Collections.unmodifiableMap(logs);
    }

    private static ComponentResourceOptions validated(ServiceSearchArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceSearchArgs");
        }
        KnownValue.of(args.vpcId()).ifPresent(id -> Validators.ec2Id(problems, "vpcId", id, "vpc"));
        KnownValue.of(args.subnetIds()).ifPresent(ids -> {
            if (Validators.subnetCount(problems, "subnetIds", ids, 1, "private")) {
                problems.addAll("settings", args.settings().placementProblems(ids.size()));
            }
        });
        problems.addAll("settings", args.settings().problems());
        KnownValue.of(args.logRetentionDays()).ifPresent(d -> Validators.logRetention(problems, "logRetentionDays", d));
        problems.throwIfAny("ServiceSearchArgs");
        return options;
    }

    /** The domain's HTTPS URL with its port, {@code https://<endpoint>:443}, as the service's {@code PULUMI_SEARCH_DOMAIN} wants it. */
    public Output<String> endpoint() {
        return endpoint;
    }

    /** The domain's ARN (for identity policies of clients: {@code <arn>/*}). */
    public Output<String> domainArn() {
        return domainArn;
    }

    /** The domain's name. */
    public Output<String> domainName() {
        return domainName;
    }

    /**
     * The domain's security group: a client adds the rule pair that lets its tasks in on
     * {@link #PORT}.
     */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }
}
