package io.selfhosted.pulumi.ecs.testing;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One resource (custom or component) the program registered, as the engine would have received it.
 *
 * <p>Inputs are plain Java values: {@code Map<String, Object>} (keys sorted), {@code List<Object>},
 * {@code String}, {@code Double} (the engine has a single number type), {@code Boolean},
 * {@code null}, {@link SecretValue} and {@link UnknownValue}. The typed accessors take a
 * {@linkplain #input(String) property path}, unwrap secrets transparently and throw a descriptive
 * {@link NoSuchElementException} or {@link IllegalStateException} when the value is missing or of
 * another type.
 */
public final class PlannedResource {

    private final String type;
    private final String name;
    private final String urn;
    @Nullable
    private final String parentUrn;
    private final boolean component;
    private final Map<String, Object> inputs;
    private final ResourceOptionsRecord options;
    private volatile String id = "";
    private volatile java.util.Set<String> simulated = java.util.Set.of();

    PlannedResource(String type, String name, String urn, @Nullable String parentUrn, boolean component,
                    Map<String, Object> inputs, ResourceOptionsRecord options) {
        this.type = type;
        this.name = name;
        this.urn = urn;
        this.parentUrn = parentUrn;
        this.component = component;
        this.inputs = inputs;
        this.options = options;
    }

    /** Called once the fake cloud has answered the registration. */
    void recordId(String id) {
        this.id = id == null ? "" : id;
    }

    /**
     * Called with the state the fake cloud answered: every string it made up (the id, and each
     * top-level string property that is not the input of the same name) is simulated.
     */
    void recordState(String id, Map<String, Object> state) {
        var made = new java.util.HashSet<String>();
        if (id != null && !id.isEmpty() && !component) {
            made.add(id);
        }
        state.forEach((key, value) -> {
            if (value instanceof String && !((String) value).isEmpty() && !value.equals(inputs.get(key))) {
                made.add((String) value);
            }
        });
        this.simulated = java.util.Set.copyOf(made);
    }

    /**
     * @return the strings the fake cloud made up for this resource (its id, generated names, ARNs,
     *         endpoints): placeholders for values AWS chooses on {@code pulumi up}
     */
    public java.util.Set<String> simulatedValues() {
        return simulated;
    }

    /**
     * @return the id the fake cloud gave the resource (e.g. {@code sg-0a1b...}), empty for
     *         components; other resources' inputs refer to it
     */
    public Optional<String> id() {
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** @return the type token, e.g. {@code aws:ecs/service:Service} */
    public String type() {
        return type;
    }

    /** @return the logical name given to the resource's constructor */
    public String name() {
        return name;
    }

    /** @return the URN the engine would assign */
    public String urn() {
        return urn;
    }

    /** @return the parent's URN, or empty when the parent is the stack itself */
    public Optional<String> parentUrn() {
        return Optional.ofNullable(parentUrn);
    }

    /** @return the parent's type token, or empty when the parent is the stack itself */
    public Optional<String> parentType() {
        return parentUrn().map(u -> UrnParts.parse(u).type());
    }

    /** @return the parent's logical name, or empty when the parent is the stack itself */
    public Optional<String> parentName() {
        return parentUrn().map(u -> UrnParts.parse(u).name());
    }

    /** @return true for a component resource, false for a custom (provider-backed) resource */
    public boolean isComponent() {
        return component;
    }

    /** @return all inputs, keys sorted; secrets appear as {@link SecretValue} */
    public Map<String, Object> inputs() {
        return inputs;
    }

    /**
     * Looks up an input by path: keys separated by dots and list indexes in brackets, e.g.
     * {@code portMappings[0].containerPort}. Secrets on the way are unwrapped, and a string holding
     * a JSON object or array is parsed when the path continues into it (so
     * {@code containerDefinitions[0].image} works on an ECS task definition).
     *
     * @param path the property path
     * @return the value, or empty when the path does not exist or the value is null
     */
    public Optional<Object> input(String path) {
        return Optional.ofNullable(PropertyPath.parse(path).lookup(inputs).value());
    }

    /**
     * @param path a property path, see {@link #input(String)}
     * @return whether the path exists (even with a null value)
     */
    public boolean has(String path) {
        return PropertyPath.parse(path).lookup(inputs).found();
    }

    /**
     * @param path a property path, see {@link #input(String)}
     * @return the string at the path
     */
    public String string(String path) {
        return typed(path, String.class, "a string");
    }

    /**
     * Reads a whole number; engine numbers are doubles, so this rejects fractional values.
     *
     * @param path a property path, see {@link #input(String)}
     * @return the number at the path as an int
     */
    public int integer(String path) {
        double number = number(path);
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new IllegalStateException(describe() + " input '" + path + "' is " + number
                    + ", not a whole number");
        }
        return (int) number;
    }

    /**
     * @param path a property path, see {@link #input(String)}
     * @return the number at the path
     */
    public double number(String path) {
        return typed(path, Double.class, "a number");
    }

    /**
     * @param path a property path, see {@link #input(String)}
     * @return the boolean at the path
     */
    public boolean bool(String path) {
        return typed(path, Boolean.class, "a boolean");
    }

    /**
     * @param path a property path, see {@link #input(String)}
     * @return the list at the path (a JSON array held in a string is parsed)
     */
    @SuppressWarnings("unchecked")
    public List<Object> list(String path) {
        return (List<Object>) typed(path, List.class, "a list");
    }

    /**
     * @param path a property path, see {@link #input(String)}
     * @return the object at the path (a JSON object held in a string is parsed)
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String path) {
        return (Map<String, Object>) typed(path, Map.class, "an object");
    }

    /**
     * @param path a property path, see {@link #input(String)}
     * @return true if the value at the path, or any value enclosing it, is a {@link SecretValue}
     */
    public boolean isSecret(String path) {
        var lookup = PropertyPath.parse(path).lookup(inputs);
        if (!lookup.found()) {
            throw missing(path);
        }
        return lookup.secret();
    }

    /**
     * Every string in the inputs that is not inside a {@link SecretValue}, in input order. A string
     * holding a JSON document is returned whole, so a secret embedded in it is still found by a
     * substring search. Used to prove that no secret value leaks into plain inputs.
     *
     * @return the plain string leaves
     */
    public List<String> plainStrings() {
        var strings = new ArrayList<String>();
        collectPlainStrings(inputs, strings);
        return List.copyOf(strings);
    }

    private static void collectPlainStrings(@Nullable Object value, List<String> sink) {
        if (value instanceof String) {
            sink.add((String) value);
        } else if (value instanceof Map) {
            ((Map<?, ?>) value).values().forEach(v -> collectPlainStrings(v, sink));
        } else if (value instanceof List) {
            ((List<?>) value).forEach(v -> collectPlainStrings(v, sink));
        }
    }

    /** @return whether the {@code protect} option is set */
    public boolean protect() {
        return options.protect();
    }

    /** @return whether the {@code retainOnDelete} option is set */
    public boolean retainOnDelete() {
        return options.retainOnDelete();
    }

    /** @return the {@code ignoreChanges} property paths */
    public List<String> ignoreChanges() {
        return options.ignoreChanges();
    }

    /** @return the declared aliases */
    public List<PlannedAlias> aliases() {
        return options.aliases();
    }

    /** @return URNs of the resources this one explicitly or implicitly depends on */
    public List<String> dependencies() {
        return options.dependencies();
    }

    /** @return whether the {@code deleteBeforeReplace} option is set */
    public boolean deleteBeforeReplace() {
        return options.deleteBeforeReplace();
    }

    /** @return the {@code replaceOnChanges} property paths */
    public List<String> replaceOnChanges() {
        return options.replaceOnChanges();
    }

    /**
     * @return the {@code customTimeouts} option by operation ({@code create}, {@code update},
     *         {@code delete}) as the engine receives them (for example {@code "30m"}); empty when
     *         none is set
     */
    public Map<String, String> customTimeouts() {
        return options.customTimeouts();
    }

    /** @return the {@code additionalSecretOutputs} property names */
    public List<String> additionalSecretOutputs() {
        return options.additionalSecretOutputs();
    }

    private <T> T typed(String path, Class<T> kind, String description) {
        var lookup = PropertyPath.parse(path).lookup(inputs);
        if (!lookup.found() || lookup.value() == null) {
            throw missing(path);
        }
        var value = lookup.value();
        if (kind != String.class && value instanceof String) {
            value = JsonText.parseDocument((String) value).orElse(value);
        }
        if (!kind.isInstance(value)) {
            throw new IllegalStateException(describe() + " input '" + path + "' is not " + description
                    + ": " + (lookup.secret() ? "[secret]" : value));
        }
        return kind.cast(value);
    }

    private NoSuchElementException missing(String path) {
        return new NoSuchElementException(describe() + " has no input '" + path + "' (top-level inputs: "
                + inputs.keySet() + ")");
    }

    private String describe() {
        return type + " '" + name + "'";
    }

    /** @return {@code type::name}, the resource's identity in plan renderings */
    @Override
    public String toString() {
        return type + "::" + name;
    }
}
