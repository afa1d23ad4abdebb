package io.selfhosted.pulumi.ecs.dns;

/**
 * Defaults of {@link DomainArgs} and {@link ServiceDnsArgs}; kept out of the Args classes, whose
 * declared fields the multi-language schema publishes as inputs.
 */
public final class DomainDefaults {
    /** Whether the service's records may replace existing records of the same names. */
    public static final boolean OVERWRITE_RECORDS = false;

    private DomainDefaults() {
    }
}
