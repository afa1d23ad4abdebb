package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.database.DatabaseRules;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Rules;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancerRules;
import io.selfhosted.pulumi.ecs.service.ServiceRules;
import io.selfhosted.pulumi.ecs.storage.StorageRules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every group of {@link PulumiSelfHostedEcsArgs} in one pass, before any resource exists,
 * and reports all problems together.
 */
final class PulumiSelfHostedEcsValidation {
    private static final Pattern COMPONENT_NAME = Pattern.compile("^[a-z][a-z0-9-]{0,15}$");
    private static final Pattern ZONE_ID = Pattern.compile("^Z[A-Z0-9]{1,31}$");
    private static final Pattern KEY_ID = Pattern.compile("^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    private static final Pattern REGISTRY = Pattern.compile("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?$");
    private static final Pattern REPOSITORY_PREFIX = Pattern.compile("^[a-z0-9]+([._/-][a-z0-9]+)*$");
    /** AWS allows 50 tags per resource; the component adds its own two. */
    private static final int MAX_USER_TAGS = 48;

    private PulumiSelfHostedEcsValidation() {
    }

    static void check(String name, PulumiSelfHostedEcsArgs args) {
        var problems = problems(name, args);
        if (!problems.isEmpty()) {
            throw new InvalidArgumentsException("PulumiSelfHostedEcsArgs", problems);
        }
    }

    static List<Problem> problems(String name, PulumiSelfHostedEcsArgs args) {
        var p = new Problems();
        p.check(COMPONENT_NAME.matcher(name).matches(), "name", "'" + name + "' cannot prefix the AWS names of the install; use 1-16"
                + " lowercase letters, digits or hyphens starting with a letter (load balancer names are limited to 32 characters)");
        Optional<AwsPartition> partition = DeploymentRegion.partition(args.region(), p, "region");
        network(p, args);
        domain(p, args, partition);
        KnownValue.of(args.licenseKey()).ifPresent(key -> p.check(!key.isBlank(), "licenseKey",
                "is empty; set the license key Pulumi gave you (as a secret)"));
        images(p, args, partition);
        partition.ifPresent(part -> args.kmsKeyArn().flatMap(KnownValue::of).ifPresent(key -> {
            // The official installer takes a key id; an ARN is checked against the partition.
            if (!KEY_ID.matcher(key).matches()) {
                Rules.arn(p, "kmsKeyArn", key, part, "kms", "key/",
                        part.arn("kms", part.region(), "123456789012", "key/1234abcd-12ab-34cd-56ef-1234567890ab"));
            }
        }));
        boolean internal = KnownValue.of(args.loadBalancer().internal()).orElse(false);
        p.check(!internal || args.domain().certificateArn().isPresent(), "domain.certificateArn",
                "is required with internal load balancers: their names live in a private zone, through which ACM cannot "
                        + "validate a certificate; issue or import one for the three names and give its ARN");
        DatabaseRules.check(p, "database", args.database());
        ServiceRules.checkApi(p, "api.", args.api());
        ServiceRules.checkConsole(p, "console.", args.console());
        LoadBalancerRules.check(p, "loadBalancer", args.loadBalancer());
        StorageRules.check(p, "storage", args.storage());
        args.smtp().ifPresent(smtp -> ServiceRules.checkSmtp(p, "smtp", smtp));
        args.saml().ifPresent(saml -> ServiceRules.checkSaml(p, "saml", saml));
        args.recaptcha().ifPresent(r -> KnownValue.of(r.siteKey()).ifPresent(key ->
                p.check(!key.isBlank(), "recaptcha.siteKey", "is empty; set the Turnstile site key")));
        args.recaptcha().ifPresent(r -> KnownValue.of(r.secretKey()).ifPresent(key ->
                p.check(!key.isBlank(), "recaptcha.secretKey", "is empty; set the Turnstile secret key (as a secret)")));
        KnownValue.of(args.logRetentionDays()).ifPresent(days -> Rules.logRetention(p, "logRetentionDays", days));
        tags(p, args.tags());
        return p.all();
    }

    private static void network(Problems p, PulumiSelfHostedEcsArgs args) {
        var network = args.network();
        KnownValue.of(network.vpcId()).ifPresent(id -> Rules.ec2Id(p, "network.vpcId", id, "vpc"));
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        KnownValue.of(network.publicSubnetIds()).ifPresent(ids -> tiers.put("network.publicSubnetIds", ids));
        KnownValue.of(network.privateSubnetIds()).ifPresent(ids -> tiers.put("network.privateSubnetIds", ids));
        KnownValue.of(network.isolatedSubnetIds()).ifPresent(ids -> tiers.put("network.isolatedSubnetIds", ids));
        tiers.forEach((path, ids) -> Rules.subnetIds(p, path, ids, 2, path.substring("network.".length(), path.indexOf("SubnetIds"))));
        Rules.disjointTiers(p, tiers);
    }

    private static void domain(Problems p, PulumiSelfHostedEcsArgs args, Optional<AwsPartition> partition) {
        var domain = args.domain();
        Optional<String> zone = KnownValue.of(domain.zoneName());
        Optional<String> subdomain = domain.subdomain().flatMap(KnownValue::of).filter(s -> !s.isEmpty());
        if (zone.isEmpty()) {
            p.add("domain.zoneName", "must be known when the program runs (it names DNS records); pass a plain value or stack config");
        }
        if (domain.subdomain().isPresent() && domain.subdomain().flatMap(KnownValue::of).isEmpty()) {
            p.add("domain.subdomain", "must be known when the program runs (it names DNS records); pass a plain value or stack config");
        }
        subdomain.ifPresent(s -> Rules.dnsLabel(p, "domain.subdomain", s));
        zone.ifPresent(z -> Rules.domainName(p, "domain.zoneName", z, "api." + subdomain.map(s -> s + ".").orElse("")));
        domain.zoneId().flatMap(KnownValue::of).ifPresent(id -> p.check(ZONE_ID.matcher(id).matches(), "domain.zoneId",
                "'" + id + "' is not a Route53 hosted zone id; expected e.g. Z0123456789ABCDEFGHIJ"));
        partition.ifPresent(part -> domain.certificateArn().flatMap(KnownValue::of).ifPresent(arn ->
                Rules.arn(p, "domain.certificateArn", arn, part, "acm", "certificate/",
                        part.arn("acm", part.region(), "123456789012", "certificate/1234abcd-12ab-34cd-56ef-1234567890ab"))));
    }

    private static void images(Problems p, PulumiSelfHostedEcsArgs args, Optional<AwsPartition> partition) {
        var images = args.images();
        KnownValue.of(images.tag()).ifPresent(tag -> Rules.imageTag(p, "images.tag", tag));
        String example = partition.orElseGet(() -> AwsPartition.ofRegion("us-east-1")).ecrRegistryHost("123456789012");
        images.registry().flatMap(KnownValue::of).ifPresent(r -> p.check(REGISTRY.matcher(r).matches(), "images.registry",
                "'" + r + "' is not a registry host; write e.g. " + example + " (no scheme, no path)"));
        KnownValue.of(images.repositoryPrefix()).ifPresent(prefix -> p.check(prefix.isEmpty() || REPOSITORY_PREFIX.matcher(prefix).matches(),
                "images.repositoryPrefix", "'" + prefix + "' is not a repository path; use lowercase letters, digits and separators, e.g. mirror/pulumi"));
    }

    private static void tags(Problems p, List<TagArgs> tags) {
        p.check(tags.size() <= MAX_USER_TAGS, "tags", tags.size() + " tags are too many; AWS allows 50 per resource and the"
                + " component adds 2, so use at most " + MAX_USER_TAGS);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String path = "tags[" + i + "]";
            var tag = tags.get(i);
            KnownValue.of(tag.key()).ifPresent(key -> {
                p.check(!key.isEmpty() && key.length() <= 128, path + ".key", "'" + key + "' must have 1-128 characters");
                p.check(!key.toLowerCase().startsWith("aws:"), path + ".key", "'" + key + "' uses the reserved aws: prefix; choose another key");
                p.check(keys.add(key), path + ".key", "'" + key + "' is given twice; give each tag key once");
            });
            KnownValue.of(tag.value()).ifPresent(value -> p.check(value.length() <= 256, path + ".value",
                    "has " + value.length() + " characters; AWS allows at most 256"));
        }
    }
}
