package io.selfhosted.pulumi.ecs.storage;

/**
 * Defaults of the service's buckets ({@link StorageArgs}); kept out of the Args class, whose
 * declared fields the multi-language schema publishes as inputs.
 */
public final class StorageDefaults {
    /** Whether the engine events bucket is created. */
    public static final boolean ENGINE_EVENTS_BUCKET = false;
    /** Days a replaced object version is kept. */
    public static final int NONCURRENT_VERSION_EXPIRATION_DAYS = 90;
    /** Days after which the parts of an unfinished multipart upload are removed. */
    public static final int ABORT_INCOMPLETE_UPLOAD_DAYS = 7;

    private StorageDefaults() {
    }
}
