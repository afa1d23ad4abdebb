package io.selfhosted.pulumi.ecs.testing.aws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic pseudo-random text derived from a seed (typically a resource's type and name), so
 * that fake cloud identifiers look real yet stay identical from run to run and golden files stay
 * stable.
 */
final class Fingerprint {

    private static final String HEX = "0123456789abcdef";
    private static final String DIGITS = "0123456789";
    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String MIXED_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final String seed;

    private Fingerprint(String seed) {
        this.seed = seed;
    }

    /** @return a fingerprint of the given parts (joined unambiguously) */
    static Fingerprint of(String... parts) {
        return new Fingerprint(String.join("\u0000", parts));
    }

    /** @return an independent fingerprint for another attribute of the same thing */
    Fingerprint derive(String purpose) {
        return new Fingerprint(seed + "\u0001" + purpose);
    }

    String hex(int length) {
        return draw(HEX, length);
    }

    String digits(int length) {
        return draw(DIGITS, length);
    }

    String lowerAlnum(int length) {
        return draw(LOWER_ALNUM, length);
    }

    String upperAlnum(int length) {
        return draw(UPPER_ALNUM, length);
    }

    String mixedAlnum(int length) {
        return draw(MIXED_ALNUM, length);
    }

    /** @return a version-4-shaped UUID */
    String uuid() {
        var h = hex(32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a"
                + h.substring(17, 20) + "-" + h.substring(20, 32);
    }

    private String draw(String alphabet, int length) {
        var out = new StringBuilder(length);
        int block = 0;
        while (out.length() < length) {
            for (byte b : sha256(seed + "\u0002" + alphabet.length() + ":" + length + ":" + block)) {
                if (out.length() == length) {
                    break;
                }
                out.append(alphabet.charAt(Byte.toUnsignedInt(b) % alphabet.length()));
            }
            block++;
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
