package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps every secret config value out of the problems the stack reports, whatever key it was set
 * under and whatever check quoted it: the value (as the program sees it) is replaced by
 * {@code [secret]}.
 */
final class SecretScrubber {
    private final List<String> secrets;

    private SecretScrubber(List<String> secrets) {
        this.secrets = secrets;
    }

    /** The secret values of a config source. */
    static SecretScrubber of(ConfigSource source) {
        List<String> values = new ArrayList<>();
        String project = source.namespace();
        for (String qualified : source.keys()) {
            int colon = qualified.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String namespace = qualified.substring(0, colon);
            String key = qualified.substring(colon + 1);
            boolean secret = namespace.equals(project) ? source.isSecret(key) : source.isSecretQualified(namespace, key);
            if (secret) {
                (namespace.equals(project) ? source.get(key) : source.getQualified(namespace, key))
                        .filter(v -> v.length() >= 4).ifPresent(values::add);
            }
        }
        // The keys this stack reads too, should the source not list its keys.
        for (ConfigKey<?> key : StackConfig.KEYS) {
            for (String spelling : key.spellings()) {
                if (source.isSecret(spelling)) {
                    source.get(spelling).filter(v -> v.length() >= 4 && !values.contains(v)).ifPresent(values::add);
                }
            }
        }
        // Longest first, so that a value containing another is replaced whole.
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretScrubber(values);
    }

    /** The problems with every secret value replaced. */
    List<Problem> scrub(List<Problem> problems) {
        if (secrets.isEmpty()) {
            return problems;
        }
        return problems.stream().map(p -> new Problem(scrub(p.property()), scrub(p.message()))).toList();
    }

    private String scrub(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "[secret]");
        }
        return result;
    }
}
