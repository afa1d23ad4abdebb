package io.selfhosted.pulumi.ecs.dns;

import com.pulumi.aws.acm.Certificate;
import com.pulumi.aws.acm.CertificateArgs;
import com.pulumi.aws.acm.CertificateValidation;
import com.pulumi.aws.acm.CertificateValidationArgs;
import com.pulumi.aws.acm.outputs.CertificateDomainValidationOption;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.enums.RecordType;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An ACM certificate for the service's names, validated by DNS records written to the hosted
 * zone; for installs whose users bring no certificate. ACM renews it automatically while the
 * validation records stay in place.
 */
public class ServiceCertificate extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:dns:ServiceCertificate";

    @Export(name = "certificateArn", refs = String.class)
    private final Output<String> certificateArn;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    the names and the zone
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceCertificate(String name, ServiceCertificateArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        var certificate = new Certificate(name, CertificateArgs.builder()
                .domainName(args.domainName())
                .subjectAlternativeNames(args.subjectAlternativeNames())
                .validationMethod("DNS")
                .keyAlgorithm("RSA_2048")
                .tags(tags)
                .build(), ChildOptions.of(this));

        // One validation record per name. The names must be known now: the number of records
        // cannot depend on a value that is only known after deployment.
        List<String> names = new ArrayList<>(new LinkedHashSet<>(allNames(args)));
        List<Output<String>> fqdns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String domain = names.get(i);
            Output<CertificateDomainValidationOption> option = certificate.domainValidationOptions()
                    .applyValue(all -> all.stream()
                            .filter(o -> o.domainName().orElse("").equals(domain))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("ACM returned no validation record for " + domain)));
            var record = new Record(name + "-validation-" + i, RecordArgs.builder()
                    .zoneId(args.zoneId())
                    .name(option.applyValue(o -> o.resourceRecordName().orElseThrow()))
                    .type(option.applyValue(o -> Either.<String, RecordType>ofLeft(o.resourceRecordType().orElseThrow())))
                    .records(option.applyValue(o -> List.of(o.resourceRecordValue().orElseThrow())))
                    .ttl(300)
                    // A record left by an earlier certificate for the same name is the same record.
                    .allowOverwrite(true)
                    .build(), ChildOptions.of(this));
            fqdns.add(record.fqdn());
        }
        var validation = new CertificateValidation(name, CertificateValidationArgs.builder()
                .certificateArn(certificate.arn())
                .validationRecordFqdns(Output.all(fqdns))
                .build(), ChildOptions.of(this));
        this.certificateArn = validation.certificateArn();
        registerOutputs(Map.of("certificateArn", certificateArn));
    }

    private static List<String> allNames(ServiceCertificateArgs args) {
        List<String> names = new ArrayList<>();
        names.add(KnownValue.of(args.domainName()).orElseThrow());
        names.addAll(KnownValue.of(args.subjectAlternativeNames()).orElseThrow());
        return names;
    }

    private static ComponentResourceOptions validated(ServiceCertificateArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceCertificateArgs");
        }
        KnownValue.of(args.domainName()).ifPresentOrElse(
                d -> Validators.domainName(problems, "domainName", d, ""),
                () -> problems.add("domainName", "must be known when the program runs (it decides how many validation records to create)"));
        KnownValue.of(args.subjectAlternativeNames()).ifPresentOrElse(
                names -> {
                    for (int i = 0; i < names.size(); i++) {
                        Validators.domainName(problems, "subjectAlternativeNames[" + i + "]", names.get(i), "");
                    }
                },
                () -> problems.add("subjectAlternativeNames", "must be known when the program runs (it decides how many validation records to create)"));
        problems.throwIfAny("ServiceCertificateArgs");
        return options;
    }

    /** The certificate's ARN; it resolves once ACM has validated the certificate. */
    public Output<String> certificateArn() {
        return certificateArn;
    }
}
