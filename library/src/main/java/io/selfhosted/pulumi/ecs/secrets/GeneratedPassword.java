package io.selfhosted.pulumi.ecs.secrets;

import java.security.SecureRandom;

/**
 * Database passwords made by the program, because a password typed by a person is weaker and
 * ends up in shell history. Letters and digits only: RDS forbids {@code / " @} and spaces in
 * master passwords, and 40 such characters still carry about 238 bits of entropy.
 *
 * <p>A fresh value is drawn on every run; {@link ServiceSecrets} keeps only the first one (see
 * there), so the password is stable across {@code pulumi up} runs.
 */
final class GeneratedPassword {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final int LENGTH = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    /**
     * A password for an OpenSearch master user, which must hold an upper and a lower case letter,
     * a digit and a special character: {@link #LENGTH} characters, one of each class guaranteed,
     * the specials limited to ones that need no quoting in a URL or a shell.
     */
    static String forSearch() {
        String specials = "-._~";
        var password = new StringBuilder(next().substring(0, LENGTH - 4));
        password.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(RANDOM.nextInt(26)));
        password.append("abcdefghijklmnopqrstuvwxyz".charAt(RANDOM.nextInt(26)));
        password.append((char) ('0' + RANDOM.nextInt(10)));
        password.append(specials.charAt(RANDOM.nextInt(specials.length())));
        // Mix the guaranteed characters in, so that no position is predictable.
        for (int i = password.length() - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char c = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, c);
        }
        return password.toString();
    }

    static String next() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
