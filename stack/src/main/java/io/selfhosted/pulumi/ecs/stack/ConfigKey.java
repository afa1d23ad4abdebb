package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.core.Output;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One stack config key of the bundled stack, spelled once: its name (the official installer's
 * where one exists), what it is, the library property it sets and how, and its default (taken
 * from the library's own constants, so the documentation cannot drift from the code).
 *
 * @param <T> the parsed value's type
 */
public final class ConfigKey<T> {
    /** How a key's value is written in the stack file, and what it parses to. */
    public enum Kind {
        /** A text value. */
        STRING("string"),
        /** A whole number. */
        INTEGER("integer"),
        /** {@code true} or {@code false}. */
        BOOLEAN("boolean"),
        /** A YAML list of text values (or comma-separated text). */
        LIST("list"),
        /** A YAML object of text values. */
        MAP("map"),
        /** A text value set with {@code pulumi config set --secret}. */
        SECRET("secret");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind as the config reference names it. */
        public String label() {
            return label;
        }
    }

    private final String name;
    private final Kind kind;
    private final String argsPath;
    private final String doc;
    private final boolean required;
    private final @Nullable Object defaultValue;
    private final BiConsumer<StackBuilders, T> binder;
    private final List<String> aliases;

    private ConfigKey(String name, Kind kind, String argsPath, String doc, boolean required, @Nullable Object defaultValue,
                      BiConsumer<StackBuilders, T> binder) {
        this(name, kind, argsPath, doc, required, defaultValue, binder, List.of());
    }

    private ConfigKey(String name, Kind kind, String argsPath, String doc, boolean required, @Nullable Object defaultValue,
                      BiConsumer<StackBuilders, T> binder, List<String> aliases) {
        this.name = name;
        this.kind = kind;
        this.argsPath = argsPath;
        this.doc = doc;
        this.required = required;
        this.defaultValue = defaultValue;
        this.binder = binder;
        this.aliases = List.copyOf(aliases);
    }

    static ConfigKey<String> string(String name, String argsPath, String doc, BiConsumer<StackBuilders, String> binder) {
        return new ConfigKey<>(name, Kind.STRING, argsPath, doc, false, null, binder);
    }

    static ConfigKey<Integer> integer(String name, String argsPath, String doc, BiConsumer<StackBuilders, Integer> binder) {
        return new ConfigKey<>(name, Kind.INTEGER, argsPath, doc, false, null, binder);
    }

    static ConfigKey<Boolean> bool(String name, String argsPath, String doc, BiConsumer<StackBuilders, Boolean> binder) {
        return new ConfigKey<>(name, Kind.BOOLEAN, argsPath, doc, false, null, binder);
    }

    static ConfigKey<List<String>> list(String name, String argsPath, String doc, BiConsumer<StackBuilders, List<String>> binder) {
        return new ConfigKey<>(name, Kind.LIST, argsPath, doc, false, null, binder);
    }

    static ConfigKey<Map<String, String>> map(String name, String argsPath, String doc,
                                              BiConsumer<StackBuilders, Map<String, String>> binder) {
        return new ConfigKey<>(name, Kind.MAP, argsPath, doc, false, null, binder);
    }

    static ConfigKey<Output<String>> secret(String name, String argsPath, String doc, BiConsumer<StackBuilders, Output<String>> binder) {
        return new ConfigKey<>(name, Kind.SECRET, argsPath, doc, false, null, binder);
    }

    /** This key, required. */
    ConfigKey<T> mandatory() {
        return new ConfigKey<>(name, kind, argsPath, doc, true, defaultValue, binder, aliases);
    }

    /** This key, documented with the library's default for it. */
    ConfigKey<T> defaultsTo(Object value) {
        return new ConfigKey<>(name, kind, argsPath, doc, required, value, binder, aliases);
    }

    /** This key, also read under other spellings (an official installer's), one at a time. */
    ConfigKey<T> alsoReadAs(String... spellings) {
        return new ConfigKey<>(name, kind, argsPath, doc, required, defaultValue, binder, List.of(spellings));
    }

    /** The other spellings it is read under, e.g. an installer's typo. */
    public List<String> aliases() {
        return aliases;
    }

    /** Its name, then its aliases. */
    public List<String> spellings() {
        var all = new java.util.ArrayList<String>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** The config key, e.g. {@code apiTaskCpu}. */
    public String name() {
        return name;
    }

    /** How the value is written. */
    public Kind kind() {
        return kind;
    }

    /** The {@code PulumiSelfHostedEcsArgs} property path it sets, e.g. {@code api.sizing.cpu}. */
    public String argsPath() {
        return argsPath;
    }

    /** Whether the stack cannot run without it. */
    public boolean required() {
        return required;
    }

    /** Whether it must be set with {@code pulumi config set --secret}. */
    public boolean secret() {
        return kind == Kind.SECRET;
    }

    /** The library's default, when the key has one. */
    public Optional<Object> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** What it is for, with its default. */
    public String documentation() {
        return defaultValue().map(d -> doc + " Default: " + render(d) + ".").orElse(doc);
    }

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** Sets the parsed value on the builders. */
    void bind(StackBuilders builders, T value) {
        binder.accept(builders, value);
    }

    /** Reads this key with {@code reader} (recording problems) and binds what it read. */
    void read(ConfigReader reader, StackBuilders builders) {
        read(reader).ifPresent(value -> bind(builders, value));
    }

    @SuppressWarnings("unchecked")
    Optional<T> read(ConfigReader reader) {
        Function<ConfigKey<T>, Optional<?>> parse = switch (kind) {
            case STRING -> reader::string;
            case INTEGER -> reader::integer;
            case BOOLEAN -> reader::bool;
            case LIST -> reader::list;
            case MAP -> reader::map;
            case SECRET -> reader::secret;
        };
        return (Optional<T>) parse.apply(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
