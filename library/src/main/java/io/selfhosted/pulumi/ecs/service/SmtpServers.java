package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.internal.AwsPartition;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an SMTP server setting ({@code host:port}, {@link SmtpArgs#server()}) tells the install's
 * network: its port, and whether it is Amazon SES's SMTP interface of a region (which a VPC
 * endpoint can serve).
 */
public final class SmtpServers {
    private SmtpServers() {
    }

    /**
     * The region of an Amazon SES SMTP server ({@code email-smtp.<region>.<suffix>[:port]}) of the
     * partition, if {@code smtpServer} is one.
     */
    public static Optional<String> sesRegionOf(String smtpServer, AwsPartition partition) {
        var matcher = Pattern.compile("^email-smtp\\.([a-z0-9-]+)\\." + Pattern.quote(partition.dnsSuffix()) + "(:\\d+)?$")
                .matcher(smtpServer.trim().toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The port of an SMTP server given as {@code host:port}, if it has that shape. */
    public static Optional<Integer> portOf(String smtpServer) {
        return ServiceValidation.smtpPort(smtpServer);
    }
}
