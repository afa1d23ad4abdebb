package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Log;
import com.pulumi.core.internal.Urn;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The SDK's mock monitor, plus a record of every registration request.
 *
 * <p>We record the request rather than what the mocks receive because the mock API sees inputs
 * after deserialization, which has already dropped secretness and unknown values, and it never
 * sees parents or resource options.
 */
final class RecordingMonitor extends MockMonitor {

    static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private final String stack;
    private final String project;
    private final List<PlannedResource> recorded = new ArrayList<>();

    RecordingMonitor(Mocks mocks, Log log, String stack, String project) {
        super(mocks, log);
        this.stack = stack;
        this.project = project;
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource,
                                                                            RegisterResourceRequest request) {
        if (STACK_TYPE.equals(request.getType())) {
            return super.registerResourceAsync(resource, request);
        }
        var resourceRecord = toPlanned(request);
        synchronized (recorded) {
            recorded.add(resourceRecord);
        }
        return super.registerResourceAsync(resource, request).thenApply(response -> {
            resourceRecord.recordId(response.getId());
            resourceRecord.recordState(response.getId(), WireValues.decode(response.getObject()));
            return response;
        });
    }

    /** @return a snapshot of the registrations so far, in the order they reached the monitor */
    List<PlannedResource> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    private PlannedResource toPlanned(RegisterResourceRequest request) {
        var urn = Urn.create(stack, project, Optional.of(request.getParent()), request.getType(), request.getName());
        var options = new ResourceOptionsRecord(
                request.getProtect(),
                request.getRetainOnDelete(),
                request.getIgnoreChangesList(),
                request.getAliasesList().stream().map(PlannedAlias::fromWire).collect(Collectors.toList()),
                request.getDependenciesList(),
                request.getDeleteBeforeReplace(),
                request.getReplaceOnChangesList(),
                request.getAdditionalSecretOutputsList(),
                customTimeouts(request));
        return new PlannedResource(request.getType(), request.getName(), urn, parentOrNull(request.getParent()),
                !request.getCustom(), WireValues.decode(request.getObject()), options);
    }

    /** The non-empty custom timeouts, by operation ({@code create}, {@code update}, {@code delete}). */
    private static java.util.Map<String, String> customTimeouts(RegisterResourceRequest request) {
        var timeouts = new java.util.TreeMap<String, String>();
        if (request.hasCustomTimeouts()) {
            var given = request.getCustomTimeouts();
            if (!given.getCreate().isEmpty()) {
                timeouts.put("create", given.getCreate());
            }
            if (!given.getUpdate().isEmpty()) {
                timeouts.put("update", given.getUpdate());
            }
            if (!given.getDelete().isEmpty()) {
                timeouts.put("delete", given.getDelete());
            }
        }
        return timeouts;
    }

    /** The stack is every top-level resource's parent, but it is not part of the plan. */
    @javax.annotation.Nullable
    private static String parentOrNull(String parentUrn) {
        if (parentUrn.isEmpty() || STACK_TYPE.equals(UrnParts.parse(parentUrn).type())) {
            return null;
        }
        return parentUrn;
    }
}
