package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.InvalidArgumentsException;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;

import javax.annotation.Nullable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The stack config of a test: key/value pairs of the project namespace, some of them secret, and
 * the stack's {@code aws:region}; served to {@link StackConfig} by a Mockito stand-in for
 * {@link ConfigSource}. {@link #sample(String)} is the example stack's sample config.
 */
final class StackSettings {
    /** The bundled stack's project name: the namespace of its keys. */
    static final String NAMESPACE = "pulumi-self-hosted-ecs";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> secretKeys = new HashSet<>();
    @Nullable
    private String region;

    private StackSettings(@Nullable String region) {
        this.region = region;
    }

    /** Nothing set, not even the region. */
    static StackSettings empty() {
        return new StackSettings(null);
    }

    /** The sample's config in {@code region}: required keys plus the user's certificate and KMS key. */
    static StackSettings sample(String region) {
        return new StackSettings(region)
                .plain("vpcId", "vpc-0a1b2c3d4e5f67890")
                .plain("publicSubnetIds", "subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002")
                .plain("privateSubnetIds", "[\"subnet-0a1b2c3d4e5f60011\",\"subnet-0a1b2c3d4e5f60012\"]")
                .plain("isolatedSubnetIds", "[\"subnet-0a1b2c3d4e5f60021\", \"subnet-0a1b2c3d4e5f60022\"]")
                .plain("route53ZoneName", "example.com")
                .plain("route53Subdomain", "pulumi")
                .plain("acmCertificateArn", StackSamples.arn(region, "acm", "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8"))
                .plain("kmsServiceKeyId", StackSamples.arn(region, "kms", "key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"))
                .plain("imageTag", "20250415-3b9e42c")
                .secret("licenseKey", StackSamples.LICENSE_KEY);
    }

    StackSettings plain(String key, String value) {
        values.put(key, value);
        secretKeys.remove(key);
        return this;
    }

    StackSettings secret(String key, String value) {
        values.put(key, value);
        secretKeys.add(key);
        return this;
    }

    StackSettings without(String key) {
        values.remove(key);
        secretKeys.remove(key);
        return this;
    }

    StackSettings region(@Nullable String region) {
        this.region = region;
        return this;
    }

    /** The config as {@link StackConfig} reads it. */
    ConfigSource source() {
        ConfigSource source = mock(ConfigSource.class);
        when(source.get(anyString())).thenAnswer(call -> Optional.ofNullable(values.get(call.<String>getArgument(0))));
        when(source.isSecret(anyString())).thenAnswer(call -> secretKeys.contains(call.<String>getArgument(0)));
        when(source.getQualified(anyString(), anyString())).thenAnswer(call ->
                "aws".equals(call.getArgument(0)) && "region".equals(call.getArgument(1)) ? Optional.ofNullable(region) : Optional.empty());
        when(source.namespace()).thenReturn(NAMESPACE);
        when(source.keys()).thenAnswer(call -> {
            Set<String> keys = new java.util.TreeSet<>();
            values.keySet().forEach(k -> keys.add(k.contains(":") ? k : NAMESPACE + ":" + k));
            if (region != null) {
                keys.add("aws:region");
            }
            return keys;
        });
        return source;
    }

    /** Loads the config inside a Pulumi run whose {@code aws:region} is this config's. */
    Loading load() {
        return load(source());
    }

    /** Loads {@code source} inside a Pulumi run whose {@code aws:region} is this config's. */
    Loading load(ConfigSource source) {
        var loaded = new AtomicReference<StackConfig.Loaded>();
        var runner = region == null
                ? PlanRunner.create().project("selfhosted").stack("test").fakeAws(FakeAws.builder().region(StackSamples.REGION).build())
                : StackSamples.runner(region);
        Plan plan = runner.run(ctx -> loaded.set(StackConfig.load(source)));
        return new Loading(plan, loaded.get());
    }

    /** What loading produced: the Args, or the exception in the run's plan. */
    record Loading(Plan plan, @Nullable StackConfig.Loaded loaded) {
        StackConfig.Loaded success() {
            plan.requireSuccess();
            return loaded;
        }

        InvalidArgumentsException failure() {
            assertThat(plan.exceptions()).singleElement().isInstanceOf(InvalidArgumentsException.class);
            return (InvalidArgumentsException) plan.exceptions().get(0);
        }
    }
}
