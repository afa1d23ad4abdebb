package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.database.ExistingDatabaseArgs;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.storage.ExistingBucketsArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.Validators;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingDefaults;
import io.selfhosted.pulumi.ecs.network.NetworkDefaults;
import io.selfhosted.pulumi.ecs.service.EcrRegistry;
import io.selfhosted.pulumi.ecs.service.SmtpServers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of {@link PulumiSelfHostedEcsArgs} that no single group can make: the install's
 * name, the region and the partition of given ARNs, and choices that need each other. The top
 * component runs them with each group's own checks, in one pass, before any resource exists.
 */
final class PulumiSelfHostedEcsValidation {
    private static final Pattern COMPONENT_NAME = Pattern.compile("^[a-z](?!.*--)[a-z0-9-]{0,14}[a-z0-9]$|^[a-z]$");
    private static final Pattern KEY_ID = Pattern.compile("^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");

    private PulumiSelfHostedEcsValidation() {
    }

    /** The install's name: it prefixes the AWS names of every part. */
    static void name(Problems p, String name) {
        p.check(COMPONENT_NAME.matcher(name).matches(), "name", "'" + name + "' cannot prefix the AWS names of the install; use 1-16"
                + " lowercase letters, digits or hyphens, starting with a letter, not ending with a hyphen and without two hyphens in a row"
                + " (RDS identifiers refuse those; load balancer names are limited to 32 characters)");
    }

    /** What only the whole install can tell: the region and the partition of given ARNs, choices that need each other. */
    static void install(Problems p, PulumiSelfHostedEcsArgs args) {
        Optional<AwsPartition> partition = DeploymentRegion.partition(args.region(), p, "region");
        KnownValue.of(args.licenseKey()).ifPresent(key -> p.check(!key.isBlank(), "licenseKey",
                "is empty; set the license key Pulumi gave you (as a secret)"));
        args.agGridLicenseKey().flatMap(KnownValue::of).ifPresent(key -> p.check(!key.isBlank(), "agGridLicenseKey",
                "is empty; set the AG Grid license key (as a secret), or leave it out"));
        KnownValue.of(args.logRetentionDays()).ifPresent(days -> Validators.logRetention(p, "logRetentionDays", days));
        KnownValue.of(args.deploymentTimeoutMinutes()).ifPresent(m -> Validators.range(p, "deploymentTimeoutMinutes", m, 5, 600, " minutes"));
        ResourceTags.check(p, "tags", args.tags());
        args.existingBuckets().ifPresent(buckets -> p.check(buckets.engineEventsBucketName().isPresent()
                        || !KnownValue.of(args.storage().engineEventsBucket()).orElse(false), "storage.engineEventsBucket",
                "is on while {{existingBuckets}} are given: no bucket is created then; name the engine events bucket in "
                        + "{{existingBuckets.engineEventsBucketName}}, or leave {{storage.engineEventsBucket}} off"));
        partition.ifPresent(part -> givenArns(p, args, part));
        partition.ifPresent(part -> args.backup().ifPresent(backup -> p.addAll("backup", backup.copyRegionProblems(part.region()))));
        boolean internal = KnownValue.of(args.loadBalancing().internal()).orElse(LoadBalancingDefaults.INTERNAL);
        boolean limitEgress = args.network() != null && KnownValue.of(args.network().limitEgress()).orElse(NetworkDefaults.LIMIT_EGRESS);
        if (limitEgress) {
            limitedEgress(p, args, internal, partition);
        }
        p.check(!internal || args.domain() == null || args.domain().certificateArn().isPresent(), "domain.certificateArn",
                "is required with an internal front door ({{loadBalancing.internal}}): its names live in a private zone, through"
                        + " which ACM cannot validate a certificate; issue or import one for the three names and give its ARN");
    }

    /**
     * What tasks without a route out of the VPC need: an internal front door (the Console server
     * calls the API by its name, which must resolve inside the VPC), images from ECR in the
     * install's region (which the endpoints reach), and a mail server inside the VPC.
     */
    private static void limitedEgress(Problems p, PulumiSelfHostedEcsArgs args, boolean internal, Optional<AwsPartition> partition) {
        p.check(internal, "network.limitEgress", "is on with a public front door: the Console's server calls the API at its public"
                + " address, outside the VPC; set {{loadBalancing.internal}} true (the names then resolve inside the VPC), or turn"
                + " {{network.limitEgress}} off");
        var images = args.images();
        if (images != null) {
            p.check(images.credentials().isEmpty(), "images.credentials.username", "is set while {{network.limitEgress}} keeps the tasks inside"
                    + " the VPC, where no outside registry is reachable; mirror the images into ECR in the install's region (or use an"
                    + " ECR pull-through cache) and remove the credentials");
            if (images.registry().isEmpty()) {
                p.add("images.registry", "is unset, so the images come from Docker Hub, which {{network.limitEgress}} puts out of reach;"
                        + " mirror them into ECR in the install's region and name that registry" + partition.map(part ->
                        ", e.g. " + part.ecrRegistryHost("123456789012")).orElse(""));
            }
            partition.ifPresent(part -> images.registry().flatMap(KnownValue::of).ifPresent(registry -> p.check(
                    EcrRegistry.isInRegion(registry, part), "images.registry", "'" + registry + "' is not ECR in the install's region "
                            + part.region() + ", the only registry the VPC endpoints reach with {{network.limitEgress}}; mirror the"
                            + " images there, e.g. " + part.ecrRegistryHost("123456789012"))));
        }
        partition.ifPresent(part -> args.smtp().flatMap(smtp -> KnownValue.of(smtp.server())).ifPresent(server -> {
            Optional<String> ses = SmtpServers.sesRegionOf(server, part);
            ses.ifPresent(region -> p.check(region.equals(part.region()), "smtp.server", "'" + server + "' is Amazon SES in " + region
                    + ", outside the VPC that {{network.limitEgress}} keeps the tasks in; use email-smtp." + part.region() + "."
                    + part.dnsSuffix() + " (reached through its VPC endpoint) or a mail server inside the VPC"));
            String host = server.replaceAll(":\\d+$", "");
            if (ses.isEmpty() && host.matches("^\\d{1,3}(\\.\\d{1,3}){3}$")) {
                p.check(host.startsWith("10.") || host.startsWith("192.168.") || host.matches("^172\\.(1[6-9]|2\\d|3[01])\\..*"),
                        "smtp.server", "'" + server + "' is a public address, outside the VPC that {{network.limitEgress}} keeps the tasks"
                                + " in; use a mail server inside the VPC, or Amazon SES of the install's region through its endpoint");
            }
        }));
    }

    /** ARNs the user brings must be in the partition and region the stack deploys to. */
    private static void givenArns(Problems p, PulumiSelfHostedEcsArgs args, AwsPartition part) {
        args.kmsKeyArn().flatMap(KnownValue::of).ifPresent(key -> {
            // The official installer takes a key id; an ARN is checked against the partition.
            // An alias (alias/name) is looked up like a key id, as the installers allow.
            if (!KEY_ID.matcher(key).matches() && !key.matches("^alias/[a-zA-Z0-9/_-]{1,250}$")) {
                Validators.arn(p, "kmsKeyArn", key, part, "kms", "key/",
                        part.arn("kms", part.region(), "123456789012", "key/1234abcd-12ab-34cd-56ef-1234567890ab"));
            }
        });
        args.previousKmsKeyArns().flatMap(KnownValue::of).ifPresent(keys -> {
            for (int i = 0; i < keys.size(); i++) {
                Validators.arn(p, "previousKmsKeyArns[" + i + "]", keys.get(i), part, "kms", "key/",
                        part.arn("kms", part.region(), "123456789012", "key/1234abcd-12ab-34cd-56ef-1234567890ab"));
            }
        });
        args.loadBalancing().webAclArn().flatMap(KnownValue::of).ifPresent(arn ->
                Validators.arn(p, "loadBalancing.webAclArn", arn, part, "wafv2", "regional/webacl/",
                        part.arn("wafv2", part.region(), "123456789012", "regional/webacl/corp/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8")));
        args.existingDatabase().flatMap(ExistingDatabaseArgs::credentialsSecretArn).flatMap(KnownValue::of).ifPresent(arn ->
                Validators.arn(p, "existingDatabase.credentialsSecretArn", arn, part, "secretsmanager", "secret:",
                        part.arn("secretsmanager", part.region(), "123456789012", "secret:pulumi-db-AbCdEf")));
        args.existingBuckets().flatMap(ExistingBucketsArgs::kmsKeyArn).flatMap(KnownValue::of).ifPresent(key ->
                Validators.arn(p, "existingBuckets.kmsKeyArn", key, part, "kms", "key/",
                        part.arn("kms", part.region(), "123456789012", "key/1234abcd-12ab-34cd-56ef-1234567890ab")));
        Optional.ofNullable(args.domain()).flatMap(DomainArgs::certificateArn).flatMap(KnownValue::of).ifPresent(arn ->
                Validators.arn(p, "domain.certificateArn", arn, part, "acm", "certificate/",
                        part.arn("acm", part.region(), "123456789012", "certificate/1234abcd-12ab-34cd-56ef-1234567890ab")));
    }
}
