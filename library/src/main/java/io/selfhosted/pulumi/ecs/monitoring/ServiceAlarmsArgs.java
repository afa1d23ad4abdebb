package io.selfhosted.pulumi.ecs.monitoring;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Arguments of {@link ServiceAlarms}: what to watch, the key of the alerts topic, and the
 * thresholds.
 */
public final class ServiceAlarmsArgs extends ResourceArgs {

    @Import(name = "kmsKeyArn", required = true)
    private Output<String> kmsKeyArn;

    @Import(name = "clusterName", required = true)
    private Output<String> clusterName;

    @Import(name = "services")
    private @Nullable List<MonitoredServiceArgs> services;

    @Import(name = "databaseClusterIdentifier")
    private @Nullable Output<String> databaseClusterIdentifier;

    @Import(name = "databaseReaders")
    private @Nullable Output<Integer> databaseReaders;

    @Import(name = "certificateArn")
    private @Nullable Output<String> certificateArn;

    @Import(name = "settings")
    private @Nullable MonitoringArgs settings;

    @Import(name = "tags")
    private @Nullable List<TagArgs> tags;

    private ServiceAlarmsArgs() {
    }

    private ServiceAlarmsArgs(ServiceAlarmsArgs $) {
        this.kmsKeyArn = $.kmsKeyArn;
        this.clusterName = $.clusterName;
        this.services = $.services;
        this.databaseClusterIdentifier = $.databaseClusterIdentifier;
        this.databaseReaders = $.databaseReaders;
        this.certificateArn = $.certificateArn;
        this.settings = $.settings;
        this.tags = $.tags;
    }

    /**
     * The KMS key (ARN) encrypting the alerts topic; its key policy must let EventBridge and
     * CloudWatch use it. Required.
     */
    public Output<String> kmsKeyArn() {
        return kmsKeyArn;
    }

    /**
     * The ECS cluster of the services. Required.
     */
    public Output<String> clusterName() {
        return clusterName;
    }

    /**
     * The services to watch.
     */
    public List<MonitoredServiceArgs> services() {
        return services == null ? List.of() : services;
    }

    /**
     * The Aurora cluster to watch.
     * <p>Default: no database alarms.
     */
    public Optional<Output<String>> databaseClusterIdentifier() {
        return Optional.ofNullable(databaseClusterIdentifier);
    }

    /**
     * Readers of the Aurora cluster besides the writer; with none there is no replica lag alarm.
     * <p>Default: {@value MonitoringDefaults#DATABASE_READERS}.
     */
    public Output<Integer> databaseReaders() {
        return databaseReaders == null ? Output.of(MonitoringDefaults.DATABASE_READERS) : databaseReaders;
    }

    /**
     * A certificate ACM does not renew (imported, or validated elsewhere) whose expiry to watch.
     * <p>Default: no certificate alarm.
     */
    public Optional<Output<String>> certificateArn() {
        return Optional.ofNullable(certificateArn);
    }

    /**
     * Who is told, and the thresholds.
     * <p>Default: the {@link MonitoringArgs} defaults.
     */
    public MonitoringArgs settings() {
        return settings == null ? MonitoringArgs.builder().build() : settings;
    }

    /**
     * Tags for every resource, besides the fixed tags naming the stack and component.
     */
    public List<TagArgs> tags() {
        return tags == null ? List.of() : tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(ServiceAlarmsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link ServiceAlarmsArgs}. */
    public static final class Builder {
        private final ServiceAlarmsArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new ServiceAlarmsArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(ServiceAlarmsArgs defaults) {
            $ = new ServiceAlarmsArgs(defaults);
        }

        /** @see ServiceAlarmsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(Output<String> kmsKeyArn) {
            $.kmsKeyArn = kmsKeyArn;
            return this;
        }

        /** @see ServiceAlarmsArgs#kmsKeyArn() */
        public Builder kmsKeyArn(String kmsKeyArn) {
            return kmsKeyArn(Output.of(kmsKeyArn));
        }

        /** @see ServiceAlarmsArgs#clusterName() */
        public Builder clusterName(Output<String> clusterName) {
            $.clusterName = clusterName;
            return this;
        }

        /** @see ServiceAlarmsArgs#clusterName() */
        public Builder clusterName(String clusterName) {
            return clusterName(Output.of(clusterName));
        }

        /** @see ServiceAlarmsArgs#services() */
        public Builder services(List<MonitoredServiceArgs> services) {
            $.services = List.copyOf(services);
            return this;
        }

        /** @see ServiceAlarmsArgs#services() */
        public Builder services(MonitoredServiceArgs... services) {
            return services(List.of(services));
        }

        /** @see ServiceAlarmsArgs#databaseClusterIdentifier() */
        public Builder databaseClusterIdentifier(@Nullable Output<String> databaseClusterIdentifier) {
            $.databaseClusterIdentifier = databaseClusterIdentifier;
            return this;
        }

        /** @see ServiceAlarmsArgs#databaseClusterIdentifier() */
        public Builder databaseClusterIdentifier(String databaseClusterIdentifier) {
            return databaseClusterIdentifier(Output.of(databaseClusterIdentifier));
        }

        /** @see ServiceAlarmsArgs#databaseReaders() */
        public Builder databaseReaders(@Nullable Output<Integer> databaseReaders) {
            $.databaseReaders = databaseReaders;
            return this;
        }

        /** @see ServiceAlarmsArgs#databaseReaders() */
        public Builder databaseReaders(int databaseReaders) {
            return databaseReaders(Output.of(databaseReaders));
        }

        /** @see ServiceAlarmsArgs#certificateArn() */
        public Builder certificateArn(@Nullable Output<String> certificateArn) {
            $.certificateArn = certificateArn;
            return this;
        }

        /** @see ServiceAlarmsArgs#certificateArn() */
        public Builder certificateArn(String certificateArn) {
            return certificateArn(Output.of(certificateArn));
        }

        /** @see ServiceAlarmsArgs#settings() */
        public Builder settings(@Nullable MonitoringArgs settings) {
            $.settings = settings;
            return this;
        }

        /** @see ServiceAlarmsArgs#tags() */
        public Builder tags(List<TagArgs> tags) {
            $.tags = List.copyOf(tags);
            return this;
        }

        /** @see ServiceAlarmsArgs#tags() */
        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        /**
         * An immutable {@link ServiceAlarmsArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public ServiceAlarmsArgs build() {
            return new ServiceAlarmsArgs($);
        }
    }
}
