package io.selfhosted.pulumi.ecs.testing.aws;

import javax.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One resource being "created" by the fake AWS: its inputs, the state being computed from them and
 * the helpers the per-type shapes share (autonaming, ARNs, fingerprints).
 */
final class FakeResource {

    final String type;
    final String logicalName;
    final FakeAwsAccount account;
    final Fingerprint fingerprint;
    final Map<String, Object> state;
    @Nullable
    String id;

    FakeResource(String type, String logicalName, Map<String, Object> inputs, FakeAwsAccount account,
                 @Nullable String providedId) {
        this.type = type;
        this.logicalName = logicalName;
        this.account = account;
        this.fingerprint = Fingerprint.of(type, logicalName);
        this.state = new LinkedHashMap<>(inputs);
        this.id = providedId == null || providedId.isEmpty() ? null : providedId;
    }

    /** @return the string input or state value, or null */
    @Nullable
    String text(String key) {
        var value = state.get(key);
        return value instanceof String && !((String) value).isEmpty() ? (String) value : null;
    }

    /** @return the numeric input or state value as an int, or the fallback */
    int number(String key, int fallback) {
        var value = state.get(key);
        return value instanceof Number ? ((Number) value).intValue() : fallback;
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(state.get(key));
    }

    /** Sets an attribute unless the program already supplied it as an input. */
    void put(String key, Object value) {
        state.putIfAbsent(key, value);
    }

    /**
     * Emulates Pulumi autonaming on {@code property}: keep the input; else {@code prefix + digits}
     * when a {@code <property>Prefix} input exists, as the provider does; else
     * {@code logicalName-<7 hex>}, trimmed to {@code maxLength} like the engine trims it.
     *
     * @return the physical name
     */
    String autoname(String property, boolean lowercase, int maxLength) {
        var given = text(property);
        if (given != null) {
            return given;
        }
        var prefix = text(property.equals("name") ? "namePrefix" : property + "Prefix");
        String name;
        if (prefix != null) {
            name = prefix + fingerprint.derive("prefix").digits(26);
        } else {
            var suffix = "-" + fingerprint.derive("autoname").hex(7);
            var base = lowercase ? logicalName.toLowerCase(Locale.ROOT) : logicalName;
            name = base.substring(0, Math.min(base.length(), Math.max(1, maxLength - suffix.length()))) + suffix;
        }
        state.put(property, name);
        return name;
    }

    String autoname() {
        return autoname("name", false, 255);
    }

    String hex(String purpose, int length) {
        return fingerprint.derive(purpose).hex(length);
    }

    void idIfAbsent(String value) {
        if (id == null) {
            id = value;
        }
    }

    /** @return the last path segment of an ARN or name, e.g. the cluster name of a cluster ARN */
    static String lastSegment(@Nullable String arnOrName) {
        if (arnOrName == null) {
            return "unknown";
        }
        return arnOrName.substring(arnOrName.lastIndexOf('/') + 1);
    }

    /** @return the distinct domain names of a certificate request, primary first */
    List<String> certificateDomains() {
        var domains = new LinkedHashSet<String>();
        if (text("domainName") != null) {
            domains.add(text("domainName"));
        }
        var alternatives = state.get("subjectAlternativeNames");
        if (alternatives instanceof List) {
            ((List<?>) alternatives).forEach(a -> domains.add(String.valueOf(a)));
        }
        return List.copyOf(domains);
    }
}
