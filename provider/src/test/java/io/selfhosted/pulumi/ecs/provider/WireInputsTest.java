package io.selfhosted.pulumi.ecs.provider;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.provider.internal.properties.PropertyValue.ValueType;
import com.pulumi.provider.internal.properties.PropertyValueSerializer;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.provider.ProviderGrpcTest.OUTPUT_SIG;
import static io.selfhosted.pulumi.ecs.provider.ProviderGrpcTest.SIG;
import static io.selfhosted.pulumi.ecs.provider.ProviderGrpcTest.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inputs in the wire shapes the Node and Python SDKs send (`@pulumi/pulumi` runtime/rpc.ts,
 * the Python SDK's runtime/rpc.py): each is normalised into what the Java SDK's deserialiser
 * takes, and deserialised into {@link PulumiSelfHostedEcsArgs} with secrets kept secret.
 */
class WireInputsTest {
    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

    static Value output(Value value, boolean secret, String... dependencies) {
        var fields = Struct.newBuilder().putFields(SIG, plain(OUTPUT_SIG));
        if (value != null) {
            fields.putFields("value", value);
        }
        if (secret) {
            fields.putFields("secret", Value.newBuilder().setBoolValue(true).build());
        }
        if (dependencies.length > 0) {
            var deps = ListValue.newBuilder();
            for (String d : dependencies) {
                deps.addValues(plain(d));
            }
            fields.putFields("dependencies", Value.newBuilder().setListValue(deps).build());
        }
        return Value.newBuilder().setStructValue(fields).build();
    }

    static Value classicSecret(Value value) {
        return Value.newBuilder().setStructValue(Struct.newBuilder().putFields(SIG, plain(SECRET_SIG)).putFields("value", value)).build();
    }

    static Value list(Value... items) {
        return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(List.of(items))).build();
    }

    static Value object(Map<String, Value> fields) {
        return Value.newBuilder().setStructValue(Struct.newBuilder().putAllFields(fields)).build();
    }

    /** The README example with one property replaced, through the wire format, normalised. */
    static Map<String, PropertyValue> wire(String property, Value value) {
        var inputs = ProviderGrpcTest.readmeExample(ProviderGrpcTest.secretString("lic-123")).toBuilder().putFields(property, value).build();
        return WireInputs.normalise(PropertyValue.unmarshalProperties(inputs), PulumiSelfHostedEcsArgs.class);
    }

    static PulumiSelfHostedEcsArgs args(Map<String, PropertyValue> normalised) throws Exception {
        return PropertyValueSerializer.deserialize(PropertyValue.of(normalised), PulumiSelfHostedEcsArgs.class);
    }

    static <T> OutputData<T> data(Output<T> output) {
        return Internal.of(output).getDataAsync().join();
    }

    @Test
    void aSecretStringOutputIsASecretInput() throws Exception {
        var normalised = wire("licenseKey", output(plain("lic-123"), true, "urn:pulumi:dev::app::random:index/randomString:RandomString::k"));
        assertThat(normalised.get("licenseKey").getType()).isEqualTo(ValueType.SECRET);
        var licenseKey = data(args(normalised).licenseKey());
        assertThat(licenseKey.isSecret()).isTrue();
        assertThat(licenseKey.getValueNullable()).isEqualTo("lic-123");
    }

    @Test
    void theClassicSecretFormToo() throws Exception {
        var licenseKey = data(args(wire("licenseKey", classicSecret(plain("lic-123")))).licenseKey());
        assertThat(licenseKey.isSecret()).isTrue();
        assertThat(licenseKey.getValueNullable()).isEqualTo("lic-123");
    }

    @Test
    void aPlainOutputKeepsItsDependencies() {
        var normalised = wire("logRetentionDays", output(Value.newBuilder().setNumberValue(90).build(), false, "urn:a"));
        assertThat(normalised.get("logRetentionDays").getType()).isEqualTo(ValueType.OUTPUT);
        assertThat(normalised.get("logRetentionDays").getOutputValue().getDependencies()).containsExactly("urn:a");
    }

    @Test
    void outputsInsideAListAreLiftedToTheList() throws Exception {
        var network = object(Map.of(
                "vpcId", plain("vpc-0a1b2c3d4e5f67890"),
                "publicSubnetIds", list(plain("subnet-0a1b2c3d4e5f60001"), output(plain("subnet-0a1b2c3d4e5f60002"), false, "urn:subnet")),
                "privateSubnetIds", list(plain("subnet-0a1b2c3d4e5f60011"), plain("subnet-0a1b2c3d4e5f60012")),
                "isolatedSubnetIds", list(plain("subnet-0a1b2c3d4e5f60021"), output(plain("subnet-0a1b2c3d4e5f60022"), true))));
        var normalised = wire("network", network);
        var value = normalised.get("network").getObjectValue();
        assertThat(WireInputs.nestedWrapper(value.get("publicSubnetIds"))).isEmpty();
        assertThat(value.get("publicSubnetIds").getType()).isEqualTo(ValueType.OUTPUT);
        assertThat(value.get("isolatedSubnetIds").getType()).isEqualTo(ValueType.SECRET);

        var parsed = args(normalised).network();
        assertThat(data(parsed.publicSubnetIds()).getValueNullable()).containsExactly("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002");
        assertThat(data(parsed.isolatedSubnetIds()).isSecret()).isTrue();
    }

    @Test
    void anUnknownElementMakesTheWholeListUnknown() throws Exception {
        for (Value unknown : List.of(output(null, false), plain(UNKNOWN))) {
            var network = object(Map.of(
                    "vpcId", plain("vpc-0a1b2c3d4e5f67890"),
                    "publicSubnetIds", list(plain("subnet-0a1b2c3d4e5f60001"), unknown),
                    "privateSubnetIds", list(plain("subnet-0a1b2c3d4e5f60011")),
                    "isolatedSubnetIds", list(plain("subnet-0a1b2c3d4e5f60021"))));
            var normalised = wire("network", network);
            assertThat(normalised.get("network").getObjectValue().get("publicSubnetIds").isComputed()).isTrue();
            assertThat(data(args(normalised).network().publicSubnetIds()).isKnown()).isFalse();
        }
    }

    @Test
    void aWholeObjectAsASecretOutputMakesEachOfItsPropertiesSecret() throws Exception {
        var smtp = output(object(Map.of("server", plain("smtp.example.com:587"), "username", plain("bot"),
                "password", plain("pw-9f8e"), "genericSender", plain("pulumi@example.com"))), true, "urn:smtp");
        var normalised = wire("smtp", smtp);
        // Each property of the group carries the secret at its top, where the Java SDK takes it.
        normalised.get("smtp").getObjectValue().values().forEach(v -> assertThat(WireInputs.nestedWrapper(v)).isEmpty());
        var parsed = args(normalised).smtp().orElseThrow();
        assertThat(data(parsed.password()).isSecret()).isTrue();
        assertThat(data(parsed.password()).getValueNullable()).isEqualTo("pw-9f8e");
        assertThat(data(parsed.server()).isSecret()).isTrue();
    }

    @Test
    void anUnknownObjectDuringAPreviewHasUnknownProperties() throws Exception {
        var normalised = wire("smtp", output(null, false, "urn:smtp"));
        var parsed = args(normalised).smtp().orElseThrow();
        assertThat(data(parsed.server()).isKnown()).isFalse();
        assertThat(data(parsed.password()).isKnown()).isFalse();
    }

    @Test
    void withoutNormalisingTheJavaSdkRefusesThoseShapes() {
        var inputs = ProviderGrpcTest.readmeExample(ProviderGrpcTest.secretString("lic-123"));
        assertThatThrownBy(() -> PropertyValueSerializer.deserialize(PropertyValue.of(PropertyValue.unmarshalProperties(inputs)),
                PulumiSelfHostedEcsArgs.class)).hasMessageContaining("OUTPUT");
    }

    @Test
    void plainValuesPassUnchanged() {
        var normalised = wire("agGridLicenseKey", plain("ag"));
        assertThat(normalised.get("agGridLicenseKey")).isEqualTo(PropertyValue.of("ag"));
    }
}
