package io.selfhosted.pulumi.ecs.testing;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the protobuf property values the SDK sends to the engine into plain Java values.
 *
 * <p>We decode the wire form ourselves instead of using the SDK's deserializer because the
 * deserializer drops secretness and unknowns, which are exactly what tests need to see.
 */
final class WireValues {

    /** Marks an object as one of Pulumi's special values (secret, resource reference, asset...). */
    static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
    static final String RESOURCE_SIGNATURE = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String ASSET_SIGNATURE = "c44067f5952c0a294b673a41bacd8c17";
    static final String ARCHIVE_SIGNATURE = "0def7320c3a5731c473e5ecbe6d01bc7";
    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private WireValues() {
    }

    /**
     * Decodes a whole property bag.
     *
     * @return an unmodifiable map whose iteration order is the sorted key order
     */
    static Map<String, Object> decode(Struct struct) {
        return decodeFields(struct.getFieldsMap());
    }

    @Nullable
    static Object decode(Value value) {
        switch (value.getKindCase()) {
            case STRING_VALUE:
                return UNKNOWN.equals(value.getStringValue()) ? UnknownValue.INSTANCE : value.getStringValue();
            case NUMBER_VALUE:
                return value.getNumberValue();
            case BOOL_VALUE:
                return value.getBoolValue();
            case LIST_VALUE:
                return decodeList(value.getListValue());
            case STRUCT_VALUE:
                return decodeObject(value.getStructValue());
            case NULL_VALUE:
            case KIND_NOT_SET:
            default:
                return null;
        }
    }

    private static List<Object> decodeList(ListValue list) {
        var result = new ArrayList<>(list.getValuesCount());
        for (var element : list.getValuesList()) {
            result.add(decode(element));
        }
        return Collections.unmodifiableList(result);
    }

    @Nullable
    private static Object decodeObject(Struct struct) {
        var fields = struct.getFieldsMap();
        var signature = fields.get(SIGNATURE_KEY);
        if (signature == null) {
            return decodeFields(fields);
        }
        var kind = signature.getStringValue();
        if (SECRET_SIGNATURE.equals(kind)) {
            var inner = fields.get("value");
            return new SecretValue(inner == null ? null : decode(inner));
        }
        // References and assets rarely reach a plan; a tagged map keeps them readable and comparable.
        var rest = new TreeMap<>(fields);
        rest.remove(SIGNATURE_KEY);
        var tagged = new LinkedHashMap<String, Object>();
        tagged.put("kind", kindName(kind));
        decodeFields(rest).forEach(tagged::put);
        return Collections.unmodifiableMap(tagged);
    }

    private static String kindName(String signature) {
        switch (signature) {
            case RESOURCE_SIGNATURE:
                return "resource";
            case ASSET_SIGNATURE:
                return "asset";
            case ARCHIVE_SIGNATURE:
                return "archive";
            default:
                return "special:" + signature;
        }
    }

    private static Map<String, Object> decodeFields(Map<String, Value> fields) {
        var result = new LinkedHashMap<String, Object>();
        new TreeMap<>(fields).forEach((key, value) -> result.put(key, decode(value)));
        return Collections.unmodifiableMap(result);
    }
}
