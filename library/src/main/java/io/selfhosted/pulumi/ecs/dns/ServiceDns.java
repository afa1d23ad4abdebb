package io.selfhosted.pulumi.ecs.dns;

import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.inputs.RecordAliasArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Route53 alias A records pointing the service's names at its load balancers. Each record is
 * named after the first label of its DNS name ({@code api}, {@code app}), which must therefore be
 * known when the program runs and distinct.
 */
public class ServiceDns extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:dns:ServiceDns";

    @Export(name = "fqdns", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> fqdns;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    the zone and the records
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceDns(String name, ServiceDnsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        List<Output<String>> names = new ArrayList<>();
        for (AliasRecordArgs alias : args.records()) {
            String label = KnownValue.of(alias.name()).orElseThrow().split("\\.", 2)[0];
            var record = new Record(name + "-" + label, RecordArgs.builder()
                    .zoneId(args.zoneId())
                    .name(alias.name())
                    .type("A")
                    // Off by default: a record someone else owns is not taken over silently.
                    .allowOverwrite(args.overwriteRecords())
                    .aliases(RecordAliasArgs.builder()
                            .name(alias.targetDnsName())
                            .zoneId(alias.targetZoneId())
                            .evaluateTargetHealth(true)
                            .build())
                    .build(), ChildOptions.of(this));
            names.add(record.fqdn());
        }
        this.fqdns = Output.all(names);
        registerOutputs(Map.of("fqdns", fqdns));
    }

    private static ComponentResourceOptions validated(ServiceDnsArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceDnsArgs");
        }
        List<String> labels = new ArrayList<>();
        List<AliasRecordArgs> records = args.records();
        for (int i = 0; i < records.size(); i++) {
            String path = "records[" + i + "].name";
            var known = KnownValue.of(records.get(i).name());
            if (known.isEmpty()) {
                problems.add(path, "must be known when the program runs (its first label names the record resource)");
                continue;
            }
            if (Validators.domainName(problems, path, known.get(), "")) {
                String label = known.get().split("\\.", 2)[0];
                problems.check(!labels.contains(label), path, "'" + known.get() + "' starts with the label '" + label
                        + "' like another record; give each record a distinct first label");
                labels.add(label);
            }
        }
        problems.throwIfAny("ServiceDnsArgs");
        return options;
    }

    /** The records' fully qualified names. */
    public Output<List<String>> fqdns() {
        return fqdns;
    }
}
