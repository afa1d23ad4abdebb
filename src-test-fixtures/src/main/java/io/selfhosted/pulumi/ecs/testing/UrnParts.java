package io.selfhosted.pulumi.ecs.testing;

/**
 * The type and logical name at the end of a URN
 * ({@code urn:pulumi:stack::project::parentType$type::name}).
 */
record UrnParts(String type, String name) {

    private static final String SEPARATOR = "::";

    static UrnParts parse(String urn) {
        var parts = urn.split(SEPARATOR, 4);
        if (parts.length != 4 || !parts[0].startsWith("urn:pulumi:")) {
            throw new IllegalArgumentException("Not a Pulumi URN: " + urn);
        }
        var qualifiedType = parts[2];
        var type = qualifiedType.substring(qualifiedType.lastIndexOf('$') + 1);
        return new UrnParts(type, parts[3]);
    }
}
