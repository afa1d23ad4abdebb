package io.selfhosted.pulumi.ecs.internal;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

/**
 * Resource options of a component's children.
 */
public final class ChildOptions {
    private ChildOptions() {
    }

    /** A plain child of {@code parent}. */
    public static CustomResourceOptions of(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).build();
    }

    /** A builder of a child's options, for children that need more than a parent. */
    public static CustomResourceOptions.Builder builder(Resource parent) {
        return CustomResourceOptions.builder().parent(parent);
    }

    /**
     * A child that holds data (a bucket, the database, a secret, the key): {@code pulumi destroy}
     * refuses to delete it while protected, and even an unprotected delete or a replacement only
     * drops it from the stack while AWS keeps it, so a mistake never loses the install's data.
     */
    public static CustomResourceOptions.Builder stateful(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).protect(true).retainOnDelete(true);
    }

    /**
     * A child that holds data but may go from the program when a setting changes (an optional
     * bucket, a created key the user replaces with their own): deleting it, by {@code pulumi up}
     * or {@code pulumi destroy}, only drops it from the stack while AWS keeps it. Not protected,
     * so turning the setting off needs no {@code pulumi state unprotect}.
     */
    public static CustomResourceOptions.Builder retained(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).retainOnDelete(true);
    }
}
