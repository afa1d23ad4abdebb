package io.selfhosted.pulumi.ecs.provider;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Protobuf values to Java values and back, for the test's fake resource monitor (secrets unwrapped). */
final class WireValues {
    private static final String SIG = "4dabf18193072939515e22adb298388d";

    private WireValues() {
    }

    static Map<String, Object> toJava(Struct struct) {
        Map<String, Object> map = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((k, v) -> map.put(k, toJava(v)));
        return map;
    }

    static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> value.getStringValue();
            case NUMBER_VALUE -> value.getNumberValue();
            case BOOL_VALUE -> value.getBoolValue();
            case LIST_VALUE -> {
                List<Object> list = new ArrayList<>();
                value.getListValue().getValuesList().forEach(v -> list.add(toJava(v)));
                yield list;
            }
            case STRUCT_VALUE -> {
                var fields = value.getStructValue().getFieldsMap();
                if (fields.containsKey(SIG) && fields.containsKey("value")) {
                    // A secret or an output: the fake AWS sees the plain value.
                    yield toJava(fields.get("value"));
                }
                yield toJava(value.getStructValue());
            }
            default -> null;
        };
    }

    static Struct toStruct(Object object) {
        var struct = Struct.newBuilder();
        if (object instanceof Map<?, ?> map) {
            map.forEach((k, v) -> struct.putFields(String.valueOf(k), toValue(v)));
        }
        return struct.build();
    }

    static Value toValue(Object object) {
        if (object == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        }
        if (object instanceof String s) {
            return Value.newBuilder().setStringValue(s).build();
        }
        if (object instanceof Number n) {
            return Value.newBuilder().setNumberValue(n.doubleValue()).build();
        }
        if (object instanceof Boolean b) {
            return Value.newBuilder().setBoolValue(b).build();
        }
        if (object instanceof List<?> list) {
            var values = ListValue.newBuilder();
            list.forEach(item -> values.addValues(toValue(item)));
            return Value.newBuilder().setListValue(values).build();
        }
        if (object instanceof Map<?, ?>) {
            return Value.newBuilder().setStructValue(toStruct(object)).build();
        }
        return Value.newBuilder().setStringValue(String.valueOf(object)).build();
    }
}
