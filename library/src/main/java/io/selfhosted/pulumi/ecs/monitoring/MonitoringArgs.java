package io.selfhosted.pulumi.ecs.monitoring;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.Problem;
import io.selfhosted.pulumi.ecs.internal.Validation;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Choices for the install's alerts: who is told, and the thresholds of the alarms an operator
 * tunes.
 */
public final class MonitoringArgs extends ResourceArgs {

    @Import(name = "email")
    private @Nullable Output<String> email;

    @Import(name = "databaseCpuPercent")
    private @Nullable Output<Integer> databaseCpuPercent;

    @Import(name = "databaseFreeableMemoryMebibytes")
    private @Nullable Output<Integer> databaseFreeableMemoryMebibytes;

    @Import(name = "databaseConnections")
    private @Nullable Output<Integer> databaseConnections;

    @Import(name = "databaseReplicaLagMilliseconds")
    private @Nullable Output<Integer> databaseReplicaLagMilliseconds;

    @Import(name = "databaseFreeLocalStorageMebibytes")
    private @Nullable Output<Integer> databaseFreeLocalStorageMebibytes;

    @Import(name = "certificateDaysToExpiry")
    private @Nullable Output<Integer> certificateDaysToExpiry;

    private MonitoringArgs() {
    }

    private MonitoringArgs(MonitoringArgs $) {
        this.email = $.email;
        this.databaseCpuPercent = $.databaseCpuPercent;
        this.databaseFreeableMemoryMebibytes = $.databaseFreeableMemoryMebibytes;
        this.databaseConnections = $.databaseConnections;
        this.databaseReplicaLagMilliseconds = $.databaseReplicaLagMilliseconds;
        this.databaseFreeLocalStorageMebibytes = $.databaseFreeLocalStorageMebibytes;
        this.certificateDaysToExpiry = $.certificateDaysToExpiry;
    }

    /**
     * An email address subscribed to the alerts topic (AWS asks it to confirm the subscription).
     * <p>Default: no subscription: subscribe to the topic yourself.
     */
    public Optional<Output<String>> email() {
        return Optional.ofNullable(email);
    }

    /**
     * Writer CPU (percent) above which the database alarm fires, over 5 minutes.
     * <p>Default: {@value MonitoringDefaults#DATABASE_CPU_PERCENT}.
     */
    public Output<Integer> databaseCpuPercent() {
        return databaseCpuPercent == null ? Output.of(MonitoringDefaults.DATABASE_CPU_PERCENT) : databaseCpuPercent;
    }

    /**
     * Freeable memory (MiB) of the writer below which the database alarm fires.
     * <p>Default: {@value MonitoringDefaults#DATABASE_FREEABLE_MEMORY_MEBIBYTES}.
     */
    public Output<Integer> databaseFreeableMemoryMebibytes() {
        return databaseFreeableMemoryMebibytes == null ? Output.of(MonitoringDefaults.DATABASE_FREEABLE_MEMORY_MEBIBYTES) : databaseFreeableMemoryMebibytes;
    }

    /**
     * Connections to the writer above which the database alarm fires (the instance class's maximum
     * is the limit).
     * <p>Default: {@value MonitoringDefaults#DATABASE_CONNECTIONS}.
     */
    public Output<Integer> databaseConnections() {
        return databaseConnections == null ? Output.of(MonitoringDefaults.DATABASE_CONNECTIONS) : databaseConnections;
    }

    /**
     * Replica lag (ms) of the readers above which the database alarm fires.
     * <p>Default: {@value MonitoringDefaults#DATABASE_REPLICA_LAG_MILLISECONDS}.
     */
    public Output<Integer> databaseReplicaLagMilliseconds() {
        return databaseReplicaLagMilliseconds == null ? Output.of(MonitoringDefaults.DATABASE_REPLICA_LAG_MILLISECONDS) : databaseReplicaLagMilliseconds;
    }

    /**
     * Free local storage (MiB) of the writer below which the database alarm fires.
     * <p>Default: {@value MonitoringDefaults#DATABASE_FREE_LOCAL_STORAGE_MEBIBYTES}.
     */
    public Output<Integer> databaseFreeLocalStorageMebibytes() {
        return databaseFreeLocalStorageMebibytes == null ? Output.of(MonitoringDefaults.DATABASE_FREE_LOCAL_STORAGE_MEBIBYTES) : databaseFreeLocalStorageMebibytes;
    }

    /**
     * Days before a given certificate expires from which its alarm fires (a certificate this
     * install creates is renewed by ACM and gets no alarm).
     * <p>Default: {@value MonitoringDefaults#CERTIFICATE_DAYS_TO_EXPIRY}.
     */
    public Output<Integer> certificateDaysToExpiry() {
        return certificateDaysToExpiry == null ? Output.of(MonitoringDefaults.CERTIFICATE_DAYS_TO_EXPIRY) : certificateDaysToExpiry;
    }

    /**
     * Every problem of these values, with property paths relative to this group (an empty list when
     * they are valid). The values are checked once per instance, before any resource exists.
     */
    public List<Problem> problems() {
        return Validation.once(this, p -> MonitoringValidation.check(p, this));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(MonitoringArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link MonitoringArgs}. */
    public static final class Builder {
        private final MonitoringArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new MonitoringArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(MonitoringArgs defaults) {
            $ = new MonitoringArgs(defaults);
        }

        /** @see MonitoringArgs#email() */
        public Builder email(@Nullable Output<String> email) {
            $.email = email;
            return this;
        }

        /** @see MonitoringArgs#email() */
        public Builder email(String email) {
            return email(Output.of(email));
        }

        /** @see MonitoringArgs#databaseCpuPercent() */
        public Builder databaseCpuPercent(@Nullable Output<Integer> databaseCpuPercent) {
            $.databaseCpuPercent = databaseCpuPercent;
            return this;
        }

        /** @see MonitoringArgs#databaseCpuPercent() */
        public Builder databaseCpuPercent(int databaseCpuPercent) {
            return databaseCpuPercent(Output.of(databaseCpuPercent));
        }

        /** @see MonitoringArgs#databaseFreeableMemoryMebibytes() */
        public Builder databaseFreeableMemoryMebibytes(@Nullable Output<Integer> databaseFreeableMemoryMebibytes) {
            $.databaseFreeableMemoryMebibytes = databaseFreeableMemoryMebibytes;
            return this;
        }

        /** @see MonitoringArgs#databaseFreeableMemoryMebibytes() */
        public Builder databaseFreeableMemoryMebibytes(int databaseFreeableMemoryMebibytes) {
            return databaseFreeableMemoryMebibytes(Output.of(databaseFreeableMemoryMebibytes));
        }

        /** @see MonitoringArgs#databaseConnections() */
        public Builder databaseConnections(@Nullable Output<Integer> databaseConnections) {
            $.databaseConnections = databaseConnections;
            return this;
        }

        /** @see MonitoringArgs#databaseConnections() */
        public Builder databaseConnections(int databaseConnections) {
            return databaseConnections(Output.of(databaseConnections));
        }

        /** @see MonitoringArgs#databaseReplicaLagMilliseconds() */
        public Builder databaseReplicaLagMilliseconds(@Nullable Output<Integer> databaseReplicaLagMilliseconds) {
            $.databaseReplicaLagMilliseconds = databaseReplicaLagMilliseconds;
            return this;
        }

        /** @see MonitoringArgs#databaseReplicaLagMilliseconds() */
        public Builder databaseReplicaLagMilliseconds(int databaseReplicaLagMilliseconds) {
            return databaseReplicaLagMilliseconds(Output.of(databaseReplicaLagMilliseconds));
        }

        /** @see MonitoringArgs#databaseFreeLocalStorageMebibytes() */
        public Builder databaseFreeLocalStorageMebibytes(@Nullable Output<Integer> databaseFreeLocalStorageMebibytes) {
            $.databaseFreeLocalStorageMebibytes = databaseFreeLocalStorageMebibytes;
            return this;
        }

        /** @see MonitoringArgs#databaseFreeLocalStorageMebibytes() */
        public Builder databaseFreeLocalStorageMebibytes(int databaseFreeLocalStorageMebibytes) {
            return databaseFreeLocalStorageMebibytes(Output.of(databaseFreeLocalStorageMebibytes));
        }

        /** @see MonitoringArgs#certificateDaysToExpiry() */
        public Builder certificateDaysToExpiry(@Nullable Output<Integer> certificateDaysToExpiry) {
            $.certificateDaysToExpiry = certificateDaysToExpiry;
            return this;
        }

        /** @see MonitoringArgs#certificateDaysToExpiry() */
        public Builder certificateDaysToExpiry(int certificateDaysToExpiry) {
            return certificateDaysToExpiry(Output.of(certificateDaysToExpiry));
        }

        /**
         * An immutable {@link MonitoringArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public MonitoringArgs build() {
            return new MonitoringArgs($);
        }
    }
}
