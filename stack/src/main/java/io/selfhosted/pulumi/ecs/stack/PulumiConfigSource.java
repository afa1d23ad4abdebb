package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.Config;
import com.pulumi.Context;
import com.pulumi.deployment.internal.DeploymentInternal;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    @SuppressWarnings("deprecation") // Context.config(namespace) would do, but Config.of is what 1.36 offers without the context
    public Optional<String> getQualified(String namespace, String key) {
        return Config.of(namespace).get(key);
    }

    @Override
    public String namespace() {
        return project;
    }

    @Override
    public boolean isSecretQualified(String namespace, String key) {
        return DeploymentInternal.getInstance().isConfigSecret(namespace + ":" + key);
    }

    /**
     * The SDK keeps the whole config in its deployment but offers no way to list it: the keys
     * are read from that map. Should a later SDK keep it elsewhere, no key is listed, and unknown
     * keys go unreported instead of failing the program.
     */
    @Override
    public Set<String> keys() {
        try {
            Object config = DeploymentInternal.getInstance().getConfig();
            Field all = config.getClass().getDeclaredField("allConfig");
            all.setAccessible(true);
            if (all.get(config) instanceof Map<?, ?> map) {
                Set<String> keys = new TreeSet<>();
                map.keySet().forEach(k -> keys.add(String.valueOf(k)));
                return keys;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Fall through: unknown keys cannot be told.
        }
        return Set.of();
    }
}
