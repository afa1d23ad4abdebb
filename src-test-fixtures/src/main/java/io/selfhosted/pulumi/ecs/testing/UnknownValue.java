package io.selfhosted.pulumi.ecs.testing;

/**
 * A value that is not known until deployment, e.g. an output of a resource that has not been
 * created yet during a preview.
 */
public enum UnknownValue {
    /** The only unknown value. */
    INSTANCE;

    /**
     * Renders as {@code [unknown]}, the spelling used by the plan renderings.
     *
     * @return {@code "[unknown]"}
     */
    @Override
    public String toString() {
        return "[unknown]";
    }
}
