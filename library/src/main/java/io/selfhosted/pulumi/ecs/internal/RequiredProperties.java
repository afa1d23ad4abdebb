package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The required properties an Args tree leaves unset, found from the {@code @Import(required =
 * true)} fields the SDK's schema also reads. Builders do not throw on a missing property, one at
 * a time; validation reports all of them together, each with its property path, before any
 * rule that needs them runs.
 */
public final class RequiredProperties {
    private RequiredProperties() {
    }

    /** Every unset required property of {@code args} and of the Args it holds, by path. */
    public static List<Problem> problems(Object args) {
        List<Problem> found = new ArrayList<>();
        collect(args, "", found);
        return found;
    }

    /** The unset required properties of {@code args} itself, not of the Args it holds. */
    public static List<Problem> unsetHere(Object args) {
        List<Problem> found = new ArrayList<>();
        for (Class<?> type = args.getClass(); type != null && type != ResourceArgs.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Import imported = field.getAnnotation(Import.class);
                if (imported != null && imported.required() && !Modifier.isStatic(field.getModifiers()) && read(field, args) == null) {
                    found.add(new Problem(imported.name(), "is required; set it"));
                }
            }
        }
        return found;
    }

    /** Records the unset required properties of {@code args} in {@code problems}; true when there is none. */
    public static boolean check(Problems problems, Object args) {
        List<Problem> missing = problems(args);
        problems.addAll("", missing);
        return missing.isEmpty();
    }

    private static void collect(Object args, String prefix, List<Problem> found) {
        for (Class<?> type = args.getClass(); type != null && ResourceArgs.class.isAssignableFrom(type)
                && type != ResourceArgs.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Import imported = field.getAnnotation(Import.class);
                if (imported == null || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field, args);
                String path = prefix.isEmpty() ? imported.name() : prefix + "." + imported.name();
                if (value == null) {
                    if (imported.required()) {
                        found.add(new Problem(path, "is required; set it"));
                    }
                } else if (value instanceof ResourceArgs) {
                    collect(value, path, found);
                } else if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof ResourceArgs) {
                            collect(list.get(i), path + "[" + i + "]", found);
                        }
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object args) {
        try {
            field.setAccessible(true);
            return field.get(args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
