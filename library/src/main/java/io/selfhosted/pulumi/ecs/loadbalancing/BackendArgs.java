package io.selfhosted.pulumi.ecs.loadbalancing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import javax.annotation.Nullable;

/**
 * One service behind the front door: the name it is reached by and where its tasks listen.
 */
public final class BackendArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "hostName", required = true)
    private Output<String> hostName;

    @Import(name = "port", required = true)
    private Output<Integer> port;

    @Import(name = "healthCheckPath", required = true)
    private Output<String> healthCheckPath;

    @Import(name = "deregistrationDelaySeconds")
    private @Nullable Output<Integer> deregistrationDelaySeconds;

    private BackendArgs() {
    }

    private BackendArgs(BackendArgs $) {
        this.name = $.name;
        this.hostName = $.hostName;
        this.port = $.port;
        this.healthCheckPath = $.healthCheckPath;
        this.deregistrationDelaySeconds = $.deregistrationDelaySeconds;
    }

    /**
     * A short name, e.g. {@code api}; it names the resources that serve this backend and looks up
     * its target. Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The DNS name clients use, e.g. {@code api.pulumi.example.com}. Required.
     */
    public Output<String> hostName() {
        return hostName;
    }

    /**
     * The container port traffic is forwarded to. Required.
     */
    public Output<Integer> port() {
        return port;
    }

    /**
     * The HTTP path the target group checks, e.g. {@code /api/status}. Required.
     */
    public Output<String> healthCheckPath() {
        return healthCheckPath;
    }

    /**
     * Seconds a draining target keeps serving open connections.
     * <p>Default: {@value LoadBalancingDefaults#DEREGISTRATION_DELAY_SECONDS}.
     */
    public Output<Integer> deregistrationDelaySeconds() {
        return deregistrationDelaySeconds == null ? Output.of(LoadBalancingDefaults.DEREGISTRATION_DELAY_SECONDS) : deregistrationDelaySeconds;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(BackendArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link BackendArgs}. */
    public static final class Builder {
        private final BackendArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new BackendArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(BackendArgs defaults) {
            $ = new BackendArgs(defaults);
        }

        /** @see BackendArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see BackendArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see BackendArgs#hostName() */
        public Builder hostName(Output<String> hostName) {
            $.hostName = hostName;
            return this;
        }

        /** @see BackendArgs#hostName() */
        public Builder hostName(String hostName) {
            return hostName(Output.of(hostName));
        }

        /** @see BackendArgs#port() */
        public Builder port(Output<Integer> port) {
            $.port = port;
            return this;
        }

        /** @see BackendArgs#port() */
        public Builder port(int port) {
            return port(Output.of(port));
        }

        /** @see BackendArgs#healthCheckPath() */
        public Builder healthCheckPath(Output<String> healthCheckPath) {
            $.healthCheckPath = healthCheckPath;
            return this;
        }

        /** @see BackendArgs#healthCheckPath() */
        public Builder healthCheckPath(String healthCheckPath) {
            return healthCheckPath(Output.of(healthCheckPath));
        }

        /** @see BackendArgs#deregistrationDelaySeconds() */
        public Builder deregistrationDelaySeconds(@Nullable Output<Integer> deregistrationDelaySeconds) {
            $.deregistrationDelaySeconds = deregistrationDelaySeconds;
            return this;
        }

        /** @see BackendArgs#deregistrationDelaySeconds() */
        public Builder deregistrationDelaySeconds(int deregistrationDelaySeconds) {
            return deregistrationDelaySeconds(Output.of(deregistrationDelaySeconds));
        }

        /**
         * An immutable {@link BackendArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public BackendArgs build() {
            return new BackendArgs($);
        }
    }
}
