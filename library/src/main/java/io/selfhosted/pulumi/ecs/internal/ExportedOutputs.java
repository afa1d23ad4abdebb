package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of a component as its {@link Export} fields declare them, so that each output is
 * written once: as a field. A null field (an output of a part that is not created) is left out.
 */
public final class ExportedOutputs {
    private ExportedOutputs() {
    }

    /** Export name to output: the fields of the component's class and of every class above it (a subclass's too). */
    public static Map<String, Output<?>> of(Object component) {
        List<Class<?>> classes = new ArrayList<>();
        // Up to the SDK's own classes, whose fields (the URN) are not outputs of the install.
        for (Class<?> type = component.getClass(); type != null && !type.getName().startsWith("com.pulumi."); type = type.getSuperclass()) {
            classes.add(0, type);
        }
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            collect(component, type, outputs);
        }
        return outputs;
    }

    private static void collect(Object component, Class<?> type, Map<String, Output<?>> outputs) {
        for (Field field : type.getDeclaredFields()) {
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
    }
}
