package io.selfhosted.pulumi.ecs.dns;

import io.selfhosted.pulumi.ecs.internal.KnownValue;

import java.util.List;

/**
 * The DNS names of an install: {@code [subdomain.]zone}, {@code api.} and {@code app.} in front of
 * it. They are plain text because they name resources and certificates; {@link DomainArgs}
 * validation makes sure they are known when the program runs.
 *
 * @param baseDomain    {@code [subdomain.]zone}, e.g. {@code pulumi.example.com}
 * @param apiDomain     the API's name, e.g. {@code api.pulumi.example.com}
 * @param consoleDomain the Console's name, e.g. {@code app.pulumi.example.com}
 */
public record ServiceNames(String baseDomain, String apiDomain, String consoleDomain) {

    /** The names of the domain; its zone name (and subdomain, when given) must be known. */
    public static ServiceNames of(DomainArgs domain) {
        String zone = KnownValue.of(domain.zoneName()).orElseThrow(() ->
                new IllegalStateException("domain.zoneName is not known: validation should have reported it"));
        String base = domain.subdomain().flatMap(KnownValue::of).filter(s -> !s.isEmpty()).map(s -> s + ".").orElse("")
                + zone.replaceAll("\\.$", "");
        return new ServiceNames(base, "api." + base, "app." + base);
    }

    /** The names a certificate for the install must cover: the base domain first. */
    public List<String> certificateNames() {
        return List.of(baseDomain, apiDomain, consoleDomain);
    }

    /** {@code https://} and the API's name: the URL the Pulumi CLI logs in to. */
    public String apiUrl() {
        return "https://" + apiDomain;
    }

    /** {@code https://} and the Console's name. */
    public String consoleUrl() {
        return "https://" + consoleDomain;
    }
}
