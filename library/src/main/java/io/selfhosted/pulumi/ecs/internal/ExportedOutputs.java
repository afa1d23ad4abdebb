package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outputs of a component as its {@link Export} fields declare them, so that each output is
 * written once: as a field. A null field (an output of a part that is not created) is left out.
 */
public final class ExportedOutputs {
    private ExportedOutputs() {
    }

    /** Export name to output, in declaration order. */
    public static Map<String, Output<?>> of(Object component) {
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        for (Field field : component.getClass().getDeclaredFields()) {
            Export export = field.getAnnotation(Export.class);
            if (export == null) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object value = field.get(component);
                if (value != null) {
                    outputs.put(export.name().isEmpty() ? field.getName() : export.name(), (Output<?>) value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read output " + field.getName(), e);
            }
        }
        return outputs;
    }
}
