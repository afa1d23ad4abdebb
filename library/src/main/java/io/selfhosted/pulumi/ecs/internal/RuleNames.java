package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.core.Output;

/**
 * Logical names of security group rules derived from what they allow ({@code 443-10-0-0-0-8}),
 * not from their position in a list: removing or reordering a CIDR then deletes and creates
 * exactly the rules that changed, instead of rewriting rules in place into duplicates that AWS
 * rejects.
 */
public final class RuleNames {
    private RuleNames() {
    }

    /** {@code <port>-<cidr with separators as hyphens>}, or the list index when either is not known yet. */
    public static String suffix(Output<Integer> port, Output<String> cidr, int index) {
        var knownPort = KnownValue.of(port);
        var knownCidr = KnownValue.of(cidr);
        if (knownPort.isEmpty() || knownCidr.isEmpty()) {
            return String.valueOf(index);
        }
        return knownPort.get() + "-" + knownCidr.get().replaceAll("[^A-Za-z0-9]+", "-");
    }
}
