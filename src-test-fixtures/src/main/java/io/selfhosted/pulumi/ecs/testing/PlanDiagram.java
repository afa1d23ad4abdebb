package io.selfhosted.pulumi.ecs.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LAMBDA_INVOCATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LOAD_BALANCER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;

/**
 * Draws the architecture of an AWS plan as a Mermaid flowchart, generated from what the program
 * registered rather than drawn by hand: DNS records, load balancers, ECS services (with their
 * containers and the order they start in), one-shot tasks run during {@code pulumi up} (a Lambda
 * invocation, drawn between the service that waits for it and the data it uses), databases,
 * search domains, buckets, secrets, keys and VPC endpoints, grouped by the part (the component under the top component) that
 * owns them.
 *
 * <p>Edges come from the engine's dependency graph: a node is linked to the nodes it depends on,
 * followed through resources that are not drawn (a service depends on a task definition, which
 * depends on the buckets). Edges point the way traffic and data flow: DNS to load balancers to
 * services to data. A KMS key referenced by ARN but not created by the plan is drawn as a given,
 * external node.
 */
public final class PlanDiagram {
    private enum Kind {
        DNS(0, "Route53"), LOAD_BALANCER(1, "NLB"), SERVICE(2, "ECS service"), ONE_SHOT(3, "one-shot task"),
        DATABASE(4, "Aurora"), SEARCH(4, "OpenSearch"), BUCKET(4, "S3"), SECRET(4, "Secret"), KEY(4, "KMS key"),
        ENDPOINT(5, "VPC endpoint");

        final int rank;
        final String label;

        Kind(int rank, String label) {
            this.rank = rank;
            this.label = label;
        }
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry(io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.OPENSEARCH_DOMAIN, Kind.SEARCH),
            Map.entry(io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.EC2_VPC_ENDPOINT, Kind.ENDPOINT),
            Map.entry(ROUTE53_RECORD, Kind.DNS),
            Map.entry(LB_LOAD_BALANCER, Kind.LOAD_BALANCER),
            Map.entry(ECS_SERVICE, Kind.SERVICE),
            Map.entry(LAMBDA_INVOCATION, Kind.ONE_SHOT),
            Map.entry(RDS_CLUSTER, Kind.DATABASE),
            Map.entry(S3_BUCKET, Kind.BUCKET),
            Map.entry(SECRETSMANAGER_SECRET, Kind.SECRET),
            Map.entry(KMS_KEY, Kind.KEY));

    private static final Pattern GIVEN_ARN = Pattern.compile("arn:[a-z-]+:kms:[a-z0-9-]+:\\d{12}:key/[A-Za-z0-9-]+");

    private record Node(String id, Kind kind, String label, String group, List<Container> containers) {
    }

    private record Container(String id, String name, List<String[]> waitsFor) {
    }

    private PlanDiagram() {
    }

    /**
     * @param plan a plan of AWS resources
     * @return the Mermaid source, starting with {@code flowchart LR}
     */
    public static String mermaid(Plan plan) {
        Map<String, PlannedResource> byUrn = new LinkedHashMap<>();
        plan.resources().forEach(r -> byUrn.put(r.urn(), r));
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (PlannedResource resource : plan.resourcesInTreeOrder()) {
            Kind kind = KINDS.get(resource.type());
            if (kind == null || (kind == Kind.DNS && !resource.has("aliases"))) {
                continue;
            }
            nodes.put(resource.urn(), new Node(id(kind, resource.name()), kind, label(kind, resource),
                    group(plan, resource), kind == Kind.SERVICE ? containers(resource, byUrn) : List.of()));
        }
        Set<String> edges = new TreeSet<>();
        Map<String, Node> given = new LinkedHashMap<>();
        for (var entry : nodes.entrySet()) {
            Node from = entry.getValue();
            Set<String> visited = new HashSet<>();
            List<String> stack = new ArrayList<>(byUrn.get(entry.getKey()).dependencies());
            Set<String> arns = new TreeSet<>();
            collectGivenArns(byUrn.get(entry.getKey()), arns);
            while (!stack.isEmpty()) {
                String urn = stack.remove(stack.size() - 1);
                if (!visited.add(urn) || !byUrn.containsKey(urn)) {
                    continue;
                }
                Node to = nodes.get(urn);
                if (to != null) {
                    edge(edges, from, to);
                    continue;
                }
                collectGivenArns(byUrn.get(urn), arns);
                stack.addAll(byUrn.get(urn).dependencies());
            }
            for (String arn : arns) {
                Node external = given.computeIfAbsent(arn, a -> new Node(id(Kind.KEY, "given-" + (given.size() + 1)),
                        Kind.KEY, Kind.KEY.label + " (given)", "", List.of()));
                edge(edges, from, external);
            }
        }
        return render(nodes.values(), given.values(), edges);
    }

    private static void edge(Set<String> edges, Node a, Node b) {
        if (a.kind.rank == b.kind.rank) {
            return;
        }
        Node from = a.kind.rank < b.kind.rank ? a : b;
        Node to = from == a ? b : a;
        edges.add("  " + from.id + " --> " + to.id);
    }

    private static String render(Iterable<Node> nodes, Iterable<Node> given, Set<String> edges) {
        var text = new StringBuilder("flowchart LR\n");
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node node : nodes) {
            groups.computeIfAbsent(node.group, g -> new ArrayList<>()).add(node);
        }
        List<Map.Entry<String, List<Node>>> ordered = new ArrayList<>(groups.entrySet());
        // Left to right as traffic flows: DNS, load balancers, services, data.
        ordered.sort(java.util.Comparator.comparingInt((Map.Entry<String, List<Node>> g) ->
                g.getValue().stream().mapToInt(n -> n.kind.rank).min().orElse(0)).thenComparing(Map.Entry::getKey));
        for (var group : ordered) {
            String indent = "  ";
            if (!group.getKey().isEmpty()) {
                text.append("  subgraph ").append(id(null, group.getKey())).append("[\"").append(group.getKey()).append("\"]\n");
                indent = "    ";
            }
            for (Node node : group.getValue()) {
                renderNode(text, node, indent);
            }
            if (!group.getKey().isEmpty()) {
                text.append("  end\n");
            }
        }
        for (Node node : given) {
            renderNode(text, node, "  ");
        }
        edges.forEach(e -> text.append(e).append('\n'));
        return text.toString();
    }

    private static void renderNode(StringBuilder text, Node node, String indent) {
        if (node.containers.isEmpty()) {
            text.append(indent).append(node.id).append(shape(node)).append('\n');
            return;
        }
        text.append(indent).append("subgraph ").append(node.id).append("[\"").append(node.label).append("\"]\n");
        for (Container c : node.containers) {
            text.append(indent).append("  ").append(c.id).append("[\"container ").append(c.name).append("\"]\n");
        }
        for (Container c : node.containers) {
            for (String[] wait : c.waitsFor) {
                node.containers.stream().filter(o -> o.name.equals(wait[0])).findFirst().ifPresent(o ->
                        text.append(indent).append("  ").append(o.id).append(" -->|").append(wait[1]).append("| ").append(c.id).append('\n'));
            }
        }
        text.append(indent).append("end\n");
    }

    private static String shape(Node node) {
        String label = "\"" + node.label + "\"";
        return switch (node.kind) {
            case DATABASE, SEARCH -> "[(" + label + ")]";
            case ENDPOINT -> "{{" + label + "}}";
            case BUCKET -> "[/" + label + "/]";
            case DNS -> "([" + label + "])";
            case ONE_SHOT -> "[[" + label + "]]";
            default -> "[" + label + "]";
        };
    }

    private static String label(Kind kind, PlannedResource resource) {
        return switch (kind) {
            case DNS -> resource.string("name");
            case BUCKET -> kind.label + " " + resource.input("bucketPrefix").map(p -> p + "*").orElse(resource.name());
            case DATABASE -> kind.label + " " + resource.input("engine").orElse("") + " " + resource.name();
            // AWS makes an application load balancer when no type is given.
            case LOAD_BALANCER -> ("network".equals(resource.input("loadBalancerType").orElse("application")) ? "NLB" : "ALB")
                    + " " + resource.name();
            // The service's part of its endpoint service name, e.g. ecr.api of com.amazonaws.<region>.ecr.api.
            case ENDPOINT -> kind.label + " " + resource.input("serviceName").map(n -> n.toString().replaceFirst("^.*?\\.[a-z]{2}(-[a-z]+)+-\\d+\\.", ""))
                    .orElse(resource.name()) + resource.input("vpcEndpointType").map(t -> " (" + t.toString().toLowerCase(java.util.Locale.ROOT) + ")").orElse("");
            default -> kind.label + " " + resource.name();
        };
    }

    /** The part owning a resource: its ancestor directly under the top component (or under the stack). */
    private static String group(Plan plan, PlannedResource resource) {
        List<PlannedResource> ancestors = new ArrayList<>();
        Optional<PlannedResource> parent = plan.parentOf(resource);
        while (parent.isPresent()) {
            ancestors.add(0, parent.get());
            parent = plan.parentOf(parent.get());
        }
        if (ancestors.isEmpty()) {
            return "";
        }
        PlannedResource part = ancestors.size() > 1 ? ancestors.get(1) : ancestors.get(0);
        return part.type().substring(part.type().lastIndexOf(':') + 1) + " " + part.name();
    }

    /** The containers of a service's task definition, with the containers each waits for. */
    @SuppressWarnings("unchecked")
    private static List<Container> containers(PlannedResource service, Map<String, PlannedResource> byUrn) {
        for (String urn : service.dependencies()) {
            PlannedResource dependency = byUrn.get(urn);
            if (dependency == null || !dependency.type().equals(ECS_TASK_DEFINITION)
                    || !dependency.has("containerDefinitions")) {
                continue;
            }
            List<Container> containers = new ArrayList<>();
            for (Object item : dependency.list("containerDefinitions")) {
                Map<String, Object> definition = (Map<String, Object>) item;
                String name = String.valueOf(definition.get("name"));
                List<String[]> waits = new ArrayList<>();
                if (definition.get("dependsOn") instanceof List<?> dependsOn) {
                    for (Object d : dependsOn) {
                        Map<String, Object> dep = (Map<String, Object>) d;
                        waits.add(new String[]{String.valueOf(dep.get("containerName")), String.valueOf(dep.get("condition"))});
                    }
                }
                containers.add(new Container(id(null, service.name() + "-" + name), name, waits));
            }
            return containers.size() > 1 ? containers : List.of();
        }
        return List.of();
    }

    private static void collectGivenArns(PlannedResource resource, Set<String> arns) {
        for (String value : resource.plainStrings()) {
            Matcher m = GIVEN_ARN.matcher(value);
            while (m.find()) {
                arns.add(m.group());
            }
        }
    }

    private static String id(Kind kind, String name) {
        String prefix = kind == null ? "g" : kind.name().toLowerCase().substring(0, 3);
        return prefix + "_" + name.replaceAll("[^A-Za-z0-9]", "_");
    }
}
