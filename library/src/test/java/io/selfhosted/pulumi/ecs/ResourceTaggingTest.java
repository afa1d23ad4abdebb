package io.selfhosted.pulumi.ecs;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.storage.ServiceStorage;
import io.selfhosted.pulumi.ecs.storage.ServiceStorageArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.SampleInstall.install;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ACM_CERTIFICATE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ECS_SERVICE;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.KMS_KEY;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.RDS_CLUSTER;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.ROUTE53_RECORD;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every AWS resource that can carry tags carries the user's tags and the fixed install tags.
 * Whether a type is taggable is read from the AWS provider SDK: its Args class has {@code tags}.
 */
class ResourceTaggingTest {
    private static Plan plan;
    private static List<PlannedResource> taggable;

    @BeforeAll
    static void run() {
        // Optional parts on, so that their resources are checked too.
        plan = install(b -> b
                .kmsKeyArn((Output<String>) null)
                .domain(DomainArgs.builder().zoneName("example.com").subdomain("pulumi").build())
                .storage(StorageArgs.builder().engineEventsBucket(true).build())
                .tags(TagArgs.builder().key("team").value("platform").build(),
                        TagArgs.builder().key("cost-center").value("cc-42").build()));
        taggable = plan.resources().stream().filter(r -> !r.isComponent() && isTaggable(r.type())).toList();
    }

    @Test
    void theTaggableTypesAreFoundFromTheProviderSdk() {
        assertThat(isTaggable(S3_BUCKET)).isTrue();
        assertThat(isTaggable(S3_BUCKET_POLICY)).isFalse();
        assertThat(isTaggable(ROUTE53_RECORD)).isFalse();
        assertThat(taggable).extracting(PlannedResource::type).contains(S3_BUCKET, RDS_CLUSTER, ECS_SERVICE, KMS_KEY,
                ACM_CERTIFICATE);
    }

    @Test
    void everyTaggableResourceCarriesTheUsersTags() {
        assertThat(taggable).hasSizeGreaterThan(30).allSatisfy(r -> {
            assertThat(r.has("tags")).as("%s has tags", r).isTrue();
            assertThat(r.map("tags")).as("%s tags", r)
                    .containsEntry("team", "platform")
                    .containsEntry("cost-center", "cc-42");
        });
    }

    @Test
    void everyTaggableResourceNamesTheStackAndTheInstall() {
        assertThat(taggable).allSatisfy(r -> assertThat(r.has("tags") ? r.map("tags") : Map.of()).as("%s tags", r)
                .containsEntry("selfhosted-ecs:stack", "selfhosted/test")
                .containsEntry("selfhosted-ecs:component", "pulumi"));
    }

    @Test
    void aPartOnItsOwnNamesItself() {
        Plan standalone = SampleInstall.runner(SampleInstall.REGION).runComponent(ctx ->
                new ServiceStorage("storage",
                        ServiceStorageArgs.builder()
                                .kmsKeyArn(SampleInstall.arn(SampleInstall.REGION, "kms", "key/1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b"))
                                .tags(TagArgs.builder().key("team").value("platform").build())
                                .build(), null)).requireSuccess();

        assertThat(standalone.resourcesOfType(S3_BUCKET)).hasSize(3).allSatisfy(b -> assertThat(b.map("tags"))
                .containsEntry("team", "platform")
                .containsEntry("selfhosted-ecs:stack", "selfhosted/test")
                .containsEntry("selfhosted-ecs:component", "storage"));
    }

    /** {@code aws:ec2/securityGroup:SecurityGroup} is taggable if {@code com.pulumi.aws.ec2.SecurityGroupArgs} has {@code tags()}. */
    static boolean isTaggable(String type) {
        String module = type.substring(type.indexOf(':') + 1, type.indexOf('/'));
        String name = type.substring(type.lastIndexOf(':') + 1);
        try {
            Class<?> args = Class.forName("com.pulumi.aws." + module + "." + name + "Args");
            return args.getMethod("tags") != null;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No provider Args class for " + type, e);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
