package io.selfhosted.pulumi.ecs.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretArgs;
import com.pulumi.aws.secretsmanager.SecretVersion;
import com.pulumi.aws.secretsmanager.SecretVersionArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import io.selfhosted.pulumi.ecs.internal.ChildOptions;
import io.selfhosted.pulumi.ecs.internal.Json;
import io.selfhosted.pulumi.ecs.internal.KnownValue;
import io.selfhosted.pulumi.ecs.internal.Problems;
import io.selfhosted.pulumi.ecs.internal.RequiredProperties;
import io.selfhosted.pulumi.ecs.internal.ResourceTags;
import io.selfhosted.pulumi.ecs.internal.Validators;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Secrets Manager secret, encrypted with the service key, per sensitive value: the license
 * key, the generated database credentials, and each further value given (the SMTP password, SAML
 * private key, Turnstile (reCAPTCHA) secret and AG Grid license key of the install, say). Containers receive them through ECS
 * {@code secrets}, so no value appears in a task definition.
 *
 * <p>The database credentials are generated here. {@code com.pulumi:random} would be the usual
 * tool, but this library avoids a second provider plugin: the program draws a password with
 * {@link java.security.SecureRandom} and the secret version ignores later changes of its value,
 * so the first password drawn is the one kept in Secrets Manager and in Pulumi state (as a
 * secret). The database reads its master password back from that secret version, so the two can
 * never disagree, even when the cluster is replaced.
 */
public class ServiceSecrets extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "selfhosted-ecs:secrets:ServiceSecrets";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Export(name = "licenseKeySecretArn", refs = String.class)
    private final Output<String> licenseKeySecretArn;

    @Export(name = "databaseCredentialsSecretArn", refs = String.class)
    private final @Nullable Output<String> databaseCredentialsSecretArn;

    @Export(name = "secretArns", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private final Output<Map<String, String>> secretArns;

    private final @Nullable Output<String> databaseUsername;
    private final @Nullable Output<String> databasePassword;

    @Export(name = "searchCredentialsSecretArn", refs = String.class)
    private final @Nullable Output<String> searchCredentialsSecretArn;

    private final @Nullable Output<String> searchPassword;

    /** The key of the generated search credentials; it names their secret. */
    private static final String SEARCH_CREDENTIALS = "search-credentials";
    private final Output<String> licenseKeyValueFrom;
    private final Map<String, StoredSecret> values = new LinkedHashMap<>();

    /**
     * @param name    the component's logical name; children are named after it
     * @param args    the values to store and the key
     * @param options component options
     */
    // A Pulumi component registers its children with itself as their parent from its constructor.
    @SuppressWarnings("this-escape")
    public ServiceSecrets(String name, ServiceSecretsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, ResourceArgs.Empty, validated(args, options));
        var store = new SecretStore(name, args, ResourceTags.toMap(ResourceTags.withFixed(args.tags(), name)));

        var licenseKey = store.put("license-key", "The Pulumi Service license key", args.licenseKey(), Kind.KEPT);
        this.licenseKeySecretArn = licenseKey.secret.arn();
        this.licenseKeyValueFrom = licenseKey.valueFrom();

        if (KnownValue.of(args.storeDatabaseCredentials()).orElse(SecretsDefaults.STORE_DATABASE_CREDENTIALS)) {
            StoredSecret credentials;
            if (args.databasePassword().isPresent()) {
                // An existing database's user: kept as given, a new value rolls the tasks.
                Output<String> given = Output.tuple(args.databaseUsername(), args.databasePassword().get())
                        .applyValue(t -> Json.write(new DatabaseCredentials(t.t1, t.t2)))
                        .asSecret();
                // A name of its own: an install that once generated its credentials keeps them
                // (protected) instead of replacing them with the given ones.
                credentials = store.put("database-user", "Credentials of the Pulumi Service database (given)", given, Kind.KEPT);
            } else {
                Output<String> generated = Output.tuple(args.databaseUsername(), Output.ofSecret(GeneratedPassword.next()))
                        .applyValue(t -> Json.write(new DatabaseCredentials(t.t1, t.t2)))
                        .asSecret();
                credentials = store.put("database-credentials",
                        "Master credentials of the Pulumi Service database (generated)", generated, Kind.GENERATED);
            }
            this.databaseCredentialsSecretArn = credentials.secret.arn();
            Output<DatabaseCredentials> stored = credentials.version.secretString()
                    .applyValue(json -> parse(json.orElseThrow()));
            this.databaseUsername = stored.applyValue(DatabaseCredentials::username);
            this.databasePassword = stored.applyValue(DatabaseCredentials::password).asSecret();
        } else {
            this.databaseCredentialsSecretArn = null;
            this.databaseUsername = null;
            this.databasePassword = null;
        }

        if (args.searchMasterUserName().isPresent()) {
            Output<String> generated = Output.tuple(args.searchMasterUserName().get(), Output.ofSecret(GeneratedPassword.forSearch()))
                    .applyValue(t -> Json.write(new DatabaseCredentials(t.t1, t.t2)))
                    .asSecret();
            var search = store.put(SEARCH_CREDENTIALS, "Master user of the Pulumi Service's search domain (generated)", generated,
                    Kind.GENERATED_OPTIONAL);
            this.searchCredentialsSecretArn = search.secret.arn();
            this.searchPassword = search.version.secretString().applyValue(json -> parse(json.orElseThrow()).password()).asSecret();
        } else {
            this.searchCredentialsSecretArn = null;
            this.searchPassword = null;
        }

        for (SecretValueArgs value : args.values()) {
            String key = KnownValue.of(value.key()).orElseThrow();
            values.put(key, store.put(key, KnownValue.of(value.description()).orElseThrow(), value.value(), Kind.OPTIONAL));
        }
        this.secretArns = Output.all(values.values().stream().map(v -> v.secret.arn()).toList()).applyValue(arns -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            var keys = new ArrayList<>(values.keySet());
            for (int i = 0; i < keys.size(); i++) {
                byKey.put(keys.get(i), arns.get(i));
            }
            return byKey;
        });

        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("licenseKeySecretArn", licenseKeySecretArn);
        if (databaseCredentialsSecretArn != null) {
            outputs.put("databaseCredentialsSecretArn", databaseCredentialsSecretArn);
        }
        if (searchCredentialsSecretArn != null) {
            outputs.put("searchCredentialsSecretArn", searchCredentialsSecretArn);
        }
        outputs.put("secretArns", secretArns);
        registerOutputs(outputs);
    }

    private static ComponentResourceOptions validated(ServiceSecretsArgs args, @Nullable ComponentResourceOptions options) {
        var problems = new Problems();
        // Every unset required property at once, before any rule that needs one.
        if (!RequiredProperties.check(problems, args)) {
            problems.throwIfAny("ServiceSecretsArgs");
        }
        KnownValue.of(args.recoveryWindowDays()).ifPresent(days ->
                Validators.range(problems, "recoveryWindowDays", days, 7, 30, " days"));
        boolean store = KnownValue.of(args.storeDatabaseCredentials()).orElse(SecretsDefaults.STORE_DATABASE_CREDENTIALS);
        problems.check(store || args.databasePassword().isEmpty(), "databasePassword",
                "is set while {{storeDatabaseCredentials}} is false; keep the credentials, or leave the password out");
        // A generated password is for the cluster's master user, whose names RDS restricts.
        KnownValue.of(args.databaseUsername()).filter(user -> args.databasePassword().isEmpty()).ifPresent(user -> problems.check(
                user.matches("^[A-Za-z][A-Za-z0-9_]{0,15}$") && !user.equalsIgnoreCase("admin") && !user.equalsIgnoreCase("rdsadmin"),
                "databaseUsername", "'" + user + "' is not a valid Aurora MySQL master user name; use 1-16 letters, digits"
                        + " or underscores starting with a letter, other than the reserved names admin and rdsadmin"));
        KnownValue.of(args.licenseKey()).ifPresent(key ->
                problems.check(!key.isBlank(), "licenseKey", "is empty; set the license key Pulumi gave you"));
        var keys = new java.util.HashSet<String>();
        var values = args.values();
        for (int i = 0; i < values.size(); i++) {
            String path = "values[" + i + "]";
            KnownValue.of(values.get(i).key()).ifPresentOrElse(
                    key -> problems.check(key.matches("^[a-z][a-z0-9-]{0,40}$") && !key.equals("license-key")
                                    && !key.equals("database-credentials") && !key.equals("database-user") && !key.equals(SEARCH_CREDENTIALS)
                                    && keys.add(key), path + ".key",
                            "'" + key + "' must be a distinct short name of lowercase letters, digits and hyphens (it names the secret),"
                                    + " other than license-key, database-credentials, database-user and " + SEARCH_CREDENTIALS),
                    () -> problems.add(path + ".key", "must be known when the program runs (it names the secret)"));
            problems.check(KnownValue.of(values.get(i).description()).isPresent(), path + ".description",
                    "must be known when the program runs (it describes the secret)");
        }
        problems.throwIfAny("ServiceSecretsArgs");
        return options;
    }

    private static DatabaseCredentials parse(String json) {
        try {
            return MAPPER.readValue(json, DatabaseCredentials.class);
        } catch (JsonProcessingException e) {
            // Never include the JSON: it holds the password.
            throw new IllegalStateException("a credentials secret (database or search) does not hold {\"username\",\"password\"} JSON");
        }
    }

    /** The secret (ARN) holding the license key. */
    public Output<String> licenseKeySecretArn() {
        return licenseKeySecretArn;
    }

    /**
     * The secret (ARN) holding the database credentials as JSON {@code {"username","password"}},
     * unless {@link ServiceSecretsArgs#storeDatabaseCredentials()} is off.
     */
    public Optional<Output<String>> databaseCredentialsSecretArn() {
        return Optional.ofNullable(databaseCredentialsSecretArn);
    }

    /** The database user name, as stored in the credentials secret. */
    public Optional<Output<String>> databaseUsername() {
        return Optional.ofNullable(databaseUsername);
    }

    /** The database password, as stored in the credentials secret; a Pulumi secret. */
    public Optional<Output<String>> databasePassword() {
        return Optional.ofNullable(databasePassword);
    }

    /**
     * The secret (ARN) holding the generated search credentials as JSON
     * {@code {"username","password"}}, when {@link ServiceSecretsArgs#searchMasterUserName()} is set.
     */
    public Optional<Output<String>> searchCredentialsSecretArn() {
        return Optional.ofNullable(searchCredentialsSecretArn);
    }

    /** The generated search master password, as stored; a Pulumi secret. */
    public Optional<Output<String>> searchPassword() {
        return Optional.ofNullable(searchPassword);
    }

    /** The secret (ARN) holding the value given under {@code key} in {@link ServiceSecretsArgs#values()}. */
    public Optional<Output<String>> secretArn(String key) {
        return Optional.ofNullable(values.get(key)).map(v -> v.secret.arn());
    }

    /**
     * The ECS {@code valueFrom} of the current version of the value given under {@code key}
     * ({@code <secret ARN>:::<version id>}): a task definition that reads it changes when the
     * value changes, so the tasks restart with the new value. The version id reveals nothing
     * about the value.
     */
    public Optional<Output<String>> valueFrom(String key) {
        return Optional.ofNullable(values.get(key)).map(StoredSecret::valueFrom);
    }

    /** The ECS {@code valueFrom} of the license key's current version; see {@link #valueFrom(String)}. */
    public Output<String> licenseKeyValueFrom() {
        return licenseKeyValueFrom;
    }

    /** The secrets of {@link ServiceSecretsArgs#values()}: key to secret ARN. */
    public Output<Map<String, String>> secretArns() {
        return secretArns;
    }

    /** The JSON shape of the database credentials secret, the shape RDS itself uses. */
    record DatabaseCredentials(String username, String password) {
    }

    /** Creates the secrets of one component, all alike. */
    private final class SecretStore {
        private final String prefix;
        private final ServiceSecretsArgs args;
        private final Output<Map<String, String>> tags;

        SecretStore(String prefix, ServiceSecretsArgs args, Output<Map<String, String>> tags) {
            this.prefix = prefix;
            this.args = args;
            this.tags = tags;
        }

        StoredSecret put(String key, String description, Output<String> value, Kind kind) {
            String logicalName = prefix + "-" + key;
            var secret = new Secret(logicalName, SecretArgs.builder()
                    .description(description)
                    .kmsKeyId(args.kmsKeyArn())
                    .recoveryWindowInDays(args.recoveryWindowDays())
                    .tags(tags)
                    .build(), (switch (kind) {
                        case OPTIONAL -> ChildOptions.builder(ServiceSecrets.this);
                        case GENERATED_OPTIONAL -> ChildOptions.retained(ServiceSecrets.this);
                        case KEPT, GENERATED -> ChildOptions.stateful(ServiceSecrets.this);
                    }).build());
            var options = ChildOptions.builder(ServiceSecrets.this);
            if (kind == Kind.GENERATED || kind == Kind.GENERATED_OPTIONAL) {
                options.ignoreChanges("secretString");
            }
            var version = new SecretVersion(logicalName, SecretVersionArgs.builder()
                    .secretId(secret.id())
                    .secretString(value.asSecret())
                    .build(), options.build());
            return new StoredSecret(secret, version);
        }
    }

    private record StoredSecret(Secret secret, SecretVersion version) {
        Output<String> valueFrom() {
            return Output.tuple(secret.arn(), version.versionId()).applyValue(t -> t.t1 + ":::" + t.t2);
        }
    }

    /**
     * How a secret is kept. The license key and the generated credentials are protected and
     * retained: the install cannot run without them, and a generated password cannot be drawn
     * again. The values of optional features come from the user's config and go when the feature
     * is turned off (Secrets Manager still keeps a deleted secret for its recovery window).
     */
    private enum Kind {
        /** Given by the user, always there: protected and retained. */
        KEPT,
        /** Generated once and kept: protected, retained, and later values ignored. */
        GENERATED,
        /** Given by the user for an optional feature: deleted when the feature is turned off. */
        OPTIONAL,
        /**
         * Generated once for an optional feature (search): retained, later values ignored; not
         * protected, so turning the feature off needs no state surgery.
         */
        GENERATED_OPTIONAL
    }
}
