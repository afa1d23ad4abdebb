package io.selfhosted.pulumi.ecs.provider;

import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.Provider;
import com.pulumi.provider.internal.models.ConstructRequest;
import com.pulumi.provider.internal.models.ConstructResponse;
import com.pulumi.provider.internal.models.GetSchemaRequest;
import com.pulumi.provider.internal.models.GetSchemaResponse;
import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code selfhosted-ecs} provider: {@code PulumiSelfHostedEcs} for every Pulumi language.
 * Its schema is the golden {@code schema.json} the build checks against the code (descriptions,
 * secrets, defaults and version included); a construct takes the inputs as the other SDKs send
 * them ({@link WireInputs}), and a validation failure returns the problem list as its error.
 */
public final class SelfHostedEcsProvider implements Provider {
    /** The package name, the first part of every type token. */
    public static final String PACKAGE = "selfhosted-ecs";
    static final String SCHEMA_RESOURCE = "/io/selfhosted/pulumi/ecs/provider/schema.json";

    private final ComponentProvider components = new ComponentProvider(new Metadata(PACKAGE), PulumiSelfHostedEcs.class.getPackage());

    @Override
    public CompletableFuture<GetSchemaResponse> getSchema(GetSchemaRequest request) {
        return CompletableFuture.completedFuture(new GetSchemaResponse(schema()));
    }

    @Override
    public CompletableFuture<ConstructResponse> construct(ConstructRequest request) {
        if (!PulumiSelfHostedEcs.TYPE.equals(request.getType())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "unknown resource type " + request.getType() + "; this package offers " + PulumiSelfHostedEcs.TYPE));
        }
        var normalised = new ConstructRequest(request.getType(), request.getName(),
                WireInputs.normalise(request.getInputs(), PulumiSelfHostedEcsArgs.class), request.getOptions());
        CompletableFuture<ConstructResponse> result;
        try {
            result = components.construct(normalised);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        return result.handle((response, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(response);
            }
            return CompletableFuture.<ConstructResponse>failedFuture(userFacing(error));
        }).thenCompose(f -> f);
    }

    /** The problem list of a validation failure, wherever in the cause chain it is; other errors as they are. */
    static Throwable userFacing(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidArgumentsException invalid) {
                return new ConstructFailure(invalid.getMessage());
            }
        }
        return error;
    }

    /** The golden schema, as the build checked it. */
    public static String schema() {
        try (InputStream in = SelfHostedEcsProvider.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the provider jar lacks " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A construct that failed for a reason the user can fix: the message is all they need. */
    static final class ConstructFailure extends RuntimeException {
        ConstructFailure(String message) {
            super(message, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
