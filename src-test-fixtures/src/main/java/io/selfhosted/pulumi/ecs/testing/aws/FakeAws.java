package io.selfhosted.pulumi.ecs.testing.aws;

import com.pulumi.test.Mocks;

import javax.annotation.Nullable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A plausible, deterministic fake AWS for the Pulumi mock engine.
 *
 * <p>Creating a resource returns its inputs plus the attributes AWS would compute: an id of the
 * right shape, a partition-correct ARN, an autonamed {@code name} (Pulumi's
 * {@code logicalName-<7 hex>}, or {@code <namePrefix><digits>}) and per-type attributes such as
 * load balancer DNS names, RDS endpoints, task definition revisions or ACM validation records.
 * Pseudo-random parts are derived from a hash of the type and logical name, so every run of the
 * same program yields the same values. Inputs always win over computed values.
 *
 * <p>Invokes of common data sources get plausible answers (caller identity, region, partition,
 * availability zones, subnet, VPC, hosted zone, IAM policy document); any other invoke returns an
 * empty map. Both can be overridden per token with {@link Builder#onInvoke} and
 * {@link Builder#onResource}.
 *
 * <p>The region is, in order: {@link Builder#region(String)}, the {@code aws:region} config of the
 * run (when used through {@link io.selfhosted.pulumi.ecs.testing.PlanRunner}), else
 * {@code us-east-1}. The account defaults to {@code 123456789012}.
 */
public final class FakeAws implements Mocks {

    /** The region used when neither the builder nor the stack config names one. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account id used unless the builder names one. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    private static final Map<String, Consumer<FakeResource>> SHAPES = new HashMap<>();

    static {
        FakeNetworkResources.register(SHAPES);
        FakeServiceResources.register(SHAPES);
    }

    @Nullable
    private final String explicitRegion;
    private final FakeAwsAccount account;
    private final Map<String, Function<Map<String, Object>, Map<String, Object>>> invokeOverrides;
    private final Map<String, Function<Map<String, Object>, Map<String, Object>>> resourceOverrides;

    private FakeAws(@Nullable String explicitRegion, String region, String accountId,
                    Map<String, Function<Map<String, Object>, Map<String, Object>>> invokeOverrides,
                    Map<String, Function<Map<String, Object>, Map<String, Object>>> resourceOverrides) {
        this.explicitRegion = explicitRegion;
        this.account = FakeAwsAccount.of(region, accountId);
        this.invokeOverrides = Map.copyOf(invokeOverrides);
        this.resourceOverrides = Map.copyOf(resourceOverrides);
    }

    /** @return a fake AWS in {@code us-east-1} (or the run's {@code aws:region}) with default answers */
    public static FakeAws create() {
        return builder().build();
    }

    /** @return a builder for a customised fake AWS */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the region this fake answers for */
    public String region() {
        return account.region();
    }

    /** @return the account id this fake answers for */
    public String accountId() {
        return account.accountId();
    }

    /** @return the partition of the region, e.g. {@code aws}, {@code aws-us-gov} or {@code aws-cn} */
    public String partition() {
        return account.partition();
    }

    /** @return the DNS suffix of the region's partition */
    public String dnsSuffix() {
        return account.dnsSuffix();
    }

    /**
     * Binds the fake to the region the program is configured for, unless the builder fixed one.
     * {@link io.selfhosted.pulumi.ecs.testing.PlanRunner} calls this before every run with the
     * run's {@code aws:region} config; call it yourself only when you hand the fake to the mock
     * engine without a {@code PlanRunner}.
     *
     * @param configuredRegion the run's {@code aws:region} config, if any
     * @return a fake answering for the effective region: the builder's region, else
     *         {@code configuredRegion}, else {@link #DEFAULT_REGION}; same account and overrides
     */
    public FakeAws forConfiguredRegion(Optional<String> configuredRegion) {
        var region = explicitRegion != null ? explicitRegion : configuredRegion.orElse(DEFAULT_REGION);
        return new FakeAws(explicitRegion, region, account.accountId(), invokeOverrides, resourceOverrides);
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        var type = args.type == null ? "" : args.type;
        var name = args.name == null ? "" : args.name;
        var resource = new FakeResource(type, name, args.inputs == null ? Map.of() : args.inputs, account, args.id);
        shape(resource);
        var override = resourceOverrides.get(type);
        if (override != null) {
            var extra = override.apply(Map.copyOf(resource.state));
            extra.forEach((key, value) -> {
                if (value == null) {
                    resource.state.remove(key);
                } else if ("id".equals(key)) {
                    resource.id = String.valueOf(value);
                } else {
                    resource.state.put(key, value);
                }
            });
        }
        return CompletableFuture.completedFuture(
                ResourceResult.of(Optional.ofNullable(resource.id), new LinkedHashMap<>(resource.state)));
    }

    private static void shape(FakeResource resource) {
        var known = SHAPES.get(resource.type);
        if (known != null) {
            known.accept(resource);
        } else if (resource.type.startsWith("aws:s3/") && resource.text("bucket") != null) {
            // Bucket sub-resources (policy, versioning, encryption...) are identified by their bucket.
            resource.idIfAbsent(resource.text("bucket"));
        } else if (resource.type.startsWith("aws:")) {
            var name = resource.autoname();
            var kind = resource.type.substring(resource.type.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
            var service = FakeServiceResources.serviceOf(resource.type);
            var account = resource.account;
            // IAM is global: its ARNs carry no region.
            resource.put("arn", service.equals("iam") ? account.globalArn(service, kind + "/" + name)
                    : account.arn(service, kind + "/" + name));
            resource.idIfAbsent(name);
        }
        // Components and other providers' resources keep their inputs and get a stable id.
        resource.idIfAbsent(resource.logicalName + "-" + resource.hex("id", 8));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        var token = args.token == null ? "" : args.token;
        Map<String, Object> arguments = args.args == null ? Map.of() : args.args;
        var override = invokeOverrides.get(token);
        if (override != null) {
            return CompletableFuture.completedFuture(override.apply(arguments));
        }
        return CompletableFuture.completedFuture(FakeInvokes.answer(token, arguments, account).orElse(Map.of()));
    }

    /** Builds a {@link FakeAws}. */
    public static final class Builder {

        @Nullable
        private String region;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private final Map<String, Function<Map<String, Object>, Map<String, Object>>> invokes = new HashMap<>();
        private final Map<String, Function<Map<String, Object>, Map<String, Object>>> resources = new HashMap<>();

        private Builder() {
        }

        /**
         * @param region the region to answer for, overriding the run's {@code aws:region} config
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * @param accountId the 12-digit account id; default {@code 123456789012}
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Replaces the answer to one invoke.
         *
         * @param token  the function token, e.g. {@code aws:ec2/getSubnet:getSubnet}
         * @param answer maps the invoke's arguments to its result
         * @return this builder
         */
        public Builder onInvoke(String token, Function<Map<String, Object>, Map<String, Object>> answer) {
            invokes.put(token, answer);
            return this;
        }

        /**
         * Adds or replaces attributes of every resource of one type.
         *
         * @param type       the resource type token
         * @param extraState receives the state computed so far (inputs plus fake attributes) and
         *                   returns entries to add or replace; an {@code id} entry replaces the
         *                   id and a {@code null} value removes the entry
         * @return this builder
         */
        public Builder onResource(String type, Function<Map<String, Object>, Map<String, Object>> extraState) {
            resources.put(type, extraState);
            return this;
        }

        /** @return the fake AWS */
        public FakeAws build() {
            return new FakeAws(region, region == null ? DEFAULT_REGION : region, accountId, invokes, resources);
        }
    }
}
