package io.selfhosted.pulumi.ecs.testing.aws;

import io.selfhosted.pulumi.ecs.testing.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARNs a planned resource's inputs mention, e.g. to prove that a GovCloud or China install
 * only refers to ARNs of its own partition:
 *
 * <pre>{@code
 * assertThat(Arns.foundIn(resource)).allSatisfy(arn -> assertThat(arn).startsWith("arn:aws-cn:"));
 * }</pre>
 */
public final class Arns {

    /**
     * An ARN in running text: {@code arn:<partition>:<service>:} and the rest up to whitespace, a
     * quote, a comma, a semicolon, a bracket or a backslash. Group 1 is the partition, group 2 the
     * service. Region, account and resource are not checked, so malformed ARNs are found too.
     */
    public static final Pattern PATTERN = Pattern.compile("(?<![A-Za-z0-9])arn:([a-z0-9-]*):([a-z0-9-]+):[^\\s\"'`,;()\\[\\]<>\\\\]*");

    private Arns() {
    }

    /**
     * Every ARN in a resource's plain string inputs, JSON documents (policies, container
     * definitions) included. Secret inputs are not read.
     *
     * @param resource a planned resource
     * @return the ARNs, in input order, with repetitions
     */
    public static List<String> foundIn(PlannedResource resource) {
        List<String> arns = new ArrayList<>();
        for (String text : resource.plainStrings()) {
            Matcher m = PATTERN.matcher(text);
            while (m.find()) {
                arns.add(m.group());
            }
        }
        return List.copyOf(arns);
    }
}
