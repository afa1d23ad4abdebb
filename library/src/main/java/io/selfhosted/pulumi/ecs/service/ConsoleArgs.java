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
 * Choices for the Console service ({@code pulumi/console}).
 */
public final class ConsoleArgs extends ResourceArgs {

    @Import(name = "sizing")
    private @Nullable TaskSizingArgs sizing;

    @Import(name = "hideEmailLogin")
    private @Nullable Output<Boolean> hideEmailLogin;

    @Import(name = "hideEmailSignup")
    private @Nullable Output<Boolean> hideEmailSignup;

    private ConsoleArgs() {
    }

    private ConsoleArgs(ConsoleArgs $) {
        this.sizing = $.sizing;
        this.hideEmailLogin = $.hideEmailLogin;
        this.hideEmailSignup = $.hideEmailSignup;
    }

    /**
     * Task size and scaling. Unset values take the Console's defaults: {@value
     * ConsoleDefaults#TASK_CPU} CPU units and {@value ConsoleDefaults#TASK_MEMORY} MiB, {@value
     * ConsoleDefaults#DESIRED_COUNT} tasks at creation, {@value ConsoleDefaults#MIN_COUNT}-{@value
     * ConsoleDefaults#MAX_COUNT} under autoscaling, {@value ConsoleDefaults#CPU_TARGET_PERCENT}%
     * CPU and {@value ConsoleDefaults#MEMORY_TARGET_PERCENT}% memory targets.
     * <p>Default: {@link ConsoleDefaults#sizing()}.
     */
    public TaskSizingArgs sizing() {
        return sizing == null ? ConsoleDefaults.sizing() : sizing.withDefaults(ConsoleDefaults.sizing());
    }

    /**
     * {@code PULUMI_HIDE_EMAIL_LOGIN}: hide the email/password login form.
     * <p>Default: {@value ConsoleDefaults#HIDE_EMAIL_LOGIN}.
     */
    public Output<Boolean> hideEmailLogin() {
        return hideEmailLogin == null ? Output.of(ConsoleDefaults.HIDE_EMAIL_LOGIN) : hideEmailLogin;
    }

    /**
     * {@code PULUMI_HIDE_EMAIL_SIGNUP}: hide the email sign-up form.
     * <p>Default: {@value ConsoleDefaults#HIDE_EMAIL_SIGNUP}.
     */
    public Output<Boolean> hideEmailSignup() {
        return hideEmailSignup == null ? Output.of(ConsoleDefaults.HIDE_EMAIL_SIGNUP) : hideEmailSignup;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> ServiceValidation.console(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ConsoleArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ConsoleArgs}. */
    public static final class Builder {
        private final ConsoleArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ConsoleArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ConsoleArgs defaults) {
            $ = new ConsoleArgs(defaults);
        }

        /** @see ConsoleArgs#sizing() */
        public Builder sizing(@Nullable TaskSizingArgs sizing) {
            $.sizing = sizing;
            return this;
        }

        /** @see ConsoleArgs#hideEmailLogin() */
        public Builder hideEmailLogin(@Nullable Output<Boolean> hideEmailLogin) {
            $.hideEmailLogin = hideEmailLogin;
            return this;
        }

        /** @see ConsoleArgs#hideEmailLogin() */
        public Builder hideEmailLogin(boolean hideEmailLogin) {
            return hideEmailLogin(Output.of(hideEmailLogin));
        }

        /** @see ConsoleArgs#hideEmailSignup() */
        public Builder hideEmailSignup(@Nullable Output<Boolean> hideEmailSignup) {
            $.hideEmailSignup = hideEmailSignup;
            return this;
        }

        /** @see ConsoleArgs#hideEmailSignup() */
        public Builder hideEmailSignup(boolean hideEmailSignup) {
            return hideEmailSignup(Output.of(hideEmailSignup));
        }

        /**
         * An immutable {@link ConsoleArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ConsoleArgs build() {
            // The sizing is stored complete: every user of it sees the same values and one instance.
            $.sizing = $.sizing == null ? ConsoleDefaults.sizing() : $.sizing.withDefaults(ConsoleDefaults.sizing());
            return new ConsoleArgs($);
        }
    }
}
