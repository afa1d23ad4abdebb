package io.selfhosted.pulumi.ecs.search;

/**
 * Defaults of the search domain ({@link SearchArgs}); kept out of the Args class, whose declared
 * fields the multi-language schema publishes as inputs.
 */
public final class SearchDefaults {
    /** The newest version the Pulumi docs name as tested with Resource Search. */
    public static final String ENGINE_VERSION = "OpenSearch_2.11";
    /** General purpose Graviton nodes: steady CPU, Auto-Tune, encryption at rest. */
    public static final String INSTANCE_TYPE = "m6g.large.search";
    /** No dedicated masters: a small domain elects one among its data nodes. */
    public static final int DEDICATED_MASTER_COUNT = 0;
    /** GiB per data node. */
    public static final int VOLUME_SIZE = 20;
    /** The master user the API signs in as. */
    public static final String MASTER_USER_NAME = "pulumi";
    /** AWS's best practices ask for at least three data nodes (Opensearch.6). */
    static final int MIN_DATA_NODES = 3;

    private SearchDefaults() {
    }

    /**
     * Zones expected when none are given, for checks before anything exists: three when there are
     * three private subnets or more, else two (the domain then takes as many zones as the subnets
     * span, up to three).
     */
    public static int availabilityZoneCount(int privateSubnets) {
        return privateSubnets >= 3 ? 3 : 2;
    }

    /** Data nodes when none are given: at least three, and an even number over two zones. */
    public static int instanceCount(int zones) {
        return zones == 2 ? 4 : MIN_DATA_NODES;
    }
}
