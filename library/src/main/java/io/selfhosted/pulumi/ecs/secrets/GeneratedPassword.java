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

    static String next() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
