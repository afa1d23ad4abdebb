package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.testing.security.SecurityChecks;
import io.selfhosted.pulumi.ecs.testing.security.SecurityReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample config of the bundled stack passes every security check, with no exception needed.
 */
class SecurityChecksTest {
    static Stream<Path> sampleConfigs() throws IOException {
        return GoldenPlanTest.sampleConfigs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void sampleConfigPassesEveryCheck(Path config) {
        SecurityReport report = SecurityChecks.run(GoldenPlanTest.plan(config)).assertPassed();
        assertThat(report.suppressed()).isEmpty();
    }
}
