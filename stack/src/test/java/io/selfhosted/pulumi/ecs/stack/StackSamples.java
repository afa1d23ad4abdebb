package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Values the stack's tests share: a region whose ARNs and ids are consistent, secret markers
 * that must never appear in plain text, and a runner whose stack deploys to a region.
 */
final class StackSamples {
    /** The region of the default sample. */
    static final String REGION = "us-east-1";
    /** The account of the sample's ARNs (the fake AWS's default account). */
    static final String ACCOUNT = FakeAws.DEFAULT_ACCOUNT_ID;
    /** A license key; a marker that must never appear in plain text. */
    static final String LICENSE_KEY = "LICENSE-MARKER-7f3a9c";
    /** An SMTP password; a marker that must never appear in plain text. */
    static final String SMTP_PASSWORD = "SMTP-PASSWORD-MARKER-41d2e8";
    /** The body of a SAML private key; a marker that must never appear in plain text. */
    static final String SAML_KEY_MARKER = "SAML-KEY-MARKER-9b7c1f";
    /** A SAML private key, PEM. */
    static final String SAML_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\n" + SAML_KEY_MARKER + "\n-----END PRIVATE KEY-----\n";
    /** A SAML signing certificate, PEM (not a secret). */
    static final String SAML_CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHBfpegPjMCMA0GCSqGSIb3DQEBCwUA\n-----END CERTIFICATE-----\n";
    /** Every secret value above. */
    static final List<String> SECRET_MARKERS = List.of(LICENSE_KEY, SMTP_PASSWORD, SAML_KEY_MARKER);

    private StackSamples() {
    }

    /** An ARN of the sample's account in {@code region}'s partition. */
    static String arn(String region, String service, String resource) {
        String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        return String.join(":", "arn", partition, service, region, ACCOUNT, resource);
    }

    /** A runner whose stack deploys to {@code region}. */
    static PlanRunner runner(String region) {
        return PlanRunner.create()
                .project("selfhosted")
                .stack("test")
                .config("aws:region", region)
                .fakeAws(FakeAws.builder().region(region).build());
    }

    /** The value of an output that is already known (config and plain values are). */
    static <T> T known(Output<T> output) {
        return knownOrEmpty(output).orElseThrow(() -> new AssertionError("the output is not known"));
    }

    /** Whether an output is a Pulumi secret. */
    static boolean isSecret(Output<?> output) {
        return Internal.of(output).isSecret().join();
    }

    private static <T> Optional<T> knownOrEmpty(Output<T> output) {
        CompletableFuture<com.pulumi.core.internal.OutputData<T>> data = Internal.of(output).getDataAsync();
        return data.isDone() ? data.join().getValueOptional() : Optional.empty();
    }
}
