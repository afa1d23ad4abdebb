package io.selfhosted.pulumi.ecs;

import io.selfhosted.pulumi.ecs.service.ConsoleArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.service.RecaptchaArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanDiff;
import io.selfhosted.pulumi.ecs.testing.PlannedAlias;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_TASK_DEFINITION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.LAMBDA_INVOCATION;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an upgrade may touch: changing only the image tag changes only task definitions, the
 * services that run them and the migrations run, and a new library version never renames a
 * stateful (protected or retained) resource without an alias (the golden list
 * {@code stateful-resources.txt}).
 */
class UpgradeSafetyTest {
    static final Path GOLDEN = Path.of("src/test/resources/stateful-resources.txt");
    static final Set<String> MAY_CHANGE_WITH_IMAGE_TAG = Set.of(ECS_TASK_DEFINITION, ECS_SERVICE, LAMBDA_INVOCATION);

    /** Every optional stateful resource on: a created key, the engine events bucket, every secret. */
    static Plan everyStatefulResource(String tag) {
        return SampleInstall.runner(SampleInstall.REGION).runComponent(ctx -> new PulumiSelfHostedEcs("pulumi",
                SampleInstall.argsWithSecrets(SampleInstall.REGION)
                        .kmsKeyArn((com.pulumi.core.Output<String>) null)
                        .images(ContainerImagesArgs.builder().tag(tag).build())
                        .storage(StorageArgs.builder().engineEventsBucket(true).build())
                        .recaptcha(RecaptchaArgs.builder().siteKey("0x4AAAAAAAsite").secretKey("turnstile-secret").build())
                        .agGridLicenseKey("ag-grid-key")
                        .build(), null)).requireSuccess();
    }

    @Test
    void changingOnlyTheImageTagChangesOnlyTaskDefinitionsServicesAndTheMigrationsRun() {
        PlanDiff diff = PlanDiff.between(everyStatefulResource("20250415-3b9e42c"), everyStatefulResource("20250601-8c1d2e3"));

        assertThat(diff.added()).as("no resource is added").isEmpty();
        assertThat(diff.removed()).as("no resource is removed").isEmpty();
        assertThat(diff.changedTypes()).as("types of the resources whose inputs differ").isNotEmpty()
                .isSubsetOf(MAY_CHANGE_WITH_IMAGE_TAG);
        assertThat(diff.changed().stream().filter(urn -> urn.contains("$" + ECS_TASK_DEFINITION + "::")))
                .as("the API, Console and migrations task definitions pick up the new images").hasSize(3);
        assertThat(diff.changed().stream().filter(urn -> urn.contains("$" + LAMBDA_INVOCATION + "::")))
                .as("the new images run the migrations again").hasSize(1);
    }

    @Test
    void statefulResourcesKeepTheirIdentityOrDeclareAnAlias() throws IOException {
        Plan plan = everyStatefulResource("20250415-3b9e42c");
        Set<String> current = plan.resources().stream().filter(UpgradeSafetyTest::stateful).map(PlannedResource::urn)
                .collect(Collectors.toCollection(TreeSet::new));
        if (Boolean.getBoolean("goldens.update")) {
            Files.writeString(GOLDEN, "# URNs of every stateful (protected or retained) resource of an install with every option on.\n"
                    + "# A change that drops one must give the new resource an alias to the old URN.\n"
                    + "# Regenerate after an intended, aliased change: mvn verify -Dgoldens.update=true\n"
                    + String.join("\n", current) + "\n", StandardCharsets.UTF_8);
        }
        List<String> golden = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        for (String urn : golden) {
            boolean kept = current.contains(urn) || plan.resources().stream().anyMatch(r -> aliases(r, urn));
            assertThat(kept).as("stateful resource %s is gone without an alias: existing stacks would delete and "
                    + "recreate it; add an alias to its new name, then the new URN to %s", urn, GOLDEN).isTrue();
        }
        assertThat(current).as("new stateful resources must be added to %s (mvn verify -Dgoldens.update=true)", GOLDEN)
                .allSatisfy(urn -> assertThat(golden.contains(urn) || isAliasTarget(plan, urn, golden)).isTrue());
    }

    @Test
    void theGoldenListCoversEveryKindOfStatefulResource() throws IOException {
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        for (String type : List.of(S3_BUCKET, RDS_CLUSTER, SECRETSMANAGER_SECRET, KMS_KEY)) {
            assertThat(golden).contains("$" + type + "::");
        }
    }

    /** Stateful: protected, or at least kept in AWS when Pulumi deletes it. */
    static boolean stateful(PlannedResource resource) {
        return resource.protect() || resource.retainOnDelete();
    }

    private static boolean isAliasTarget(Plan plan, String urn, List<String> golden) {
        return plan.resources().stream().filter(r -> r.urn().equals(urn))
                .anyMatch(r -> golden.stream().anyMatch(old -> aliases(r, old)));
    }

    /** Whether {@code resource} declares an alias that resolves to {@code oldUrn}. */
    static boolean aliases(PlannedResource resource, String oldUrn) {
        for (PlannedAlias alias : resource.aliases()) {
            if (alias.urn().map(oldUrn::equals).orElse(false)) {
                return true;
            }
            String name = alias.name().orElse(resource.name());
            String type = alias.type().orElse(resource.type());
            if (oldUrn.endsWith("$" + type + "::" + name) || oldUrn.endsWith("::" + type + "::" + name)) {
                return true;
            }
        }
        return false;
    }
}
