package io.selfhosted.pulumi.ecs.stack;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The opt-in check against a real AWS account: `pulumi preview` of a stack of this project, run by
 * the real Pulumi CLI with the built launcher jar. It is skipped unless asked for with
 * {@code -Ddeploy.stack=<stack>} and the Pulumi CLI and AWS credentials are present:
 *
 * <pre>
 * pulumi login s3://my-state-bucket && cd stack && pulumi stack select prod && cd ..
 * mvn -q install -DskipTests && mvn -pl stack verify -Ddeploy.stack=prod -Dtest=RealPreviewCheckTest
 * </pre>
 */
class RealPreviewCheckTest {
    @Test
    void previewOfARealStackSucceeds() throws IOException, InterruptedException {
        String stack = System.getProperty("deploy.stack", "");
        assumeTrue(!stack.isBlank(), "opt-in: set -Ddeploy.stack=<stack> to preview a real stack");
        assumeTrue(onPath("pulumi"), "the Pulumi CLI is not on PATH");
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null
                || System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != null, "no AWS credentials in the environment");
        assumeTrue(Files.isRegularFile(Path.of("target/app.jar")), "build the launcher jar first: mvn -q install -DskipTests");

        Path log = Files.createTempFile("pulumi-preview", ".log");
        Process preview = new ProcessBuilder(List.of("pulumi", "preview", "--non-interactive", "--diff", "--stack", stack))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = preview.waitFor(30, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("pulumi preview finished within 30 minutes").isTrue();
        assertThat(preview.exitValue()).as("pulumi preview exit code; output:%n%s", output).isZero();
        assertThat(output).contains("selfhosted-ecs:index:PulumiSelfHostedEcs");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
