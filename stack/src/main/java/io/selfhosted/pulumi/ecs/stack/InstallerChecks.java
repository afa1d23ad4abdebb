package io.selfhosted.pulumi.ecs.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.selfhosted.pulumi.ecs.stack.InstallerKeys.Handling;
import io.selfhosted.pulumi.ecs.stack.InstallerKeys.InstallerKey;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that keep a key from being ignored: keys of this stack's namespace that it does not
 * read (a typo, with the key it resembles), the official installers' keys it refuses, installer
 * keys left in an installer project's namespace, and the installers' switches it accepts in one
 * position only ({@code samlEnabled}, {@code logType}, {@code logArgs}
 * ...). Other namespaces ({@code aws:}, {@code pulumi:} ...) are left alone.
 */
final class InstallerChecks {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InstallerChecks() {
    }

    /** Every key of the config, against what this stack reads. */
    static void keys(ConfigSource source, ConfigProblems problems) {
        String project = source.namespace();
        if (project.isEmpty()) {
            return;
        }
        Set<String> spellings = new TreeSet<>();
        StackConfig.KEYS.forEach(k -> spellings.addAll(k.spellings()));
        // The installers' keys this stack refuses are looked up one by one, so that they are
        // reported even when the SDK cannot list the config.
        Set<String> refused = new TreeSet<>();
        for (InstallerKey key : InstallerKeys.ALL) {
            if (key.handling() == Handling.REFUSED && source.get(key.name()).isPresent()) {
                refused.add(key.name());
                problems.add(key.name(), "is a key of the official installer that this stack does not take: " + key.note());
            }
        }
        for (String qualified : source.keys()) {
            int colon = qualified.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String namespace = qualified.substring(0, colon);
            String key = qualified.substring(colon + 1);
            if (namespace.equals(project)) {
                if (spellings.contains(key)) {
                    continue;
                }
                if (!refused.contains(key)) {
                    problems.add(key, "is not a key of this stack" + didYouMean(key, spellings)
                            .map(k -> "; did you mean " + k + "?").orElse("; see the config reference in the README for the keys it reads"));
                }
                continue;
            }
            InstallerKeys.ofNamespace(namespace).ifPresent(installer -> problems.add(qualified, "belongs to the "
                    + installer.label() + " project of the official installer; this stack reads its keys in its own namespace: "
                    + "rename it to " + project + ":" + key + " (a stack file lists it under config: as " + project + ":" + key + ")"));
        }
    }

    /** The installers' switches this stack takes in one position only, and their other settings. */
    static void switches(ConfigReader read, ConfigProblems problems, StackBuilders builders) {
        if (builders.samlEnabled != null) {
            boolean certificates = read.isSet(StackConfig.key("samlCertPublicKey")) || read.isSet(StackConfig.key("samlCertPrivateKey"));
            if (builders.samlEnabled && !certificates) {
                problems.add("samlEnabled", "is true, but this stack does not generate a self-signed SAML certificate as the Go "
                        + "installer does; set samlCertPublicKey and samlCertPrivateKey (with --secret), or set samlEnabled false");
            } else if (!builders.samlEnabled && certificates) {
                problems.add("samlEnabled", "is false while samlCertPublicKey or samlCertPrivateKey is set; set samlEnabled true, "
                        + "or remove the certificate keys");
            }
        }
        Optional.ofNullable(builders.logType).ifPresent(type -> problems.check(type.trim().equalsIgnoreCase("awslogs")
                        || type.trim().equals("0"), "logType",
                "'" + type + "' is not a log type this stack writes: it sends container logs to CloudWatch Logs (awslogs, the only "
                        + "type the installers implement); set awslogs or remove the key"));
        Optional.ofNullable(builders.logArgs).ifPresent(text -> logArgs(text, read, problems, builders));
    }

    /**
     * The installers' log settings: an object (TS) or JSON text (Go); the retention is read as
     * {@code logRetentionDays}, the rest is refused with what to do instead.
     */
    private static void logArgs(String text, ConfigReader read, ConfigProblems problems, StackBuilders builders) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            problems.add("logArgs", "is not a key/value object; e.g. {\"retentionInDays\": 30}, or use logRetentionDays");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            JsonNode value = node.get(field);
            switch (field.toLowerCase(Locale.ROOT)) {
                case "retentionindays", "retentiondays" -> {
                    if (!(value.isIntegralNumber() && value.canConvertToInt()) && !value.asText().matches("\\d{1,6}")) {
                        problems.add("logArgs." + field, "is not a whole number of days; e.g. 30");
                    } else if (read.isSet(StackConfig.key("logRetentionDays"))) {
                        problems.add("logArgs." + field, "is set together with logRetentionDays, which means the same; keep only one");
                    } else {
                        builders.install.logRetentionDays(value.asInt());
                    }
                }
                case "region" -> {
                    // The TS installer overwrites it with aws:region: it is the stack's region or wrong.
                    String region = read.qualified("aws", "region").orElse("");
                    problems.check(value.asText().equals(region), "logArgs." + field, "is not the stack's aws:region; logs go to the "
                            + "stack's region: remove logArgs.region");
                }
                default -> problems.add("logArgs." + field, "is not taken: log groups are named after commonName and their retention is "
                        + "logRetentionDays; remove logArgs." + field);
            }
        }
    }

    /** The key of this stack a mistyped one most resembles, if one is close enough to suggest. */
    static Optional<String> didYouMean(String key, Set<String> known) {
        String lower = key.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> k.equalsIgnoreCase(key) || distance(k.toLowerCase(Locale.ROOT), lower) <= Math.max(2, key.length() / 6))
                .min(Comparator.comparingInt((String k) -> k.equalsIgnoreCase(key) ? -1 : distance(k.toLowerCase(Locale.ROOT), lower))
                        .thenComparing(k -> k));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
