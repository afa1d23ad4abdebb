package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.Log;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.serialization.internal.Serializer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the stack outputs of a finished run into {@link PlannedOutput}s.
 *
 * <p>Values go through the SDK's own serializer and back through {@link WireValues}, so an output
 * looks exactly like an input would (numbers as {@code Double}, custom types as maps, resources as
 * references) whatever Java type the program exported.
 */
final class StackOutputs {

    private StackOutputs() {
    }

    /**
     * @param failures receives the exception of each output that failed; such an output is
     *                 reported as unknown, as the engine would not know its value either
     */
    static Map<String, PlannedOutput> read(Map<String, Output<?>> outputs, Log log, long deadlineNanos,
                                           List<Throwable> failures) throws TimeoutException, InterruptedException {
        var planned = new TreeMap<String, PlannedOutput>();
        for (var entry : outputs.entrySet()) {
            planned.put(entry.getKey(), read(entry.getKey(), entry.getValue(), log, deadlineNanos, failures));
        }
        return planned;
    }

    private static PlannedOutput read(String name, Output<?> output, Log log, long deadlineNanos,
                                      List<Throwable> failures) throws TimeoutException, InterruptedException {
        try {
            var data = Internal.of(output).getDataAsync().get(remaining(deadlineNanos), TimeUnit.NANOSECONDS);
            if (!data.isKnown()) {
                return new PlannedOutput(name, null, data.isSecret(), false);
            }
            var wire = new Serializer(log).serializeAsync("output " + name, data.getValueNullable(), true)
                    .get(remaining(deadlineNanos), TimeUnit.NANOSECONDS);
            var value = WireValues.decode(Serializer.createValue(wire));
            return new PlannedOutput(name, value, data.isSecret(), true);
        } catch (ExecutionException failed) {
            failures.add(failed.getCause() == null ? failed : failed.getCause());
            return new PlannedOutput(name, null, false, false);
        }
    }

    private static long remaining(long deadlineNanos) {
        return Math.max(1, deadlineNanos - System.nanoTime());
    }
}
