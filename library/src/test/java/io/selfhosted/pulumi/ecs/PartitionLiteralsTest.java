package io.selfhosted.pulumi.ecs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No ARN prefix or DNS suffix is spelled in code outside the one partition-aware place: a string
 * literal {@code "arn:aws:..."} or {@code "...amazonaws.com"} would be wrong in GovCloud or China.
 * Comments may show examples.
 */
class PartitionLiteralsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path ALLOWED = Path.of("io/selfhosted/pulumi/ecs/internal/AwsPartition.java");

    @Test
    void onlyAwsPartitionSpellsArnPrefixesAndDnsSuffixes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).as("main sources under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(50)
                .contains(SOURCES.resolve(ALLOWED));

        List<String> offenders = new ArrayList<>();
        for (Path file : files) {
            if (SOURCES.relativize(file).equals(ALLOWED)) {
                continue;
            }
            for (String literal : stringLiterals(Files.readString(file))) {
                if (literal.contains("arn:aws:") || literal.contains("amazonaws.com")) {
                    offenders.add(SOURCES.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theScannerFindsLiteralsButNotComments() {
        String code = "/** e.g. arn:aws:kms */ class A { // amazonaws.com\n String s = \"arn:aws:x\" + \"/*\"; "
                + "String t = \"\"\"\n  host.amazonaws.com\n  \"\"\"; char c = '\"'; String u = \"a\\\"b\"; }";
        assertThat(stringLiterals(code)).containsExactly("arn:aws:x", "/*", "\n  host.amazonaws.com\n  ", "a\\\"b");
    }

    /** The contents of the string literals and text blocks of a Java source, comments skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end < 0 ? source.length() : end));
                i = end < 0 ? source.length() : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(source.substring(i + 1, Math.min(j, source.length())));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
