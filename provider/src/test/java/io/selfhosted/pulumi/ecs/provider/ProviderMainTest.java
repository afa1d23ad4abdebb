package io.selfhosted.pulumi.ecs.provider;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the CLI starts the package: PulumiPlugin.yaml names the Java runtime, the engine address is the one argument. */
class ProviderMainTest {

    @Test
    void theEngineAddressIsWhatIsLeftOfTheCommandLine() {
        assertThat(ProviderMain.engineAddress(new String[]{"--logtostderr", "-v=9", "--tracing", "file:/tmp/t", "127.0.0.1:51234"}))
                .isEqualTo("127.0.0.1:51234");
        assertThat(ProviderMain.engineAddress(new String[]{"127.0.0.1:1"})).isEqualTo("127.0.0.1:1");
        assertThatThrownBy(() -> ProviderMain.engineAddress(new String[]{})).hasMessageContaining("engine address");
    }

    @Test
    void thePluginFileNamesTheJavaRuntime() throws IOException {
        Map<String, Object> plugin = new Yaml().load(Files.readString(Path.of("PulumiPlugin.yaml")));
        assertThat(plugin).containsEntry("runtime", "java");
    }
}
