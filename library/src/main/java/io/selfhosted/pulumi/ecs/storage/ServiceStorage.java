package io.selfhosted.pulumi.ecs.storage;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;

import javax.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The service's S3 buckets: checkpoints ({@code pulumi-checkpoint-...}), policy packs
 * ({@code pulumi-policy-...}), service metadata for ESC and Deployments
 * ({@code pulumi-service-metadata-...}) and, optionally, engine events
 * ({@code pulumi-engine-events-...}).
 *
 * <p>Every bucket is versioned, encrypted with the service key (SSE-KMS with bucket keys), closed
 * to the public, owner-enforced, reachable only over TLS, and cleans up noncurrent versions and
 * incomplete uploads. Buckets are protected and retained: neither {@code pulumi destroy} nor a
 * replacement deletes them.
 */
public class ServiceStorage extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:storage:ServiceStorage";

    @Export(name = "checkpointBucketName", refs = String.class)
    private final Output<String> checkpointBucketName;

    @Export(name = "policyPackBucketName", refs = String.class)
    private final Output<String> policyPackBucketName;

    @Export(name = "metadataBucketName", refs = String.class)
    private final Output<String> metadataBucketName;

    @Export(name = "engineEventsBucketName", refs = String.class)
    private final @Nullable Output<String> engineEventsBucketName;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    the key and bucket settings
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceStorage(String name, ServiceStorageArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        var settings = args.settings();
        this.checkpointBucketName = new ServiceBucket(this, name + "-checkpoints", "pulumi-checkpoint-",
                args.kmsKeyArn(), settings, tags, false).bucket.bucket();
        this.policyPackBucketName = new ServiceBucket(this, name + "-policy-packs", "pulumi-policy-",
                args.kmsKeyArn(), settings, tags, false).bucket.bucket();
        this.metadataBucketName = new ServiceBucket(this, name + "-service-metadata", "pulumi-service-metadata-",
                args.kmsKeyArn(), settings, tags, false).bucket.bucket();
        boolean engineEvents = KnownValue.of(settings.engineEventsBucket()).orElse(false);
        this.engineEventsBucketName = engineEvents
                ? new ServiceBucket(this, name + "-engine-events", "pulumi-engine-events-",
                args.kmsKeyArn(), settings, tags, true).bucket.bucket()
                : null;

        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("checkpointBucketName", checkpointBucketName);
        outputs.put("policyPackBucketName", policyPackBucketName);
        outputs.put("metadataBucketName", metadataBucketName);
        engineEventsBucketName().ifPresent(n -> outputs.put("engineEventsBucketName", n));
        registerOutputs(outputs);
    }

    private static ComponentResourceOptions validated(ServiceStorageArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceStorageArgs");
        }
        problems.addAll("settings", args.settings().problems());
        problems.throwIfAny("ServiceStorageArgs");
        return options;
    }

    /** The checkpoint (stack state) bucket's name. */
    public Output<String> checkpointBucketName() {
        return checkpointBucketName;
    }

    /** The policy pack bucket's name. */
    public Output<String> policyPackBucketName() {
        return policyPackBucketName;
    }

    /** The service metadata bucket's name. */
    public Output<String> metadataBucketName() {
        return metadataBucketName;
    }

    /** The engine events bucket's name, when {@link StorageArgs#engineEventsBucket()} is on. */
    public Optional<Output<String>> engineEventsBucketName() {
        return Optional.ofNullable(engineEventsBucketName);
    }
}
