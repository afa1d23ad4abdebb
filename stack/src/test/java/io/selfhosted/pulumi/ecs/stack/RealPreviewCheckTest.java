package io.selfhosted.pulumi.ecs.stack;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The opt-in check against a real AWS account: `pulumi preview` of a stack of this project, run by
 * the real Pulumi CLI with the built launcher jar. It runs only when asked for with
 * {@code -Ddeploy.stack=<stack>}; once asked for, a missing Pulumi CLI, missing AWS credentials or
 * an unbuilt launcher jar fail it (with what to do) instead of skipping it:
 *
 * <pre>
 * pulumi login s3://my-state-bucket && cd stack && pulumi stack select prod && cd ..
 * mvn -q install -DskipTests && mvn -pl stack verify -Ddeploy.stack=prod -Dtest=RealPreviewCheckTest
 * </pre>
 *
 * Credentials are looked for where the AWS provider finds them: the {@code AWS_*} environment
 * variables, {@code ~/.aws/credentials} or {@code ~/.aws/config}, or a container role. On an
 * instance with an instance profile (no file, no variable), add {@code -Ddeploy.instanceRole=true}.
 */
class RealPreviewCheckTest {
    @Test
    void previewOfARealStackSucceeds() throws IOException, InterruptedException {
        String stack = System.getProperty("deploy.stack", "");
        assumeTrue(!stack.isBlank(), "opt-in: set -Ddeploy.stack=<stack> to preview a real stack");
        var missing = missingPrerequisites(System.getenv(), command -> onPath(command),
                Path.of(System.getProperty("user.home")), Files.isRegularFile(Path.of("target/app.jar")),
                Boolean.getBoolean("deploy.instanceRole"));
        assertThat(missing).as("-Ddeploy.stack=%s asks for a real preview, which cannot run", stack).isEmpty();

        Path log = Files.createTempFile("pulumi-preview", ".log");
        Process preview = new ProcessBuilder(List.of("pulumi", "preview", "--non-interactive", "--diff", "--stack", stack))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = preview.waitFor(30, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("pulumi preview finished within 30 minutes").isTrue();
        assertThat(preview.exitValue()).as("pulumi preview exit code; output:%n%s", output).isZero();
        assertThat(output).contains("selfhosted-ecs:index:PulumiSelfHostedEcs");
    }

    @Test
    void aRequestedPreviewWithoutCliOrCredentialsFailsWithWhatToDo(@org.junit.jupiter.api.io.TempDir Path home) {
        var missing = missingPrerequisites(Map.of(), command -> false, home, false, false);

        assertThat(missing).hasSize(3);
        assertThat(missing.get(0)).contains("Pulumi CLI").contains("PATH");
        assertThat(missing.get(1)).contains("AWS credentials").contains("-Ddeploy.instanceRole=true");
        assertThat(missing.get(2)).contains("mvn -q install -DskipTests");
    }

    @Test
    void credentialsFromTheEnvironmentAFileOrAnInstanceRoleAreEnough(@org.junit.jupiter.api.io.TempDir Path home)
            throws IOException {
        assertThat(missingPrerequisites(Map.of("AWS_PROFILE", "prod"), command -> true, home, true, false)).isEmpty();
        assertThat(missingPrerequisites(Map.of(), command -> true, home, true, true)).isEmpty();
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = us-east-1\n");
        assertThat(missingPrerequisites(Map.of(), command -> true, home, true, false)).isEmpty();
    }

    /** What keeps a requested real preview from running, each with what to do; empty when it can run. */
    static List<String> missingPrerequisites(Map<String, String> env, Predicate<String> onPath, Path home,
                                             boolean launcherJarBuilt, boolean instanceRole) {
        var missing = new ArrayList<String>();
        if (!onPath.test("pulumi")) {
            missing.add("the Pulumi CLI is not on PATH: install it (https://www.pulumi.com/docs/install/) and log in");
        }
        boolean credentials = instanceRole
                || List.of("AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
                        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI").stream()
                    .anyMatch(env::containsKey)
                || Files.isRegularFile(home.resolve(".aws/credentials"))
                || Files.isRegularFile(home.resolve(".aws/config"));
        if (!credentials) {
            missing.add("no AWS credentials: set AWS_PROFILE or AWS_ACCESS_KEY_ID (or write ~/.aws/config); "
                    + "on an instance with an instance profile add -Ddeploy.instanceRole=true");
        }
        if (!launcherJarBuilt) {
            missing.add("stack/target/app.jar is missing: build it first with mvn -q install -DskipTests");
        }
        return missing;
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
