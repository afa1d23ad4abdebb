package io.selfhosted.pulumi.ecs.secrets;

/**
 * Defaults of {@link ServiceSecretsArgs}; kept out of the Args class, whose declared fields the
 * multi-language schema publishes as inputs.
 */
public final class SecretsDefaults {
    /** The user name of the generated database credentials. */
    public static final String DATABASE_USERNAME = "pulumi_admin";
    /** Whether the install keeps database credentials of its own. */
    public static final boolean STORE_DATABASE_CREDENTIALS = true;
    /** Days a deleted secret can still be restored. */
    public static final int RECOVERY_WINDOW_DAYS = 30;

    private SecretsDefaults() {
    }
}
