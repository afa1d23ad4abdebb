package io.selfhosted.pulumi.ecs.storage;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Rules;

/**
 * Validation of {@link StorageSettings}, shared by {@link ServiceStorage} and the top component.
 */
public final class StorageRules {
    private StorageRules() {
    }

    /** Records every problem of {@code settings} under the property path {@code path}. */
    public static void check(Problems problems, String path, StorageSettings settings) {
        KnownValue.of(settings.noncurrentVersionExpirationDays()).ifPresent(days ->
                Rules.range(problems, path + ".noncurrentVersionExpirationDays", days, 1, 3650, " days"));
        KnownValue.of(settings.abortIncompleteUploadDays()).ifPresent(days ->
                Rules.range(problems, path + ".abortIncompleteUploadDays", days, 1, 365, " days"));
    }
}
