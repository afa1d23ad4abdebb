package io.selfhosted.pulumi.ecs.storage;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

/**
 * Validation of {@link StorageArgs}, the user's choices for the buckets.
 */
final class StorageValidation {
    private StorageValidation() {
    }

    /** Records every problem of {@code settings}, with paths relative to it. */
    static void check(Problems problems, StorageArgs settings) {
        KnownValue.of(settings.noncurrentVersionExpirationDays()).ifPresent(days ->
                Validators.range(problems, "noncurrentVersionExpirationDays", days, 1, 3650, " days"));
        KnownValue.of(settings.abortIncompleteUploadDays()).ifPresent(days ->
                Validators.range(problems, "abortIncompleteUploadDays", days, 1, 365, " days"));
    }
}
