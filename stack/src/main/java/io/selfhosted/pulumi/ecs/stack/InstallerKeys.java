package io.selfhosted.pulumi.ecs.stack;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every stack config key the official ECS installers read, and what this stack does with it:
 * reads it with the same meaning ({@link Handling#SAME}), reads it under its own spelling
 * ({@link Handling#ALIAS}), or refuses it before anything is created with what to use instead
 * ({@link Handling#REFUSED}). No installer key is ignored.
 *
 * <p>From the installers' code in pulumi/pulumi-self-hosted-installers at commit 0d69dc0
 * (2026-08-22; ECS code last changed in c344d71): {@code ecs-hosted/ts/{infrastructure,application,dns}/config.ts}
 * and {@code ecs-hosted/go/{infrastructure,application,dns}/config}. Each installer project reads
 * its keys in its own namespace ({@code infrastructure:}, {@code application-go:} ...); merged into
 * one file for this stack, they belong in this project's namespace.
 */
public final class InstallerKeys {
    /** The installer projects that read config. */
    public enum Installer {
        /** {@code ecs-hosted/ts/infrastructure}, namespace {@code infrastructure}. */
        TS_INFRASTRUCTURE("TS infrastructure", "infrastructure"),
        /** {@code ecs-hosted/ts/application}, namespace {@code application}. */
        TS_APPLICATION("TS application", "application"),
        /** {@code ecs-hosted/ts/dns}, namespace {@code dns}. */
        TS_DNS("TS dns", "dns"),
        /** {@code ecs-hosted/go/infrastructure}, namespace {@code infrastructure-go}. */
        GO_INFRASTRUCTURE("Go infrastructure", "infrastructure-go"),
        /** {@code ecs-hosted/go/application}, namespace {@code application-go}. */
        GO_APPLICATION("Go application", "application-go"),
        /** {@code ecs-hosted/go/dns}, namespace {@code dns-go}. */
        GO_DNS("Go dns", "dns-go");

        private final String label;
        private final String namespace;

        Installer(String label, String namespace) {
            this.label = label;
            this.namespace = namespace;
        }

        /** How the config reference names it. */
        public String label() {
            return label;
        }

        /** The config namespace of its project. */
        public String namespace() {
            return namespace;
        }
    }

    /** What this stack does with an installer key. */
    public enum Handling {
        /** Read under the same name, with the installer's meaning. */
        SAME,
        /** Read as another key of this stack, which means the same. */
        ALIAS,
        /** Refused before anything is created, saying what to use instead. */
        REFUSED,
        /** Accepted when it asks for nothing this stack lacks, refused otherwise. */
        CONDITIONAL
    }

    /**
     * One installer key.
     *
     * @param name     the key exactly as the installers' code spells it
     * @param readBy   the installer projects that read it
     * @param handling what this stack does with it
     * @param here     the key of this stack it is read as ({@link Handling#SAME}, {@link Handling#ALIAS},
     *                 {@link Handling#CONDITIONAL}), or empty
     * @param note     how the meaning compares, or what to use instead of a refused key
     */
    public record InstallerKey(String name, Set<Installer> readBy, Handling handling, Optional<String> here, String note) {
    }

    private static final Set<Installer> TS_APP = EnumSet.of(Installer.TS_APPLICATION);
    private static final Set<Installer> APPS = EnumSet.of(Installer.TS_APPLICATION, Installer.GO_APPLICATION);
    private static final Set<Installer> INFRA = EnumSet.of(Installer.TS_INFRASTRUCTURE, Installer.GO_INFRASTRUCTURE);

    static final String OWN_SEARCH = "this stack creates its own search domain (enableOpenSearch) and hands its URL, user and"
            + " generated password to the API; a domain made elsewhere is not taken: remove the key";
    static final String OWN_ENDPOINTS = "this stack creates its own endpoints with their security group (enableVpcEndpoints);"
            + " a VPC's existing endpoints need no key (with limitEgress the tasks reach them through the VPC's CIDR): remove the key";
    static final String ONE_STACK = "this one stack holds what the installer's infrastructure, application and dns stacks hold: "
            + "no stack reference is needed; remove the key";
    static final String OWN_RECORDS = "the DNS records point at this stack's own load balancers; remove the key";
    static final String ONE_CONTAINER = "each task runs one container, which gets the whole task: size it with %s; remove the key";

    /** Every key, in the order of the config reference. */
    public static final List<InstallerKey> ALL = List.of(
            same("vpcId", EnumSet.of(Installer.TS_INFRASTRUCTURE, Installer.TS_APPLICATION, Installer.GO_INFRASTRUCTURE), ""),
            same("publicSubnetIds", EnumSet.of(Installer.TS_INFRASTRUCTURE, Installer.TS_APPLICATION, Installer.GO_INFRASTRUCTURE), ""),
            same("privateSubnetIds", EnumSet.of(Installer.TS_INFRASTRUCTURE, Installer.TS_APPLICATION, Installer.GO_INFRASTRUCTURE), ""),
            same("isolatedSubnetIds", EnumSet.of(Installer.TS_INFRASTRUCTURE, Installer.TS_APPLICATION, Installer.GO_INFRASTRUCTURE),
                    "the database's subnets (unless dbClusterEndpoint names an existing database)"),
            same("commonName", INFRA, "default here: pulumi (installers: pulumiselfhosted); 1-16 characters"),
            same("numberDbReplicas", INFRA, "default here: 1 reader (installers: 0); with dbClusterEndpoint, the readers of that "
                    + "cluster, for the replica lag alarm"),
            same("dbInstanceType", INFRA, "default here: " + io.selfhosted.pulumi.ecs.database.DatabaseDefaults.INSTANCE_CLASS
                    + " (installers: db.t3.medium); only classes Aurora MySQL 3 offers; with dbClusterEndpoint, it describes that "
                    + "cluster, which this stack leaves as it is"),
            same("enableOpenSearch", EnumSet.of(Installer.TS_INFRASTRUCTURE, Installer.GO_INFRASTRUCTURE, Installer.GO_APPLICATION),
                    "the domain admits only the API tasks (the installers': all of the VPC) and has a generated password"),
            same("openSearchInstanceType", INFRA, "default here: " + io.selfhosted.pulumi.ecs.search.SearchDefaults.INSTANCE_TYPE
                    + " (installers: t3.medium.search)"),
            same("openSearchInstanceCount", INFRA, "default here: 3, or 4 over two zones (installers: 2); even over two zones"),
            same("openSearchDomainName", INFRA, "default here: <project>-<stack>-<commonName>-search (Go installer: pulumi; the TS"
                    + " installer ignores the key); a new name is a new domain, which the service reindexes"),
            same("openSearchDedicatedMasterCount", INFRA, "0, 3 or 5; the installers only switch dedicated masters on with it, here it"
                    + " is the count"),
            same("enableVpcEndpoints", EnumSet.of(Installer.TS_INFRASTRUCTURE), "default here: false (the TS installer always creates"
                    + " them); adds logs, kms and sts endpoints, admits 443 from the VPC's CIDR only (installers: everything from anywhere)"),
            same("acmCertificateArn", APPS, "optional here: a DNS-validated certificate is created when unset"),
            same("kmsServiceKeyId", APPS, "optional here: a key with rotation is created when unset; an ARN, key id or alias/name"),
            same("licenseKey", APPS, "must be set with --secret here (the installers read it in plain text)"),
            same("agGridLicenseKey", APPS, "must be set with --secret"),
            same("ecrRepoAccountId", APPS, "images from this account's ECR in the stack's region, as in the installers; the installers "
                    + "use the deploying account's ECR when it is unset, this stack then Docker Hub: set it to keep pulling from ECR"),
            same("imageTag", APPS, ""),
            same("imagePrefix", EnumSet.of(Installer.GO_APPLICATION),
                    "as in the Go installer, the images come from ECR (ecrRepoAccountId, else the deploying account) under "
                            + "<imagePrefix>pulumi/<image>; a missing trailing / is added"),
            same("dbClusterEndpoint", TS_APP, "an existing Aurora MySQL cluster instead of a new one"),
            same("dbPort", TS_APP, "with dbClusterEndpoint"),
            same("dbName", TS_APP, "with dbClusterEndpoint: the schema the service uses (the TS installer always uses pulumi)"),
            same("dbSecurityGroupId", TS_APP, "with dbClusterEndpoint: admits the API and migrations tasks"),
            same("dbUsername", TS_APP, "with dbClusterEndpoint"),
            same("dbPassword", TS_APP, "with dbClusterEndpoint; must be set with --secret"),
            refused("endpointSecurityGroupId", TS_APP, OWN_ENDPOINTS),
            refused("opensearchUser", TS_APP, OWN_SEARCH),
            refused("opensearchPassword", TS_APP, OWN_SEARCH),
            refused("opensearchEndpoint", TS_APP, OWN_SEARCH),
            refused("opensearchDomainName", TS_APP, OWN_SEARCH),
            same("recaptchaSiteKey", APPS, "optional here, with recaptchaSecretKey (a Turnstile key pair)"),
            same("recaptchaSecretKey", APPS, "must be set with --secret"),
            conditional("samlEnabled", EnumSet.of(Installer.GO_APPLICATION),
                    "true needs samlCertPublicKey and samlCertPrivateKey (no self-signed certificate is generated here); "
                            + "false needs them unset"),
            same("samlCertPublicKey", APPS, "plain text (a certificate is public)"),
            same("samlCertPrivateKey", APPS, "must be set with --secret"),
            alias("domainName", TS_APP, "route53ZoneName", ""),
            alias("subDomain", TS_APP, "route53Subdomain", ""),
            same("route53ZoneName", EnumSet.of(Installer.GO_APPLICATION, Installer.TS_DNS), ""),
            same("route53Subdomain", EnumSet.of(Installer.GO_APPLICATION, Installer.TS_DNS), ""),
            same("whiteListCidrBlocks", TS_APP, "applies to both load balancers, as in the TS installer"),
            alias("whiteListCideBlocks", EnumSet.of(Installer.GO_APPLICATION), "whiteListCidrBlocks", "the Go installer's spelling"),
            alias("enablePrivateLoadBalancerAndLimitEgress", EnumSet.of(Installer.GO_APPLICATION, Installer.GO_DNS), "limitEgress",
                    "read as limitEgress: no task egress leaves the VPC; the private load balancer is the front door itself, which"
                            + " must be internal (loadBalancerInternal true): no second, internal API load balancer is built beside a public"
                            + " one"),
            same("apiDesiredNumberTasks", APPS, "default here: " + io.selfhosted.pulumi.ecs.service.ApiDefaults.DESIRED_COUNT),
            same("apiTaskMemory", APPS, "default here: " + io.selfhosted.pulumi.ecs.service.ApiDefaults.TASK_MEMORY),
            same("apiTaskCpu", APPS, "default here: " + io.selfhosted.pulumi.ecs.service.ApiDefaults.TASK_CPU),
            refused("apiContainerCpu", APPS, String.format(ONE_CONTAINER, "apiTaskCpu")),
            refused("apiContainerMemoryReservation", APPS, String.format(ONE_CONTAINER, "apiTaskMemory")),
            same("apiDisableEmailLogin", TS_APP, ""),
            same("apiDisableEmailSignUp", TS_APP, ""),
            same("apiEngineEventsSchemaV2", APPS, ""),
            same("apiEngineEventsLegacyWrite", APPS, ""),
            alias("consoleDesirecNumberTasks", TS_APP, "consoleDesiredNumberTasks", "the TS installer's spelling"),
            same("consoleDesiredNumberTasks", EnumSet.of(Installer.GO_APPLICATION), ""),
            same("consoleTaskMemory", APPS, ""),
            same("consoleTaskCpu", APPS, ""),
            refused("consoleContainerCpu", APPS, String.format(ONE_CONTAINER, "consoleTaskCpu")),
            refused("consoleContainerMemoryReservation", APPS, String.format(ONE_CONTAINER, "consoleTaskMemory")),
            same("consoleHideEmailLogin", TS_APP, ""),
            same("consoleHideEmailSignup", TS_APP, ""),
            same("smtpServer", APPS, "all four SMTP keys together, as in the Go installer"),
            same("smtpUsername", APPS, ""),
            same("smtpPassword", APPS, "must be set with --secret"),
            same("smtpGenericSender", APPS, ""),
            conditional("logType", APPS, "awslogs (TS) or 0 (Go) is accepted, as the only type either installer implements"),
            conditional("logArgs", APPS, "its retentionInDays (TS) or retentionDays (Go) is read as logRetentionDays (whose default "
                    + "here is 365 days; the TS installer keeps 7, the Go one forever); log group names come from commonName, so a name is refused"),
            refused("baseStackReference", EnumSet.of(Installer.GO_APPLICATION), ONE_STACK),
            refused("appStackReference", EnumSet.of(Installer.GO_DNS), ONE_STACK),
            refused("apiLoadBalancerDnsName", EnumSet.of(Installer.TS_DNS), OWN_RECORDS),
            refused("apiLoadBalancerZoneId", EnumSet.of(Installer.TS_DNS), OWN_RECORDS),
            refused("consoleLoadBalancerDnsName", EnumSet.of(Installer.TS_DNS), OWN_RECORDS),
            refused("consoleLoadBalancerZoneId", EnumSet.of(Installer.TS_DNS), OWN_RECORDS));

    private InstallerKeys() {
    }

    /** The installer key of a name, if it is one. */
    public static Optional<InstallerKey> named(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The installer project whose namespace {@code namespace} is, if any. */
    public static Optional<Installer> ofNamespace(String namespace) {
        return EnumSet.allOf(Installer.class).stream().filter(i -> i.namespace().equals(namespace)).findFirst();
    }

    private static InstallerKey same(String name, Set<Installer> readBy, String note) {
        return new InstallerKey(name, readBy, Handling.SAME, Optional.of(name), note);
    }

    private static InstallerKey alias(String name, Set<Installer> readBy, String here, String note) {
        return new InstallerKey(name, readBy, Handling.ALIAS, Optional.of(here), note);
    }

    private static InstallerKey refused(String name, Set<Installer> readBy, String instead) {
        return new InstallerKey(name, readBy, Handling.REFUSED, Optional.empty(), instead);
    }

    private static InstallerKey conditional(String name, Set<Installer> readBy, String note) {
        return new InstallerKey(name, readBy, Handling.CONDITIONAL, Optional.of(name), note);
    }
}
