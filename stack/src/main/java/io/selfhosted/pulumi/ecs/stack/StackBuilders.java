package io.selfhosted.pulumi.ecs.stack;

import io.selfhosted.pulumi.ecs.database.ExistingDatabaseArgs;
import io.selfhosted.pulumi.ecs.storage.ExistingBucketsArgs;
import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.TagArgs;
import io.selfhosted.pulumi.ecs.database.DatabaseArgs;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.fargate.TaskSizingArgs;
import io.selfhosted.pulumi.ecs.loadbalancing.LoadBalancingArgs;
import io.selfhosted.pulumi.ecs.monitoring.MonitoringArgs;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ApiArgs;
import io.selfhosted.pulumi.ecs.service.ConsoleArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.storage.StorageArgs;

import javax.annotation.Nullable;
import io.selfhosted.pulumi.ecs.backup.BackupArgs;

import java.util.ArrayList;
import java.util.List;

/**
 * The library's builders the config keys write into, one per group, plus the values of the
 * all-or-nothing groups (SMTP, SAML, Turnstile) until they are known to be complete.
 */
final class StackBuilders {
    String name = StackConfig.DEFAULT_NAME;
    final PulumiSelfHostedEcsArgs.Builder install = PulumiSelfHostedEcsArgs.builder();
    final NetworkArgs.Builder network = NetworkArgs.builder();
    final DomainArgs.Builder domain = DomainArgs.builder();
    final ContainerImagesArgs.Builder images = ContainerImagesArgs.builder();
    final DatabaseArgs.Builder database = DatabaseArgs.builder();
    final ApiArgs.Builder api = ApiArgs.builder();
    final TaskSizingArgs.Builder apiSizing = TaskSizingArgs.builder();
    final ConsoleArgs.Builder console = ConsoleArgs.builder();
    final TaskSizingArgs.Builder consoleSizing = TaskSizingArgs.builder();
    final LoadBalancingArgs.Builder loadBalancing = LoadBalancingArgs.builder();
    final StorageArgs.Builder storage = StorageArgs.builder();
    final MonitoringArgs.Builder monitoring = MonitoringArgs.builder();
    /** AWS Backup: built only with {@code backupEnabled}; the first other backup key set, to refuse it without. */
    final BackupArgs.Builder backup = BackupArgs.builder();
    @Nullable Boolean backupEnabled;
    /** Resource Search: built only with {@code enableOpenSearch}; the first other search key set, to refuse it without. */
    final io.selfhosted.pulumi.ecs.search.SearchArgs.Builder search = io.selfhosted.pulumi.ecs.search.SearchArgs.builder();
    @Nullable String searchKeySet;
    @Nullable String backupKeySet;
    final List<TagArgs> tags = new ArrayList<>();
    /** The tag keys as written, in the order of {@link #tags}: problems name tags by key. */
    final List<String> tagKeys = new ArrayList<>();

    @Nullable String smtpServer;
    @Nullable String smtpUsername;
    @Nullable Output<String> smtpPassword;
    @Nullable String smtpGenericSender;
    @Nullable String samlCertificatePublicKey;
    @Nullable Output<String> samlCertificatePrivateKey;
    @Nullable String recaptchaSiteKey;
    @Nullable Output<String> recaptchaSecretKey;
    @Nullable String ecrRepoAccountId;
    @Nullable String imageRegistry;
    @Nullable String imagePrefix;
    @Nullable String ecrPullThroughCachePrefix;
    @Nullable String dockerHubUsername;
    @Nullable Output<String> dockerHubAccessToken;
    /** An existing database: {@code dbClusterEndpoint} and the keys that go with it. */
    final ExistingDatabaseArgs.Builder existingDatabase = ExistingDatabaseArgs.builder();
    @Nullable String dbClusterEndpoint;
    /** Existing buckets: {@code checkpointBucketName} and the keys that go with it. */
    final ExistingBucketsArgs.Builder existingBuckets = ExistingBucketsArgs.builder();
    boolean anyExistingBucket;
    /** The installers' switches this stack accepts in one position only. */
    @Nullable Boolean samlEnabled;
    /** Resource Search's switch, the installers' key. */
    @Nullable Boolean enableOpenSearch;
    @Nullable String logType;
    @Nullable String logArgs;
}
