package io.selfhosted.pulumi.ecs.fargate;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One container of a {@link FargateService} task. Logging to the service's log group is added for
 * every container.
 */
public final class ContainerArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "image", required = true)
    private Output<String> image;

    @Import(name = "essential")
    private @Nullable Output<Boolean> essential;

    @Import(name = "port")
    private @Nullable Output<Integer> port;

    @Import(name = "environment")
    private @Nullable List<EnvironmentVariableArgs> environment;

    @Import(name = "secrets")
    private @Nullable List<ContainerSecretArgs> secrets;

    @Import(name = "dependsOn")
    private @Nullable List<ContainerDependencyArgs> dependsOn;

    @Import(name = "ulimits")
    private @Nullable List<UlimitArgs> ulimits;

    @Import(name = "stopTimeoutSeconds")
    private @Nullable Output<Integer> stopTimeoutSeconds;

    @Import(name = "repositoryCredentialsSecretArn")
    private @Nullable Output<String> repositoryCredentialsSecretArn;

    @Import(name = "importsUpstream")
    private @Nullable Output<Boolean> importsUpstream;

    private ContainerArgs() {
    }

    private ContainerArgs(ContainerArgs $) {
        this.name = $.name;
        this.image = $.image;
        this.essential = $.essential;
        this.port = $.port;
        this.environment = $.environment;
        this.secrets = $.secrets;
        this.dependsOn = $.dependsOn;
        this.ulimits = $.ulimits;
        this.stopTimeoutSeconds = $.stopTimeoutSeconds;
        this.repositoryCredentialsSecretArn = $.repositoryCredentialsSecretArn;
        this.importsUpstream = $.importsUpstream;
    }

    /**
     * The container name, unique within the task. Required.
     */
    public Output<String> name() {
        return name;
    }

    /**
     * The image reference, e.g. {@code pulumi/service:20250101-abcdef0}. Required.
     */
    public Output<String> image() {
        return image;
    }

    /**
     * Whether the task stops when this container stops. Init containers that exit are not
     * essential.
     * <p>Default: {@value FargateDefaults#ESSENTIAL}.
     */
    public Output<Boolean> essential() {
        return essential == null ? Output.of(FargateDefaults.ESSENTIAL) : essential;
    }

    /**
     * The TCP port the container listens on.
     * <p>Default: none.
     */
    public Optional<Output<Integer>> port() {
        return Optional.ofNullable(port);
    }

    /**
     * Plain environment variables.
     */
    public List<EnvironmentVariableArgs> environment() {
        return environment == null ? List.of() : environment;
    }

    /**
     * Environment variables read from Secrets Manager at task start.
     */
    public List<ContainerSecretArgs> secrets() {
        return secrets == null ? List.of() : secrets;
    }

    /**
     * Containers that must reach a state before this one starts.
     */
    public List<ContainerDependencyArgs> dependsOn() {
        return dependsOn == null ? List.of() : dependsOn;
    }

    /**
     * Linux resource limits.
     */
    public List<UlimitArgs> ulimits() {
        return ulimits == null ? List.of() : ulimits;
    }

    /**
     * Seconds between SIGTERM and SIGKILL when the task stops (Fargate allows at most 120).
     * <p>Default: {@value FargateDefaults#STOP_TIMEOUT_SECONDS}.
     */
    public Output<Integer> stopTimeoutSeconds() {
        return stopTimeoutSeconds == null ? Output.of(FargateDefaults.STOP_TIMEOUT_SECONDS) : stopTimeoutSeconds;
    }

    /**
     * A Secrets Manager secret (ARN) with the JSON {@code username} and {@code password} ECS logs
     * in to a private registry with.
     * <p>Default: none.
     */
    public Optional<Output<String>> repositoryCredentialsSecretArn() {
        return Optional.ofNullable(repositoryCredentialsSecretArn);
    }

    /**
     * Whether the image comes from an ECR pull-through cache, whose first pull imports it: the
     * execution role may then import it and create its repository.
     * <p>Default: {@value FargateDefaults#IMPORTS_UPSTREAM}.
     */
    public Output<Boolean> importsUpstream() {
        return importsUpstream == null ? Output.of(FargateDefaults.IMPORTS_UPSTREAM) : importsUpstream;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ContainerArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ContainerArgs}. */
    public static final class Builder {
        private final ContainerArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ContainerArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ContainerArgs defaults) {
            $ = new ContainerArgs(defaults);
        }

        /** @see ContainerArgs#name() */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /** @see ContainerArgs#name() */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** @see ContainerArgs#image() */
        public Builder image(Output<String> image) {
            $.image = image;
            return this;
        }

        /** @see ContainerArgs#image() */
        public Builder image(String image) {
            return image(Output.of(image));
        }

        /** @see ContainerArgs#essential() */
        public Builder essential(@Nullable Output<Boolean> essential) {
            $.essential = essential;
            return this;
        }

        /** @see ContainerArgs#essential() */
        public Builder essential(boolean essential) {
            return essential(Output.of(essential));
        }

        /** @see ContainerArgs#port() */
        public Builder port(@Nullable Output<Integer> port) {
            $.port = port;
            return this;
        }

        /** @see ContainerArgs#port() */
        public Builder port(int port) {
            return port(Output.of(port));
        }

        /** @see ContainerArgs#environment() */
        public Builder environment(List<EnvironmentVariableArgs> environment) {
            $.environment = List.copyOf(environment);
            return this;
        }

        /** @see ContainerArgs#environment() */
        public Builder environment(EnvironmentVariableArgs... environment) {
            return environment(List.of(environment));
        }

        /** @see ContainerArgs#secrets() */
        public Builder secrets(List<ContainerSecretArgs> secrets) {
            $.secrets = List.copyOf(secrets);
            return this;
        }

        /** @see ContainerArgs#secrets() */
        public Builder secrets(ContainerSecretArgs... secrets) {
            return secrets(List.of(secrets));
        }

        /** @see ContainerArgs#dependsOn() */
        public Builder dependsOn(List<ContainerDependencyArgs> dependsOn) {
            $.dependsOn = List.copyOf(dependsOn);
            return this;
        }

        /** @see ContainerArgs#dependsOn() */
        public Builder dependsOn(ContainerDependencyArgs... dependsOn) {
            return dependsOn(List.of(dependsOn));
        }

        /** @see ContainerArgs#ulimits() */
        public Builder ulimits(List<UlimitArgs> ulimits) {
            $.ulimits = List.copyOf(ulimits);
            return this;
        }

        /** @see ContainerArgs#ulimits() */
        public Builder ulimits(UlimitArgs... ulimits) {
            return ulimits(List.of(ulimits));
        }

        /** @see ContainerArgs#stopTimeoutSeconds() */
        public Builder stopTimeoutSeconds(@Nullable Output<Integer> stopTimeoutSeconds) {
            $.stopTimeoutSeconds = stopTimeoutSeconds;
            return this;
        }

        /** @see ContainerArgs#stopTimeoutSeconds() */
        public Builder stopTimeoutSeconds(int stopTimeoutSeconds) {
            return stopTimeoutSeconds(Output.of(stopTimeoutSeconds));
        }

        /** @see ContainerArgs#repositoryCredentialsSecretArn() */
        public Builder repositoryCredentialsSecretArn(@Nullable Output<String> repositoryCredentialsSecretArn) {
            $.repositoryCredentialsSecretArn = repositoryCredentialsSecretArn;
            return this;
        }

        /** @see ContainerArgs#repositoryCredentialsSecretArn() */
        public Builder repositoryCredentialsSecretArn(String repositoryCredentialsSecretArn) {
            return repositoryCredentialsSecretArn(Output.of(repositoryCredentialsSecretArn));
        }

        /** @see ContainerArgs#importsUpstream() */
        public Builder importsUpstream(@Nullable Output<Boolean> importsUpstream) {
            $.importsUpstream = importsUpstream;
            return this;
        }

        /** @see ContainerArgs#importsUpstream() */
        public Builder importsUpstream(boolean importsUpstream) {
            return importsUpstream(Output.of(importsUpstream));
        }

        /**
         * An immutable {@link ContainerArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ContainerArgs build() {
            return new ContainerArgs($);
        }
    }
}
