package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.Config;
import com.pulumi.Context;
import com.pulumi.deployment.internal.DeploymentInternal;

import java.util.Optional;

/**
 * The stack config of the running Pulumi program. The SDK's public {@link Config} cannot tell
 * whether a key was set as a secret, so that one question goes to the deployment itself.
 */
public final class PulumiConfigSource implements ConfigSource {
    private final String project;
    private final Config config;

    /** The config of the program's project namespace. */
    public PulumiConfigSource(Context ctx) {
        this.project = ctx.projectName();
        this.config = ctx.config();
    }

    @Override
    public Optional<String> get(String key) {
        return config.get(key);
    }

    @Override
    public boolean isSecret(String key) {
        return DeploymentInternal.getInstance().isConfigSecret(project + ":" + key);
    }

    @Override
    public Optional<String> getQualified(String namespace, String key) {
        return Config.of(namespace).get(key);
    }
}
