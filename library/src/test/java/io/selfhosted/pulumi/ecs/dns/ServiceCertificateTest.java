package io.selfhosted.pulumi.ecs.dns;

import io.selfhosted.pulumi.ecs.SampleInstall;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ACM_CERTIFICATE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ACM_CERTIFICATE_VALIDATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LB_LISTENER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The DNS-validated certificate the install creates when the user brings none. */
class ServiceCertificateTest {
    private static final String GIVEN = SampleInstall.arn(SampleInstall.REGION, "acm", "certificate/0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8");

    private static Plan plan;

    @BeforeAll
    static void run() {
        plan = install(b -> b.domain(DomainArgs.builder().zoneName("example.com").subdomain("pulumi")
                .zoneId("Z0GIVEN0000001").build()));
    }

    @Test
    void aDnsValidatedCertificateCoversTheBaseApiAndAppNames() {
        var certificate = plan.single(ACM_CERTIFICATE);
        assertThat(certificate.parentType()).contains(ServiceCertificate.TYPE);
        assertThat(certificate.string("validationMethod")).isEqualTo("DNS");
        assertThat(certificate.string("domainName")).isEqualTo("pulumi.example.com");
        assertThat(certificate.list("subjectAlternativeNames"))
                .containsExactlyInAnyOrder("api.pulumi.example.com", "app.pulumi.example.com");
    }

    @Test
    void eachNameGetsOneValidationRecordInTheZone() {
        var validationRecords = plan.resourcesOfType(ROUTE53_RECORD).stream()
                .filter(r -> r.parentType().orElse("").equals(ServiceCertificate.TYPE)).toList();

        assertThat(validationRecords).hasSize(3).allSatisfy(r -> {
            assertThat(r.string("zoneId")).isEqualTo("Z0GIVEN0000001");
            assertThat(r.string("type")).isEqualTo("CNAME");
            assertThat(r.list("records")).hasSize(1);
        });
        assertThat(validationRecords).extracting(r -> r.string("name"))
                .doesNotHaveDuplicates()
                .anySatisfy(n -> assertThat(n).endsWith(".pulumi.example.com."))
                .anySatisfy(n -> assertThat(n).endsWith(".api.pulumi.example.com."))
                .anySatisfy(n -> assertThat(n).endsWith(".app.pulumi.example.com."));
    }

    @Test
    void theListenersUseTheValidatedCertificate() {
        PlannedResource validation = plan.single(ACM_CERTIFICATE_VALIDATION);
        String created = validation.string("certificateArn");

        assertThat(created).startsWith("arn:aws:acm:" + SampleInstall.REGION + ":").isNotEqualTo(GIVEN);
        assertThat(validation.list("validationRecordFqdns")).hasSize(3);
        assertThat(plan.resourcesOfType(LB_LISTENER)).hasSize(2)
                .allSatisfy(l -> assertThat(l.string("certificateArn")).isEqualTo(created));
    }

    @Test
    void noCertificateIsCreatedWhenOneIsGiven() {
        Plan given = install(b -> b);

        assertThat(given.resourcesOfType(ACM_CERTIFICATE)).isEmpty();
        assertThat(given.resourcesOfType(ACM_CERTIFICATE_VALIDATION)).isEmpty();
        assertThat(given.components()).extracting(PlannedResource::type).doesNotContain(ServiceCertificate.TYPE);
        assertThat(given.resourcesOfType(LB_LISTENER)).allSatisfy(l -> assertThat(l.string("certificateArn")).isEqualTo(GIVEN));
    }

    @Test
    void standaloneCertificateValidatesEveryName() {
        Plan standalone = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new ServiceCertificate("cert",
                ServiceCertificateArgs.builder().domainName("example.org").subjectAlternativeNames("www.example.org")
                        .zoneId("Z0GIVEN0000001").build(), null)).requireSuccess();

        assertThat(standalone.single(ACM_CERTIFICATE).string("validationMethod")).isEqualTo("DNS");
        assertThat(standalone.resourcesOfType(ROUTE53_RECORD)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("cert-validation-0", "cert-validation-1");
        assertThat(standalone.single(ACM_CERTIFICATE_VALIDATION).list("validationRecordFqdns")).hasSize(2);
    }
}
