package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Choices for the API service ({@code pulumi/service}).
 */
public final class ApiArgs extends ResourceArgs {

    @Import(name = "sizing")
    private @Nullable TaskSizingArgs sizing;

    @Import(name = "healthCheckGracePeriodSeconds")
    private @Nullable Output<Integer> healthCheckGracePeriodSeconds;

    @Import(name = "runMigrations")
    private @Nullable Output<Boolean> runMigrations;

    @Import(name = "migrationsTimeoutMinutes")
    private @Nullable Output<Integer> migrationsTimeoutMinutes;

    @Import(name = "disableEmailLogin")
    private @Nullable Output<Boolean> disableEmailLogin;

    @Import(name = "disableEmailSignup")
    private @Nullable Output<Boolean> disableEmailSignup;

    @Import(name = "engineEventsSchemaV2")
    private @Nullable Output<Boolean> engineEventsSchemaV2;

    @Import(name = "engineEventsLegacyWrite")
    private @Nullable Output<Boolean> engineEventsLegacyWrite;

    @Import(name = "engineEventsChangeAcknowledged")
    private @Nullable Output<Boolean> engineEventsChangeAcknowledged;

    private ApiArgs() {
    }

    private ApiArgs(ApiArgs $) {
        this.sizing = $.sizing;
        this.healthCheckGracePeriodSeconds = $.healthCheckGracePeriodSeconds;
        this.runMigrations = $.runMigrations;
        this.migrationsTimeoutMinutes = $.migrationsTimeoutMinutes;
        this.disableEmailLogin = $.disableEmailLogin;
        this.disableEmailSignup = $.disableEmailSignup;
        this.engineEventsSchemaV2 = $.engineEventsSchemaV2;
        this.engineEventsLegacyWrite = $.engineEventsLegacyWrite;
        this.engineEventsChangeAcknowledged = $.engineEventsChangeAcknowledged;
    }

    /**
     * Task size and scaling . Unset values take the API's defaults: {@value ApiDefaults#TASK_CPU}
     * CPU units and {@value ApiDefaults#TASK_MEMORY} MiB (the service documents 2 vCPU / 4 GB per
     * API task), {@value ApiDefaults#DESIRED_COUNT} tasks at creation, {@value
     * ApiDefaults#MIN_COUNT}-{@value ApiDefaults#MAX_COUNT} under autoscaling, {@value
     * ApiDefaults#CPU_TARGET_PERCENT}% CPU and {@value ApiDefaults#MEMORY_TARGET_PERCENT}% memory
     * targets.
     * <p>Default: {@link ApiDefaults#sizing()}.
     */
    public TaskSizingArgs sizing() {
        return sizing == null ? ApiDefaults.sizing() : sizing.withDefaults(ApiDefaults.sizing());
    }

    /**
     * Seconds a new task may fail health checks while the API starts (120-7200).
     * <p>Default: {@value ApiDefaults#HEALTH_CHECK_GRACE_PERIOD_SECONDS}.
     */
    public Output<Integer> healthCheckGracePeriodSeconds() {
        return healthCheckGracePeriodSeconds == null ? Output.of(ApiDefaults.HEALTH_CHECK_GRACE_PERIOD_SECONDS) : healthCheckGracePeriodSeconds;
    }

    /**
     * Whether {@code pulumi up} runs the database migrations of a new image tag (one {@code
     * pulumi/migrations} task, before the API is updated). Turn it off only to run them by hand
     * before each upgrade.
     * <p>Default: {@value ApiDefaults#RUN_MIGRATIONS}.
     */
    public Output<Boolean> runMigrations() {
        return runMigrations == null ? Output.of(ApiDefaults.RUN_MIGRATIONS) : runMigrations;
    }

    /**
     * Minutes one {@code pulumi up} waits for the migrations (1-15). Longer migrations go on;
     * {@code pulumi up} fails saying so and the next one waits for them.
     * <p>Default: {@value ApiDefaults#MIGRATIONS_TIMEOUT_MINUTES}.
     */
    public Output<Integer> migrationsTimeoutMinutes() {
        return migrationsTimeoutMinutes == null ? Output.of(ApiDefaults.MIGRATIONS_TIMEOUT_MINUTES) : migrationsTimeoutMinutes;
    }

    /**
     * {@code PULUMI_DISABLE_EMAIL_LOGIN}: refuse email/password logins (e.g. SAML only).
     * <p>Default: {@value ApiDefaults#DISABLE_EMAIL_LOGIN}.
     */
    public Output<Boolean> disableEmailLogin() {
        return disableEmailLogin == null ? Output.of(ApiDefaults.DISABLE_EMAIL_LOGIN) : disableEmailLogin;
    }

    /**
     * {@code PULUMI_DISABLE_EMAIL_SIGNUP}: refuse new email/password accounts.
     * <p>Default: {@value ApiDefaults#DISABLE_EMAIL_SIGNUP}.
     */
    public Output<Boolean> disableEmailSignup() {
        return disableEmailSignup == null ? Output.of(ApiDefaults.DISABLE_EMAIL_SIGNUP) : disableEmailSignup;
    }

    /**
     * {@code PULUMI_ENGINE_EVENTS_SCHEMA_V2}. Changing it on an existing install needs a database
     * migration by Pulumi support: a value other than the default is refused unless {@link
     * #engineEventsChangeAcknowledged()} is set.
     * <p>Default: {@value ApiDefaults#ENGINE_EVENTS_SCHEMA_V2}.
     */
    public Output<Boolean> engineEventsSchemaV2() {
        return engineEventsSchemaV2 == null ? Output.of(ApiDefaults.ENGINE_EVENTS_SCHEMA_V2) : engineEventsSchemaV2;
    }

    /**
     * {@code PULUMI_ENGINE_EVENTS_LEGACY_WRITE}. Same caution as {@link #engineEventsSchemaV2()}.
     * <p>Default: {@value ApiDefaults#ENGINE_EVENTS_LEGACY_WRITE}.
     */
    public Output<Boolean> engineEventsLegacyWrite() {
        return engineEventsLegacyWrite == null ? Output.of(ApiDefaults.ENGINE_EVENTS_LEGACY_WRITE) : engineEventsLegacyWrite;
    }

    /**
     * Confirms that a non-default engine events setting was agreed with Pulumi support, who run the
     * database migration it needs.
     * <p>Default: {@value ApiDefaults#ENGINE_EVENTS_CHANGE_ACKNOWLEDGED}.
     */
    public Output<Boolean> engineEventsChangeAcknowledged() {
        return engineEventsChangeAcknowledged == null ? Output.of(ApiDefaults.ENGINE_EVENTS_CHANGE_ACKNOWLEDGED) : engineEventsChangeAcknowledged;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> ServiceValidation.api(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ApiArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ApiArgs}. */
    public static final class Builder {
        private final ApiArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ApiArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ApiArgs defaults) {
            $ = new ApiArgs(defaults);
        }

        /** @see ApiArgs#sizing() */
        public Builder sizing(@Nullable TaskSizingArgs sizing) {
            $.sizing = sizing;
            return this;
        }

        /** @see ApiArgs#healthCheckGracePeriodSeconds() */
        public Builder healthCheckGracePeriodSeconds(@Nullable Output<Integer> healthCheckGracePeriodSeconds) {
            $.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
            return this;
        }

        /** @see ApiArgs#healthCheckGracePeriodSeconds() */
        public Builder healthCheckGracePeriodSeconds(int healthCheckGracePeriodSeconds) {
            return healthCheckGracePeriodSeconds(Output.of(healthCheckGracePeriodSeconds));
        }

        /** @see ApiArgs#runMigrations() */
        public Builder runMigrations(@Nullable Output<Boolean> runMigrations) {
            $.runMigrations = runMigrations;
            return this;
        }

        /** @see ApiArgs#runMigrations() */
        public Builder runMigrations(boolean runMigrations) {
            return runMigrations(Output.of(runMigrations));
        }

        /** @see ApiArgs#migrationsTimeoutMinutes() */
        public Builder migrationsTimeoutMinutes(@Nullable Output<Integer> migrationsTimeoutMinutes) {
            $.migrationsTimeoutMinutes = migrationsTimeoutMinutes;
            return this;
        }

        /** @see ApiArgs#migrationsTimeoutMinutes() */
        public Builder migrationsTimeoutMinutes(int migrationsTimeoutMinutes) {
            return migrationsTimeoutMinutes(Output.of(migrationsTimeoutMinutes));
        }

        /** @see ApiArgs#disableEmailLogin() */
        public Builder disableEmailLogin(@Nullable Output<Boolean> disableEmailLogin) {
            $.disableEmailLogin = disableEmailLogin;
            return this;
        }

        /** @see ApiArgs#disableEmailLogin() */
        public Builder disableEmailLogin(boolean disableEmailLogin) {
            return disableEmailLogin(Output.of(disableEmailLogin));
        }

        /** @see ApiArgs#disableEmailSignup() */
        public Builder disableEmailSignup(@Nullable Output<Boolean> disableEmailSignup) {
            $.disableEmailSignup = disableEmailSignup;
            return this;
        }

        /** @see ApiArgs#disableEmailSignup() */
        public Builder disableEmailSignup(boolean disableEmailSignup) {
            return disableEmailSignup(Output.of(disableEmailSignup));
        }

        /** @see ApiArgs#engineEventsSchemaV2() */
        public Builder engineEventsSchemaV2(@Nullable Output<Boolean> engineEventsSchemaV2) {
            $.engineEventsSchemaV2 = engineEventsSchemaV2;
            return this;
        }

        /** @see ApiArgs#engineEventsSchemaV2() */
        public Builder engineEventsSchemaV2(boolean engineEventsSchemaV2) {
            return engineEventsSchemaV2(Output.of(engineEventsSchemaV2));
        }

        /** @see ApiArgs#engineEventsLegacyWrite() */
        public Builder engineEventsLegacyWrite(@Nullable Output<Boolean> engineEventsLegacyWrite) {
            $.engineEventsLegacyWrite = engineEventsLegacyWrite;
            return this;
        }

        /** @see ApiArgs#engineEventsLegacyWrite() */
        public Builder engineEventsLegacyWrite(boolean engineEventsLegacyWrite) {
            return engineEventsLegacyWrite(Output.of(engineEventsLegacyWrite));
        }

        /** @see ApiArgs#engineEventsChangeAcknowledged() */
        public Builder engineEventsChangeAcknowledged(@Nullable Output<Boolean> engineEventsChangeAcknowledged) {
            $.engineEventsChangeAcknowledged = engineEventsChangeAcknowledged;
            return this;
        }

        /** @see ApiArgs#engineEventsChangeAcknowledged() */
        public Builder engineEventsChangeAcknowledged(boolean engineEventsChangeAcknowledged) {
            return engineEventsChangeAcknowledged(Output.of(engineEventsChangeAcknowledged));
        }

        /**
         * An immutable {@link ApiArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ApiArgs build() {
            // The sizing is stored complete: every user of it sees the same values and one instance.
            $.sizing = $.sizing == null ? ApiDefaults.sizing() : $.sizing.withDefaults(ApiDefaults.sizing());
            return new ApiArgs($);
        }
    }
}
