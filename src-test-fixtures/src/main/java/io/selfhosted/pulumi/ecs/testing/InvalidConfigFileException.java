package io.selfhosted.pulumi.ecs.testing;

/**
 * A config file ({@code Pulumi.yaml} or a stack file) that is not valid YAML: the message names
 * the file, line and column and what the parser expected. The plan command reports it like a
 * config problem (exit 1), without a stack trace.
 */
public final class InvalidConfigFileException extends IllegalArgumentException {
    InvalidConfigFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
