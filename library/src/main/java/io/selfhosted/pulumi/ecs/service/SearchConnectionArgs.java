package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * How the API reaches its search domain (Resource Search): the domain's URL and user, the ECS
 * {@code valueFrom} of the password, the domain's security group and ARN. One group, as
 * {@code search.ServiceSearch} and the install's secrets produce it.
 */
public final class SearchConnectionArgs extends ResourceArgs {

    @Import(name = "endpoint", required = true)
    private Output<String> endpoint;

    @Import(name = "username", required = true)
    private Output<String> username;

    @Import(name = "passwordSecret", required = true)
    private Output<String> passwordSecret;

    @Import(name = "securityGroupId", required = true)
    private Output<String> securityGroupId;

    @Import(name = "domainArn", required = true)
    private Output<String> domainArn;

    private SearchConnectionArgs() {
    }

    private SearchConnectionArgs(SearchConnectionArgs $) {
        this.endpoint = $.endpoint;
        this.username = $.username;
        this.passwordSecret = $.passwordSecret;
        this.securityGroupId = $.securityGroupId;
        this.domainArn = $.domainArn;
    }

    /**
     * The domain's HTTPS URL with its port, e.g. {@code https://vpc-...es.amazonaws.com:443}
     * ({@code PULUMI_SEARCH_DOMAIN}). Required.
     */
    public Output<String> endpoint() {
        return endpoint;
    }

    /**
     * The user the API signs in as ({@code PULUMI_SEARCH_USER}). Required.
     */
    public Output<String> username() {
        return username;
    }

    /**
     * The ECS {@code valueFrom} of the user's password ({@code PULUMI_SEARCH_PASSWORD}), e.g.
     * {@code <secret ARN>:password::}. Required.
     */
    public Output<String> passwordSecret() {
        return passwordSecret;
    }

    /**
     * The domain's security group: the API adds the rule pair that lets its tasks in on 443. Required.
     */
    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    /**
     * The domain's ARN: the API task role may use its HTTP API ({@code es:ESHttp*}). Required.
     */
    public Output<String> domainArn() {
        return domainArn;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder starting from the values of {@code defaults}. */
    public static Builder builder(SearchConnectionArgs defaults) {
        return new Builder(defaults);
    }

    /** Builder of {@link SearchConnectionArgs}. */
    public static final class Builder {
        private final SearchConnectionArgs $;

        /** An empty builder. */
        public Builder() {
            $ = new SearchConnectionArgs();
        }

        /** A builder starting from the values of {@code defaults}. */
        public Builder(SearchConnectionArgs defaults) {
            $ = new SearchConnectionArgs(defaults);
        }

        /** @see SearchConnectionArgs#endpoint() */
        public Builder endpoint(Output<String> endpoint) {
            $.endpoint = endpoint;
            return this;
        }

        /** @see SearchConnectionArgs#endpoint() */
        public Builder endpoint(String endpoint) {
            return endpoint(Output.of(endpoint));
        }

        /** @see SearchConnectionArgs#username() */
        public Builder username(Output<String> username) {
            $.username = username;
            return this;
        }

        /** @see SearchConnectionArgs#username() */
        public Builder username(String username) {
            return username(Output.of(username));
        }

        /** @see SearchConnectionArgs#passwordSecret() */
        public Builder passwordSecret(Output<String> passwordSecret) {
            $.passwordSecret = passwordSecret;
            return this;
        }

        /** @see SearchConnectionArgs#passwordSecret() */
        public Builder passwordSecret(String passwordSecret) {
            return passwordSecret(Output.of(passwordSecret));
        }

        /** @see SearchConnectionArgs#securityGroupId() */
        public Builder securityGroupId(Output<String> securityGroupId) {
            $.securityGroupId = securityGroupId;
            return this;
        }

        /** @see SearchConnectionArgs#securityGroupId() */
        public Builder securityGroupId(String securityGroupId) {
            return securityGroupId(Output.of(securityGroupId));
        }

        /** @see SearchConnectionArgs#domainArn() */
        public Builder domainArn(Output<String> domainArn) {
            $.domainArn = domainArn;
            return this;
        }

        /** @see SearchConnectionArgs#domainArn() */
        public Builder domainArn(String domainArn) {
            return domainArn(Output.of(domainArn));
        }

        /**
         * An immutable {@link SearchConnectionArgs}. Unset required properties are not refused here, one at a
         * time: validation reports all of them together, with their paths, before anything is created.
         */
        public SearchConnectionArgs build() {
            return new SearchConnectionArgs($);
        }
    }
}
