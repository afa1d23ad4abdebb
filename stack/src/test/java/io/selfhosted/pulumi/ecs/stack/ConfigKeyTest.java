package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The config key table is the single source of the config reference and of how Args problems
 * are named in config terms, so each entry must point at a real Args property of its kind.
 */
class ConfigKeyTest {
    /** The Java type a property of each kind holds (inside its {@code Output}). */
    private static final Map<ConfigKey.Kind, Type> KIND_TYPES = Map.of(
            ConfigKey.Kind.STRING, String.class,
            ConfigKey.Kind.SECRET, String.class,
            ConfigKey.Kind.INTEGER, Integer.class,
            ConfigKey.Kind.BOOLEAN, Boolean.class);

    static Stream<Named<ConfigKey<?>>> keys() {
        return StackConfig.KEYS.stream().map(k -> Named.of(k.name(), k));
    }

    @Test
    void namesAreUnique() {
        assertThat(StackConfig.KEYS).extracting(ConfigKey::name).doesNotHaveDuplicates();
    }

    /** The installers' switches this stack takes in one position only: they set no property. */
    static final List<String> SWITCHES = List.of("samlEnabled", "backupEnabled", "logType", "logArgs", "enableOpenSearch");
    /** Keys that set a property another key sets too, the first key being the one problems name. */
    static final List<String> SECOND_KEYS = List.of("ecrRepoAccountId", "ecrPullThroughCachePrefix");

    @Test
    void onlyTheImageLocationIsSetByTwoKeys() {
        // ecrRepoAccountId builds the registry host, ecrPullThroughCachePrefix the repository path;
        // every other path has one key.
        assertThat(StackConfig.KEYS.stream().map(ConfigKey::argsPath)
                .filter(p -> !p.equals("images.registry") && !p.equals("images.repositoryPrefix") && !p.isEmpty()))
                .doesNotHaveDuplicates();
        assertThat(StackConfig.KEYS).filteredOn(k -> k.argsPath().equals("images.registry"))
                .extracting(ConfigKey::name).containsExactly("imageRegistry", "ecrRepoAccountId");
        assertThat(StackConfig.KEYS).filteredOn(k -> k.argsPath().equals("images.repositoryPrefix"))
                .extracting(ConfigKey::name).containsExactly("imagePrefix", "ecrPullThroughCachePrefix");
        assertThat(StackConfig.KEYS).filteredOn(k -> k.argsPath().isEmpty()).extracting(ConfigKey::name)
                .containsExactlyInAnyOrderElementsOf(SWITCHES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void argsPathMapsBackToAConfigKeyOfThatPath(ConfigKey<?> key) {
        assumeThat(key.argsPath()).as("%s sets no property", key.name()).isNotEmpty();
        Optional<String> back = StackConfig.keyOfArgsPath(key.argsPath());

        assertThat(back).isPresent();
        assertThat(StackConfig.key(back.get()).argsPath()).isEqualTo(key.argsPath());
        if (!SECOND_KEYS.contains(key.name())) {
            assertThat(back).contains(key.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void argsPathIsAnArgsPropertyOfTheKeysKind(ConfigKey<?> key) {
        assumeThat(key.argsPath()).as("%s sets no property", key.name()).isNotEmpty();
        if (key.argsPath().equals("name")) {
            // The component's name is a constructor parameter, not an Args property.
            assertThat(key.name()).isEqualTo("commonName");
            return;
        }
        Type type = PulumiSelfHostedEcsArgs.class;
        for (String property : key.argsPath().split("\\.")) {
            type = unwrap(propertyType(type, property, key), Optional.class);
        }

        switch (key.kind()) {
            case LIST -> assertThat(unwrap(type, Output.class).getTypeName()).isEqualTo("java.util.List<java.lang.String>");
            case MAP -> assertThat(type.getTypeName()).isEqualTo("java.util.List<" + TagArgs.class.getName() + ">");
            default -> assertThat(unwrap(type, Output.class)).as(key.name()).isEqualTo(KIND_TYPES.get(key.kind()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void aDocumentedDefaultIsTheLibrarysDefault(ConfigKey<?> key) {
        assumeThat(key.defaultValue()).as("%s documents no default", key.name()).isPresent();
        if (key.argsPath().equals("name")) {
            assertThat(key.defaultValue()).contains(StackConfig.DEFAULT_NAME);
            return;
        }
        var defaults = PulumiSelfHostedEcsArgs.builder()
                .network(NetworkArgs.builder().vpcId("vpc-0a1b2c3d").publicSubnetIds("subnet-0a1b2c3d").privateSubnetIds("subnet-1a1b2c3d")
                        .isolatedSubnetIds("subnet-2a1b2c3d").build())
                .domain(DomainArgs.builder().zoneName("example.com").build())
                .licenseKey("license")
                .images(ContainerImagesArgs.builder().tag("1").build())
                // Present with its required values only, so that its defaults show.
                .existingDatabase(io.selfhosted.pulumi.ecs.database.ExistingDatabaseArgs.builder().endpoint("db.example").securityGroupId("sg-0a1b2c3d").build())
                .backup(io.selfhosted.pulumi.ecs.backup.BackupArgs.builder().build())
                .search(io.selfhosted.pulumi.ecs.search.SearchArgs.builder().build())
                .build();
        Object value = defaults;
        for (String property : key.argsPath().split("\\.")) {
            value = unwrapValue(invoke(value, property));
        }
        Object rendered = value instanceof Output<?> output ? StackSamples.known(output) : value;
        assertThat(rendered).as("library default of %s (%s)", key.name(), key.argsPath()).isEqualTo(key.defaultValue().get());
    }

    private static Object invoke(Object owner, String property) {
        try {
            return owner.getClass().getMethod(property).invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(owner.getClass().getSimpleName() + " has no property " + property, e);
        }
    }

    private static Object unwrapValue(Object value) {
        return value instanceof Optional<?> optional ? optional.orElseThrow() : value;
    }

    @Test
    void secretAndRequiredKeysAreTheDocumentedOnes() {
        assertThat(StackConfig.KEYS).filteredOn(ConfigKey::secret).extracting(ConfigKey::name)
                .containsExactlyInAnyOrder("licenseKey", "smtpPassword", "samlCertPrivateKey", "recaptchaSecretKey", "agGridLicenseKey",
                        "dbPassword", "dockerHubAccessToken");
        assertThat(StackConfig.KEYS).filteredOn(ConfigKey::required).extracting(ConfigKey::name)
                .containsExactlyInAnyOrder("vpcId", "publicSubnetIds", "privateSubnetIds", "isolatedSubnetIds",
                        "route53ZoneName", "licenseKey", "imageTag");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "network.publicSubnetIds[1],        publicSubnetIds[1]",
            "loadBalancing.ingressCidrs[0],     whiteListCidrBlocks[0]",
            "api.sizing.cpu,                    apiTaskCpu",
            "database.logExports[0],            ''",
            "tags[3].key,                       tags[3].key",
            "smtp.server,                       smtpServer",
            "api.sizing.cpuX,                   ''",
            "api.healthCheckGracePeriodSeconds, ''"})
    void problemPathsAreSpelledAsConfigKeys(String argsPath, String configKey) {
        assertThat(StackConfig.keyOfArgsPath(argsPath).orElse("")).isEqualTo(configKey);
    }

    private static Type propertyType(Type owner, String property, ConfigKey<?> key) {
        if (!(owner instanceof Class<?> type)) {
            return fail("%s: %s is reached through %s, which has no properties", key.name(), property, owner);
        }
        try {
            return type.getMethod(property).getGenericReturnType();
        } catch (NoSuchMethodException e) {
            return fail("%s: %s has no property %s (argsPath %s)", key.name(), type.getSimpleName(), property, key.argsPath());
        }
    }

    /** {@code T} of {@code Wrapper<T>}; other types unchanged. */
    private static Type unwrap(Type type, Class<?> wrapper) {
        if (type instanceof ParameterizedType p && p.getRawType() == wrapper) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }
}
