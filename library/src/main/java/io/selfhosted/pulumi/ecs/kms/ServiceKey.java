package io.selfhosted.pulumi.ecs.kms;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.kms.KmsFunctions;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.kms.inputs.GetKeyArgs;
import com.pulumi.aws.kms.outputs.GetKeyResult;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * A customer-managed, symmetric KMS key with yearly automatic rotation, for installs whose users
 * bring no key of their own. Its key policy is AWS's default (the account administers and uses
 * it through IAM, so each role's IAM policy decides who may use it), and lets EventBridge and
 * CloudWatch alarms publish to the alerts topic it encrypts.
 */
public class ServiceKey extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:kms:ServiceKey";

    @Export(name = "keyArn", refs = String.class)
    private final Output<String> keyArn;

    @Export(name = "keyId", refs = String.class)
    private final Output<String> keyId;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    the key's settings
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceKey(String name, ServiceKeyArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        Output<Map<String, String>> tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        var partition = DeploymentRegion.require(java.util.Optional.empty());
        Output<String> account = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(),
                InvokeOptions.builder().parent(this).build()).applyValue(GetCallerIdentityResult::accountId);
        var key = new Key(name, KeyArgs.builder()
                .description(args.description())
                .policy(account.applyValue(id -> keyPolicy(partition, id)))
                .keyUsage("ENCRYPT_DECRYPT")
                .customerMasterKeySpec("SYMMETRIC_DEFAULT")
                .enableKeyRotation(true)
                .deletionWindowInDays(args.deletionWindowDays())
                .tags(tags)
                // Retained, not protected: switching to a key of the user's own drops this one
                // from the stack and leaves it enabled in AWS, where the database and older data
                // still use it.
                .build(), ChildOptions.retained(this).build());
        new Alias(name, AliasArgs.builder()
                .namePrefix("alias/pulumi-service-")
                .targetKeyId(key.keyId())
                .build(), ChildOptions.of(this));
        this.keyArn = key.arn();
        this.keyId = key.keyId();
        registerOutputs(Map.of("keyArn", keyArn, "keyId", keyId));
    }

    private static ComponentResourceOptions validated(ServiceKeyArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceKeyArgs");
        }
        KnownValue.of(args.deletionWindowDays())
                .ifPresent(days -> Validators.range(problems, "deletionWindowDays", days, 7, 30, " days"));
        problems.throwIfAny("ServiceKeyArgs");
        return options;
    }

    /**
     * The ARN of a key the user brings: {@code keyIdOrArn} itself when it is an ARN, else looked up
     * from the key id (the official installer takes key ids) when the program runs.
     *
     * @param parent the component the lookup belongs to
     */
    public static Output<String> arnOf(Output<String> keyIdOrArn, Resource parent) {
        if (KnownValue.of(keyIdOrArn).map(v -> v.startsWith("arn:")).orElse(true)) {
            return keyIdOrArn;
        }
        return KmsFunctions.getKey(GetKeyArgs.builder().keyId(keyIdOrArn).build(), InvokeOptions.builder().parent(parent).build())
                .applyValue(GetKeyResult::arn);
    }

    /**
     * AWS's default key policy (the account administers and uses the key through IAM, so each
     * role's IAM policy decides who may use it), plus what an encrypted SNS topic needs:
     * EventBridge and CloudWatch alarms may use the key to publish the install's alerts.
     */
    static String keyPolicy(AwsPartition partition, String account) {
        return PolicyDocument.of(
                new Statement("AccountAdministersThroughIam", "Allow", Map.of("AWS", partition.arn("iam", "", account, "root")),
                        List.of("kms:*"), List.of("*"), null),
                new Statement("AlertsPublishEncrypted", "Allow",
                        Map.of("Service", List.of(partition.servicePrincipal("events"), partition.servicePrincipal("cloudwatch"))),
                        List.of("kms:Decrypt", "kms:GenerateDataKey*"), List.of("*"), null)
        ).toJson();
    }

    /** The key's ARN. */
    public Output<String> keyArn() {
        return keyArn;
    }

    /** The key's id. */
    public Output<String> keyId() {
        return keyId;
    }
}
