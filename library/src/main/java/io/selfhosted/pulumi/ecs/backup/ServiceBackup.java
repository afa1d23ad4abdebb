package io.selfhosted.pulumi.ecs.backup;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.backup.Plan;
import com.pulumi.aws.backup.PlanArgs;
import com.pulumi.aws.backup.Selection;
import com.pulumi.aws.backup.SelectionArgs;
import com.pulumi.aws.backup.Vault;
import com.pulumi.aws.backup.VaultArgs;
import com.pulumi.aws.backup.VaultLockConfiguration;
import com.pulumi.aws.backup.VaultLockConfigurationArgs;
import com.pulumi.aws.backup.inputs.PlanRuleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionLifecycleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleLifecycleArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.DeploymentRegion;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.PhysicalNames;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS Backup of the install's data: a vault encrypted with the service key (optionally locked in
 * governance mode), a plan with one scheduled rule, a selection of the buckets and the Aurora
 * cluster, and the role AWS Backup uses (AWS's managed policies for backup and restore, of S3
 * too). With {@link BackupArgs#copyRegion()}, every recovery point is also copied to a vault in
 * that region, encrypted with a KMS key created there.
 *
 * <p>The vaults and the copy region's key are retained: removing backup from the program (or
 * {@code pulumi destroy}) leaves them, and every recovery point, in AWS. They are not protected,
 * so turning backup off is one {@code pulumi up}.
 */
public class ServiceBackup extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:backup:ServiceBackup";

    /** Hours after the scheduled time within which a backup must start, or it is counted as missed. */
    static final int START_WINDOW_MINUTES = 60;
    /** Hours a backup may take once started (a large Aurora cluster's first snapshot is the longest). */
    static final int COMPLETION_WINDOW_MINUTES = 8 * 60;

    @Export(name = "vaultArn", refs = String.class)
    private final Output<String> vaultArn;

    @Export(name = "planId", refs = String.class)
    private final Output<String> planId;

    @Export(name = "copyVaultArn", refs = String.class)
    private final @Nullable Output<String> copyVaultArn;

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    what to back up, the vault's key and the user's choices
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceBackup(String name, ServiceBackupArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        AwsPartition partition = DeploymentRegion.require(Optional.empty());
        var settings = args.settings();
        var tags = ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name));
        String physicalName = PhysicalNames.unique(name, "", 50);

        // A vault's key cannot change: another key means another vault, and the old one (retained,
        // with its recovery points) keeps its name, so the name carries the key.
        var vault = new Vault(name, VaultArgs.builder()
                .name(args.kmsKeyArn().applyValue(key -> vaultName(name, key)))
                .kmsKeyArn(args.kmsKeyArn())
                .tags(tags)
                .build(), ChildOptions.retained(this).build());
        if (KnownValue.of(settings.vaultLock()).orElse(BackupDefaults.VAULT_LOCK)) {
            // Governance mode (no changeableForDays): privileged principals can still remove the
            // lock; compliance mode could never be undone, not even by the account's root user.
            // Every change replaces the lock; the old one must go first, or deleting it would
            // unlock the vault the new one just locked.
            new VaultLockConfiguration(name, VaultLockConfigurationArgs.builder()
                    .backupVaultName(vault.name())
                    .minRetentionDays(settings.retentionDays())
                    .build(), ChildOptions.builder(this).deleteBeforeReplace(true).build());
        }

        var rule = PlanRuleArgs.builder()
                .ruleName("scheduled")
                .targetVaultName(vault.name())
                .schedule(settings.schedule())
                .startWindow(START_WINDOW_MINUTES)
                .completionWindow(COMPLETION_WINDOW_MINUTES)
                .lifecycle(PlanRuleLifecycleArgs.builder().deleteAfter(settings.retentionDays()).build())
                .recoveryPointTags(tags);
        @Nullable Output<String> copyVault = null;
        if (settings.copyRegion().isPresent()) {
            copyVault = copyVault(name, settings.copyRegion().get(), tags);
            rule.copyActions(PlanRuleCopyActionArgs.builder()
                    .destinationVaultArn(copyVault)
                    .lifecycle(PlanRuleCopyActionLifecycleArgs.builder().deleteAfter(settings.copyRetentionDays()).build())
                    .build());
        }
        var plan = new Plan(name, PlanArgs.builder()
                .name(physicalName)
                .rules(rule.build())
                .tags(tags)
                .build(), ChildOptions.of(this));

        var role = new Role(name, RoleArgs.builder()
                .description("AWS Backup of the Pulumi Service's buckets and database")
                .assumeRolePolicy(PolicyDocument.of(new Statement(null, "Allow",
                        Map.of("Service", partition.servicePrincipal("backup")), List.of("sts:AssumeRole"), null, null)).toJson())
                .tags(tags)
                .build(), ChildOptions.of(this));
        List<Resource> attachments = new ArrayList<>();
        for (String policy : List.of("service-role/AWSBackupServiceRolePolicyForBackup",
                "service-role/AWSBackupServiceRolePolicyForRestores",
                "AWSBackupServiceRolePolicyForS3Backup",
                "AWSBackupServiceRolePolicyForS3Restore")) {
            String shortName = policy.substring(policy.lastIndexOf('/') + 1).replace("AWSBackupServiceRolePolicyFor", "").toLowerCase();
            attachments.add(new RolePolicyAttachment(name + "-" + shortName, RolePolicyAttachmentArgs.builder()
                    .role(role.name())
                    .policyArn(partition.arn("iam", "", "aws", "policy/" + policy))
                    .build(), ChildOptions.of(this)));
        }

        Output<String> account = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(),
                InvokeOptions.builder().parent(this).build()).applyValue(GetCallerIdentityResult::accountId);
        List<Output<String>> resources = new ArrayList<>();
        args.bucketNames().forEach(bucket -> resources.add(bucket.applyValue(partition::s3BucketArn)));
        args.databaseClusterIdentifier().ifPresent(cluster -> resources.add(Output.tuple(account, cluster)
                .applyValue(t -> partition.arn("rds", partition.region(), t.t1, "cluster:" + t.t2))));
        new Selection(name, SelectionArgs.builder()
                .name(PhysicalNames.unique(name, "data", 50))
                .planId(plan.id())
                .iamRoleArn(role.arn())
                .resources(Output.all(resources))
                // AWS Backup checks the role's permissions when the selection is created. A
                // selection cannot change: a new list of resources replaces it, under the same name.
                .build(), ChildOptions.builder(this).dependsOn(attachments).deleteBeforeReplace(true).build());

        this.vaultArn = vault.arn();
        this.planId = plan.id();
        this.copyVaultArn = copyVault;
        var outputs = new java.util.LinkedHashMap<String, Output<?>>(Map.of("vaultArn", vaultArn, "planId", planId));
        if (copyVault != null) {
            outputs.put("copyVaultArn", copyVault);
        }
        registerOutputs(outputs);
    }

    /** The copy region's provider, key and vault; returns the vault's ARN. */
    private Output<String> copyVault(String name, Output<String> region, Output<Map<String, String>> tags) {
        // An explicit provider reads no aws:* stack config: it gets the region, and the profile
        // when the stack names one; other credentials come from the environment, as for the
        // default provider.
        var providerArgs = ProviderArgs.builder().region(region);
        DeploymentRegion.awsProfile().ifPresent(providerArgs::profile);
        var provider = new Provider(name + "-copy", providerArgs.build(), CustomResourceOptions.builder().parent(this).build());
        var key = new Key(name + "-copy", KeyArgs.builder()
                .description("Copies of the Pulumi Service's backups")
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .tags(tags)
                .build(), ChildOptions.retained(this).provider(provider).build());
        var vault = new Vault(name + "-copy", VaultArgs.builder()
                .name(key.arn().applyValue(arn -> vaultName(name, arn)))
                .kmsKeyArn(key.arn())
                .tags(tags)
                .build(), ChildOptions.retained(this).provider(provider).build());
        return vault.arn();
    }

    /** The install's name, then 8 hex digits of the key's ARN: at most the 50 characters AWS allows. */
    static String vaultName(String name, String keyArn) {
        return PhysicalNames.unique(name, "", 41) + "-" + String.format("%08x", keyArn.hashCode());
    }

    private static ComponentResourceOptions validated(ServiceBackupArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceBackupArgs");
        }
        problems.addAll("settings", args.settings().problems());
        DeploymentRegion.partition(Optional.empty(), problems, "region")
                .ifPresent(home -> BackupValidation.copyRegion(problems, args.settings(), home));
        problems.check(!args.bucketNames().isEmpty() || args.databaseClusterIdentifier().isPresent(), "bucketNames",
                "and databaseClusterIdentifier are both empty; name what to back up");
        problems.throwIfAny("ServiceBackupArgs");
        return options;
    }

    /** The backup vault (ARN), encrypted with the service key. */
    public Output<String> vaultArn() {
        return vaultArn;
    }

    /** The backup plan's id. */
    public Output<String> planId() {
        return planId;
    }

    /** The copy region's vault (ARN), when {@link BackupArgs#copyRegion()} is set. */
    public Optional<Output<String>> copyVaultArn() {
        return Optional.ofNullable(copyVaultArn);
    }
}
