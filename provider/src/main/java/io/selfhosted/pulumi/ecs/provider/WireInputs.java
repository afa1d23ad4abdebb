package io.selfhosted.pulumi.ecs.provider;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.provider.internal.properties.PropertyValue.OutputReference;
import com.pulumi.provider.internal.properties.PropertyValue.ValueType;
import com.pulumi.resources.ResourceArgs;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a construct's inputs, as the Node, Python, Go and .NET SDKs send them, into the shapes
 * the Java SDK's deserialiser takes, guided by the Args class each value goes to.
 *
 * <p>The other SDKs send every {@code Output} as an output value (value, secret flag,
 * dependencies; no value while unknown), also inside lists and objects, and an object may come
 * as one output as a whole. The Java SDK takes a secret, an output or an unknown only as the
 * whole value of an {@code Output<T>} property. So, for each property:
 * <ul>
 * <li>{@code Output<T>}: the value is flattened (no wrapper inside it); secret when any part
 *     was, unknown when any part was, and an output with the union of all dependencies;</li>
 * <li>an Args group (a plain property): its object is normalised by its own class; a secret or
 *     an output around the whole object is pushed down onto each of its properties; an unknown
 *     object (during a preview) becomes an object whose properties are all unknown;</li>
 * <li>a list of Args groups: each element as a group.</li>
 * </ul>
 * Secrets stay secret throughout; dependencies are kept where the SDK keeps them (an output
 * property), and dropped only inside a secret, where the SDK cannot carry both.
 */
final class WireInputs {
    private WireInputs() {
    }

    /** The inputs of {@code argsType}, normalised. */
    static Map<String, PropertyValue> normalise(Map<String, PropertyValue> inputs, Class<?> argsType) {
        return object(inputs, argsType, false, Set.of());
    }

    private static Map<String, PropertyValue> object(Map<String, PropertyValue> inputs, Class<?> argsType, boolean secret,
                                                     Set<String> dependencies) {
        Map<String, Field> fields = importedFields(argsType);
        Map<String, PropertyValue> result = new LinkedHashMap<>();
        inputs.forEach((name, value) -> {
            Field field = fields.get(name);
            // A property the Args do not declare is passed on: the SDK reports it in its terms.
            result.put(name, field == null ? value : property(value, field.getGenericType(), secret, dependencies));
        });
        return result;
    }

    private static PropertyValue property(PropertyValue value, Type type, boolean secret, Set<String> dependencies) {
        if (type instanceof ParameterizedType p && p.getRawType() == Output.class) {
            return output(value, secret, dependencies);
        }
        Class<?> raw = rawClass(type);
        if (raw != null && ResourceArgs.class.isAssignableFrom(raw)) {
            return group(value, raw, secret, dependencies);
        }
        if (raw == List.class && type instanceof ParameterizedType p) {
            Class<?> element = rawClass(p.getActualTypeArguments()[0]);
            if (element != null && ResourceArgs.class.isAssignableFrom(element)) {
                Unwrapped list = unwrap(value);
                if (list.unknown || list.value == null || list.value.getType() != ValueType.ARRAY) {
                    return list.unknown ? PropertyValue.of(List.of()) : value;
                }
                List<PropertyValue> items = new ArrayList<>();
                for (PropertyValue item : list.value.getArrayValue()) {
                    items.add(group(item, element, secret || list.secret, union(dependencies, list.dependencies)));
                }
                return PropertyValue.of(items);
            }
        }
        return value;
    }

    /** An Args group: its own properties normalised, a wrapper around it pushed down to them. */
    private static PropertyValue group(PropertyValue value, Class<?> argsType, boolean secret, Set<String> dependencies) {
        Unwrapped whole = unwrap(value);
        boolean isSecret = secret || whole.secret;
        Set<String> deps = union(dependencies, whole.dependencies);
        if (whole.unknown) {
            Map<String, PropertyValue> unknown = new LinkedHashMap<>();
            importedFields(argsType).forEach((name, field) -> {
                Type t = field.getGenericType();
                if (t instanceof ParameterizedType p && p.getRawType() == Output.class) {
                    unknown.put(name, PropertyValue.COMPUTED);
                }
            });
            return PropertyValue.of(unknown);
        }
        if (whole.value == null || whole.value.getType() != ValueType.OBJECT) {
            return whole.value == null ? PropertyValue.NULL : whole.value;
        }
        return PropertyValue.of(object(whole.value.getObjectValue(), argsType, isSecret, deps));
    }

    /** An {@code Output<T>} property: one plain value, wrapped once as a secret, an output or an unknown. */
    private static PropertyValue output(PropertyValue value, boolean secret, Set<String> dependencies) {
        Flat flat = new Flat();
        flat.secret = secret;
        flat.dependencies.addAll(dependencies);
        PropertyValue plain = flatten(value, flat);
        if (flat.unknown) {
            return PropertyValue.COMPUTED;
        }
        if (flat.secret) {
            return PropertyValue.ofSecret(plain);
        }
        if (!flat.dependencies.isEmpty()) {
            return PropertyValue.of(new OutputReference(plain, flat.dependencies));
        }
        return plain;
    }

    private static PropertyValue flatten(PropertyValue value, Flat flat) {
        switch (value.getType()) {
            case SECRET -> {
                flat.secret = true;
                return flatten(value.getSecretValue(), flat);
            }
            case OUTPUT -> {
                OutputReference ref = value.getOutputValue();
                flat.dependencies.addAll(ref.getDependencies());
                if (ref.getValue() == null || ref.getValue().isComputed()) {
                    flat.unknown = true;
                    return PropertyValue.NULL;
                }
                return flatten(ref.getValue(), flat);
            }
            case COMPUTED -> {
                flat.unknown = true;
                return PropertyValue.NULL;
            }
            case ARRAY -> {
                List<PropertyValue> items = new ArrayList<>();
                value.getArrayValue().forEach(item -> items.add(flatten(item, flat)));
                return PropertyValue.of(items);
            }
            case OBJECT -> {
                Map<String, PropertyValue> entries = new LinkedHashMap<>();
                value.getObjectValue().forEach((k, v) -> entries.put(k, flatten(v, flat)));
                return PropertyValue.of(entries);
            }
            default -> {
                return value;
            }
        }
    }

    private static final class Flat {
        boolean secret;
        boolean unknown;
        final Set<String> dependencies = new LinkedHashSet<>();
    }

    /** A value with the wrappers around it (secret, output, unknown) taken off and noted. */
    private record Unwrapped(PropertyValue value, boolean secret, boolean unknown, Set<String> dependencies) {
    }

    private static Unwrapped unwrap(PropertyValue value) {
        boolean secret = false;
        Set<String> deps = new LinkedHashSet<>();
        PropertyValue current = value;
        for (;;) {
            if (current == null) {
                return new Unwrapped(null, secret, false, deps);
            }
            switch (current.getType()) {
                case SECRET -> {
                    secret = true;
                    current = current.getSecretValue();
                }
                case OUTPUT -> {
                    deps.addAll(current.getOutputValue().getDependencies());
                    PropertyValue inner = current.getOutputValue().getValue();
                    if (inner == null || inner.isComputed()) {
                        return new Unwrapped(null, secret, true, deps);
                    }
                    current = inner;
                }
                case COMPUTED -> {
                    return new Unwrapped(null, secret, true, deps);
                }
                default -> {
                    return new Unwrapped(current, secret, false, deps);
                }
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static final Map<Class<?>, Map<String, Field>> FIELDS = new HashMap<>();

    /** The {@code @Import} fields of an Args class and its superclasses, by wire name. */
    static synchronized Map<String, Field> importedFields(Class<?> argsType) {
        return FIELDS.computeIfAbsent(argsType, type -> {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    Import imported = f.getAnnotation(Import.class);
                    if (imported != null && !Modifier.isStatic(f.getModifiers())) {
                        fields.putIfAbsent(imported.name().isEmpty() ? f.getName() : imported.name(), f);
                    }
                }
            }
            return fields;
        });
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** Whether a value still holds a wrapper the Java SDK cannot take below the top of a property. */
    static Optional<String> nestedWrapper(PropertyValue value) {
        return nested(value, true);
    }

    private static Optional<String> nested(PropertyValue value, boolean top) {
        switch (value.getType()) {
            case SECRET, OUTPUT, COMPUTED -> {
                if (!top) {
                    return Optional.of(value.getType().name());
                }
                if (value.getType() == ValueType.SECRET) {
                    return nested(value.getSecretValue(), false);
                }
                if (value.getType() == ValueType.OUTPUT && value.getOutputValue().getValue() != null) {
                    return nested(value.getOutputValue().getValue(), false);
                }
                return Optional.empty();
            }
            case ARRAY -> {
                for (PropertyValue item : value.getArrayValue()) {
                    var found = nested(item, false);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            case OBJECT -> {
                for (PropertyValue item : value.getObjectValue().values()) {
                    var found = nested(item, false);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
