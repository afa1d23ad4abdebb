package io.selfhosted.pulumi.ecs.network;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.ec2.inputs.GetRouteTableArgs;
import com.pulumi.aws.ec2.inputs.GetVpcEndpointServiceArgs;
import com.pulumi.aws.ec2.inputs.GetVpcEndpointServiceFilterArgs;
import com.pulumi.aws.ec2.outputs.GetRouteTableResult;
import com.pulumi.aws.ec2.outputs.GetVpcEndpointServiceResult;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
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
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.SubnetZones;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VPC endpoints the service's tasks need in subnets without NAT: an interface endpoint with
 * private DNS per AWS API (ECR, CloudWatch Logs, Secrets Manager, KMS, STS, and SES's SMTP
 * interface when email goes through it), each with one network interface in the first private
 * subnet of each availability zone, behind one security group that admits HTTPS (and SMTP) from
 * the VPC's CIDR block only; and an S3 gateway endpoint on the private subnets' route tables.
 *
 * <p>The security group admits the whole VPC, not only this install's tasks, because private DNS
 * is VPC-wide: once an endpoint exists, every workload of the VPC resolves that service's name to
 * it, and a narrower group would cut the others off.
 */
public class VpcEndpoints extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:network:VpcEndpoints";
    /** The port SES's SMTP endpoint admits when none is given. */
    static final int SMTP_PORT = 587;

    @Export(name = "securityGroupId", refs = String.class)
    private final Output<String> securityGroupId;

    @Export(name = "s3PrefixListId", refs = String.class)
    private final @Nullable Output<String> s3PrefixListId;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    the VPC, its subnets and route tables, and the services
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public VpcEndpoints(String name, VpcEndpointsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        AwsPartition partition = DeploymentRegion.require(Optional.empty());
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        List<String> services = KnownValue.of(args.services()).orElseThrow();

        var securityGroup = new SecurityGroup(name, SecurityGroupArgs.builder()
                .vpcId(args.vpcId())
                .description("Interface VPC endpoints: HTTPS from the VPC")
                .tags(tags)
                .build(), ChildOptions.of(this));
        new SecurityGroupIngressRule(name + "-https", SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(securityGroup.id())
                .ipProtocol("tcp").fromPort(443).toPort(443)
                .cidrIpv4(args.vpcCidr())
                .description("HTTPS from the VPC to its AWS API endpoints")
                .tags(tags)
                .build(), ChildOptions.of(this));
        if (services.contains(NetworkDefaults.EMAIL_SMTP)) {
            Output<Integer> port = args.smtpPort().orElse(Output.of(SMTP_PORT));
            new SecurityGroupIngressRule(name + "-smtp", SecurityGroupIngressRuleArgs.builder()
                    .securityGroupId(securityGroup.id())
                    .ipProtocol("tcp").fromPort(port).toPort(port)
                    .cidrIpv4(args.vpcCidr())
                    .description("SMTP submission from the VPC to Amazon SES")
                    .tags(tags)
                    .build(), ChildOptions.of(this));
        }

        Output<List<String>> subnets = SubnetZones.firstOfEachZone(this, args.subnetIds(), 0, "the interface VPC endpoints");
        @Nullable Output<String> prefixList = null;
        for (String service : services) {
            var endpoint = VpcEndpointArgs.builder()
                    .vpcId(args.vpcId())
                    .serviceName(serviceName(partition, service, service.equals(NetworkDefaults.S3) ? "Gateway" : "Interface"))
                    .tags(tags);
            if (service.equals(NetworkDefaults.S3)) {
                endpoint.vpcEndpointType("Gateway").routeTableIds(args.routeTableIds().orElseGet(() -> routeTables(args.subnetIds())));
            } else {
                endpoint.vpcEndpointType("Interface")
                        .privateDnsEnabled(true)
                        .subnetIds(subnets)
                        .securityGroupIds(securityGroup.id().applyValue(List::of));
            }
            var resource = new VpcEndpoint(name + "-" + service.replace('.', '-'), endpoint.build(), ChildOptions.of(this));
            if (service.equals(NetworkDefaults.S3)) {
                prefixList = resource.prefixListId();
            }
        }

        this.securityGroupId = securityGroup.id();
        this.s3PrefixListId = prefixList;
        registerOutputs(ExportedOutputs.of(this));
    }

    /**
     * The endpoint service's name: {@code com.amazonaws.<region>.<service>} where the partition
     * has no other spelling, else the one of the candidates AWS offers, looked up.
     */
    private Output<String> serviceName(AwsPartition partition, String service, String type) {
        List<String> candidates = partition.endpointServiceNames(service);
        if (candidates.size() == 1) {
            return Output.of(candidates.get(0));
        }
        return Ec2Functions.getVpcEndpointService(GetVpcEndpointServiceArgs.builder()
                        .serviceType(type)
                        .filters(GetVpcEndpointServiceFilterArgs.builder().name("service-name").values(candidates).build())
                        .build(), InvokeOptions.builder().parent(this).build())
                .applyValue(GetVpcEndpointServiceResult::serviceName);
    }

    /** The route table associated with each subnet, each once. */
    private Output<List<String>> routeTables(Output<List<String>> subnetIds) {
        var invokeOptions = InvokeOptions.builder().parent(this).build();
        return subnetIds.apply(ids -> {
            List<Output<String>> tables = new ArrayList<>();
            for (String id : ids) {
                tables.add(Ec2Functions.getRouteTable(GetRouteTableArgs.builder().subnetId(id).build(), invokeOptions)
                        .applyValue(GetRouteTableResult::routeTableId));
            }
            return Output.all(tables).applyValue(found -> found.stream().distinct().toList());
        });
    }

    private static ComponentResourceOptions validated(VpcEndpointsArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("VpcEndpointsArgs");
        }
        KnownValue.of(args.vpcId()).ifPresent(id -> Validators.ec2Id(problems, "vpcId", id, "vpc"));
        KnownValue.of(args.subnetIds()).ifPresent(ids -> Validators.subnetIds(problems, "subnetIds", ids, 1, "private"));
        KnownValue.of(args.vpcCidr()).ifPresent(cidr -> Validators.ipv4Cidr(problems, "vpcCidr", cidr));
        KnownValue.of(args.services()).ifPresentOrElse(services -> {
            for (int i = 0; i < services.size(); i++) {
                String service = services.get(i);
                problems.check(NetworkDefaults.VPC_ENDPOINT_SERVICES.contains(service) || service.equals(NetworkDefaults.EMAIL_SMTP),
                        "services[" + i + "]", "'" + service + "' is not an endpoint this component creates; use any of "
                                + String.join(", ", NetworkDefaults.VPC_ENDPOINT_SERVICES) + " or " + NetworkDefaults.EMAIL_SMTP);
            }
            problems.check(services.stream().distinct().count() == services.size(), "services", "lists a service twice; list each once");
        }, () -> problems.add("services", "must be known when the program runs (each service is a resource)"));
        args.smtpPort().flatMap(KnownValue::of).ifPresent(port -> Validators.range(problems, "smtpPort", port, 1, 65535, ""));
        problems.throwIfAny("VpcEndpointsArgs");
        return options;
    }

    /** The endpoints' security group. */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /** The S3 gateway endpoint's prefix list (for egress rules to S3), when {@code s3} is among the services. */
    public Optional<Output<String>> s3PrefixListId() {
        return Optional.ofNullable(s3PrefixListId);
    }

    /**
     * The VPC's primary IPv4 CIDR block, looked up.
     *
     * @param vpcId  the VPC
     * @param parent the component asking
     */
    public static Output<String> cidrBlockOf(Output<String> vpcId, com.pulumi.resources.Resource parent) {
        return vpcId.apply(id -> Ec2Functions.getVpc(com.pulumi.aws.ec2.inputs.GetVpcArgs.builder().id(id).build(),
                InvokeOptions.builder().parent(parent).build()).applyValue(com.pulumi.aws.ec2.outputs.GetVpcResult::cidrBlock));
    }

    /**
     * The managed prefix list of S3 in the stack's region (that S3 gateway endpoints route to),
     * looked up.
     *
     * @param parent the component asking
     */
    public static Output<String> s3PrefixListOf(com.pulumi.resources.Resource parent) {
        AwsPartition partition = DeploymentRegion.require(Optional.empty());
        return Ec2Functions.getPrefixList(com.pulumi.aws.ec2.inputs.GetPrefixListArgs.builder()
                        .filters(com.pulumi.aws.ec2.inputs.GetPrefixListFilterArgs.builder()
                                .name("prefix-list-name").values(partition.endpointServiceNames(NetworkDefaults.S3)).build())
                        .build(), InvokeOptions.builder().parent(parent).build())
                .applyValue(com.pulumi.aws.ec2.outputs.GetPrefixListResult::id);
    }
}
