package io.selfhosted.pulumi.ecs.storage;

import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.Validators;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation of {@link StorageArgs}, the user's choices for the buckets, and of
 * {@link ExistingBucketsArgs}.
 */
final class StorageValidation {
    private static final Pattern BUCKET_NAME = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");

    private StorageValidation() {
    }

    /** Records every problem of {@code settings}, with paths relative to it. */
    static void check(Problems problems, StorageArgs settings) {
        KnownValue.of(settings.noncurrentVersionExpirationDays()).ifPresent(days ->
                Validators.range(problems, "noncurrentVersionExpirationDays", days, 1, 3650, " days"));
        KnownValue.of(settings.abortIncompleteUploadDays()).ifPresent(days ->
                Validators.range(problems, "abortIncompleteUploadDays", days, 1, 365, " days"));
    }

    /** Records every problem of buckets the install uses but did not create. */
    static void existing(Problems problems, ExistingBucketsArgs buckets) {
        Set<String> names = new HashSet<>();
        bucket(problems, "checkpointBucketName", KnownValue.of(buckets.checkpointBucketName()), names);
        bucket(problems, "policyPackBucketName", KnownValue.of(buckets.policyPackBucketName()), names);
        bucket(problems, "metadataBucketName", KnownValue.of(buckets.metadataBucketName()), names);
        bucket(problems, "engineEventsBucketName", buckets.engineEventsBucketName().flatMap(KnownValue::of), names);
        // The key's ARN is checked against the stack's partition and region with the install.
    }

    private static void bucket(Problems problems, String path, java.util.Optional<String> name, Set<String> seen) {
        name.ifPresent(n -> {
            if (problems.check(BUCKET_NAME.matcher(n).matches() && !n.contains(".."), path, "'" + n + "' is not an S3 bucket name;"
                    + " use 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit")) {
                problems.check(seen.add(n), path, "'" + n + "' is named twice; each kind of data needs its own bucket");
            }
        });
    }
}
