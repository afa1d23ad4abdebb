package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;

import javax.annotation.Nullable;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the value of an {@link Output} when it is already known, without blocking.
 *
 * <p>Validation must run before any resource is registered, so it cannot wait for values that
 * other resources compute. Plain values, stack config and {@code Output.of(...)} are complete at
 * construction time and are checked here; values still pending (outputs of other resources) are
 * left to AWS to reject at deploy time. The SDK has no public API for this peek, hence the
 * internal accessor.
 */
public final class KnownValue {
    private KnownValue() {
    }

    /** The value if the output is already resolved and known, else empty. */
    public static <T> Optional<T> of(@Nullable Output<T> output) {
        if (output == null) {
            return Optional.empty();
        }
        CompletableFuture<OutputData<T>> data = Internal.of(output).getDataAsync();
        if (!data.isDone() || data.isCompletedExceptionally()) {
            return Optional.empty();
        }
        OutputData<T> resolved = data.join();
        return resolved.isKnown() ? resolved.getValueOptional() : Optional.empty();
    }

    /** Whether the output is already known to be a Pulumi secret (false when not yet resolved). */
    public static boolean isSecret(@Nullable Output<?> output) {
        if (output == null) {
            return false;
        }
        CompletableFuture<Boolean> secret = Internal.of(output).isSecret();
        return secret.isDone() && !secret.isCompletedExceptionally() && secret.join();
    }
}
