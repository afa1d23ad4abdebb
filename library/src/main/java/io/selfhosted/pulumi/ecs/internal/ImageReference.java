package io.selfhosted.pulumi.ecs.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference {@code [registry/]repository[:tag]}, parsed far enough to know
 * whether it lives in a private ECR registry, whose pulls the execution role must be allowed.
 *
 * @param registry   the registry host, empty for Docker Hub
 * @param repository the repository path, e.g. {@code pulumi/service}
 * @param tag        the tag, empty when none is given
 */
public record ImageReference(String registry, String repository, String tag) {
    private static final Pattern ECR_HOST = Pattern.compile("^(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.[a-z0-9.]+$");

    /** Parses an image reference; a digest ({@code @sha256:...}) is kept in the tag. */
    public static ImageReference parse(String image) {
        String registry = "";
        String rest = image;
        int slash = image.indexOf('/');
        if (slash > 0) {
            String first = image.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = image.substring(slash + 1);
            }
        }
        int at = rest.indexOf('@');
        int colon = rest.lastIndexOf(':');
        if (at >= 0) {
            return new ImageReference(registry, rest.substring(0, at), rest.substring(at));
        }
        if (colon > rest.lastIndexOf('/')) {
            return new ImageReference(registry, rest.substring(0, colon), rest.substring(colon + 1));
        }
        return new ImageReference(registry, rest, "");
    }

    /** The ARN of the ECR repository, when the registry is a private ECR registry. */
    public Optional<String> ecrRepositoryArn() {
        Matcher m = ECR_HOST.matcher(registry);
        if (!m.matches()) {
            return Optional.empty();
        }
        String account = m.group(1);
        String region = m.group(2);
        return Optional.of(AwsPartition.ofRegion(region).arn("ecr", region, account, "repository/" + repository));
    }
}
