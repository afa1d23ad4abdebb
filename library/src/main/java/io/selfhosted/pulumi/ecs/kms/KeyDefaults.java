package io.selfhosted.pulumi.ecs.kms;

/**
 * Defaults of {@link ServiceKeyArgs}; kept out of the Args class, whose declared fields the
 * multi-language schema publishes as inputs.
 */
public final class KeyDefaults {
    /** The key's description. */
    public static final String DESCRIPTION = "Encrypts the self-hosted Pulumi Service's data: secrets, database and buckets";
    /** Days between scheduling the key's deletion and its deletion. */
    public static final int DELETION_WINDOW_DAYS = 30;

    private KeyDefaults() {
    }
}
