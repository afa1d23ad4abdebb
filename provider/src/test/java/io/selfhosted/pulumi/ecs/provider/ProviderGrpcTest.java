package io.selfhosted.pulumi.ecs.provider;

import com.google.protobuf.Empty;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.provider.internal.ResourceProviderService;
import com.pulumi.test.Mocks;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass;
import pulumirpc.Provider;
import pulumirpc.Resource;
import pulumirpc.ResourceMonitorGrpc;
import pulumirpc.ResourceProviderGrpc;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider over real gRPC, as the Pulumi engine drives it for a program in another language:
 * {@code GetSchema}, then {@code Construct} of the README's example with the inputs exactly as a
 * TypeScript program sends them (output values, a secret license key), against a resource
 * monitor that answers like AWS (the test fixtures' fake). It registers what the Java program
 * registers.
 */
class ProviderGrpcTest {
    static final String SIG = "4dabf18193072939515e22adb298388d";
    static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    static final String REGION = "us-east-1";
    static final String LICENSE = "LICENSE-OVER-GRPC-3c4d5e";

    static Server monitor;
    static Server engine;
    static Thread providerThread;
    static ManagedChannel channel;
    static ResourceProviderGrpc.ResourceProviderBlockingStub provider;
    static final List<Resource.RegisterResourceRequest> registered = new ArrayList<>();
    static volatile String root = "";

    @BeforeAll
    static void start() throws Exception {
        var aws = FakeAws.builder().region(REGION).build();
        monitor = ServerBuilder.forPort(freePort()).addService(new ResourceMonitorGrpc.ResourceMonitorImplBase() {
            @Override
            public void supportsFeature(Resource.SupportsFeatureRequest request, StreamObserver<Resource.SupportsFeatureResponse> out) {
                // What the engine supports: secrets, resource references and output values.
                out.onNext(Resource.SupportsFeatureResponse.newBuilder().setHasSupport(true).build());
                out.onCompleted();
            }

            @Override
            public void registerResource(Resource.RegisterResourceRequest request, StreamObserver<Resource.RegisterResourceResponse> out) {
                synchronized (registered) {
                    registered.add(request);
                }
                String urn = urn(request.getParent(), request.getType(), request.getName());
                if (!request.getCustom()) {
                    out.onNext(Resource.RegisterResourceResponse.newBuilder().setUrn(urn).build());
                    out.onCompleted();
                    return;
                }
                var args = new Mocks.ResourceArgs(request.getType(), request.getName(), WireValues.toJava(request.getObject()),
                        request.getProvider(), request.getImportId());
                reply(out, aws.newResourceAsync(args).thenApply(result -> Resource.RegisterResourceResponse.newBuilder()
                        .setUrn(urn)
                        .setId(result.id.orElse(""))
                        .setObject(WireValues.toStruct(result.state))
                        .build()));
            }

            @Override
            public void registerResourceOutputs(Resource.RegisterResourceOutputsRequest request, StreamObserver<Empty> out) {
                out.onNext(Empty.getDefaultInstance());
                out.onCompleted();
            }

            @Override
            public void invoke(Resource.ResourceInvokeRequest request, StreamObserver<Resource.ResourceInvokeResponse> out) {
                var args = new Mocks.CallArgs(request.getTok(), com.google.common.collect.ImmutableMap.copyOf(WireValues.toJava(request.getArgs())),
                        request.getProvider());
                reply(out, aws.callAsync(args).thenApply(result -> Resource.ResourceInvokeResponse.newBuilder()
                        .setReturn(WireValues.toStruct(result)).build()));
            }

            @Override
            public void registerPackage(Resource.RegisterPackageRequest request, StreamObserver<Resource.RegisterPackageResponse> out) {
                out.onNext(Resource.RegisterPackageResponse.newBuilder().setRef(request.getName()).build());
                out.onCompleted();
            }
        }).build().start();
        engine = ServerBuilder.forPort(freePort()).addService(new EngineGrpc.EngineImplBase() {
            @Override
            public void log(EngineOuterClass.LogRequest request, StreamObserver<Empty> out) {
                out.onNext(Empty.getDefaultInstance());
                out.onCompleted();
            }

            @Override
            public void getRootResource(EngineOuterClass.GetRootResourceRequest request,
                                        StreamObserver<EngineOuterClass.GetRootResourceResponse> out) {
                out.onNext(EngineOuterClass.GetRootResourceResponse.newBuilder().setUrn(root).build());
                out.onCompleted();
            }

            @Override
            public void setRootResource(EngineOuterClass.SetRootResourceRequest request,
                                        StreamObserver<EngineOuterClass.SetRootResourceResponse> out) {
                root = request.getUrn();
                out.onNext(EngineOuterClass.SetRootResourceResponse.getDefaultInstance());
                out.onCompleted();
            }
        }).build().start();

        int port = freePort();
        var service = new ResourceProviderService("127.0.0.1:" + engine.getPort(), new SelfHostedEcsProvider()) {
            @Override
            protected ServerBuilder<?> createServerBuilder() {
                return ServerBuilder.forPort(port);
            }
        };
        providerThread = new Thread(() -> {
            try {
                service.startAndBlockUntilShutdown();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "provider");
        providerThread.setDaemon(true);
        providerThread.start();
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        provider = ResourceProviderGrpc.newBlockingStub(channel).withWaitForReady().withDeadlineAfter(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        channel.shutdownNow();
        monitor.shutdownNow();
        engine.shutdownNow();
    }

    @Test
    void getSchemaServesTheGoldenSchema() {
        var response = provider.getSchema(Provider.GetSchemaRequest.newBuilder().build());
        assertThat(response.getSchema()).isEqualTo(SelfHostedEcsProvider.schema()).contains(PulumiSelfHostedEcs.TYPE);
    }

    @Test
    void constructRegistersWhatTheJavaProgramRegisters() {
        var response = provider.construct(construct(readmeExample(secretString(LICENSE))));
        assertThat(response.getUrn()).endsWith("selfhosted-ecs:index:PulumiSelfHostedEcs::pulumi");

        Set<String> overGrpc;
        synchronized (registered) {
            overGrpc = registered.stream().map(r -> r.getType() + "::" + r.getName()).collect(Collectors.toCollection(TreeSet::new));
        }
        Plan java = PlanRunner.create().project("app").stack("dev").config("aws:region", REGION)
                .fakeAws(FakeAws.builder().region(REGION).build())
                .runComponent(ctx -> new PulumiSelfHostedEcs("pulumi", javaArgs(), null)).requireSuccess();
        Set<String> inJava = java.resources().stream().map(r -> r.type() + "::" + r.name()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(overGrpc).isEqualTo(inJava).hasSizeGreaterThan(80);
        // The license key reaches only the secret version that stores it, and there as a secret.
        synchronized (registered) {
            assertThat(registered).filteredOn(r -> r.getObject().toString().contains(LICENSE))
                    .singleElement().satisfies(r -> {
                        assertThat(r.getType()).isEqualTo("aws:secretsmanager/secretVersion:SecretVersion");
                        var secretString = r.getObject().getFieldsOrThrow("secretString").getStructValue().getFieldsMap();
                        assertThat(secretString.get(SIG).getStringValue()).isEqualTo("1b47061264138c4ac30d75fd1eb44270");
                    });
        }
    }

    @Test
    void aValidationFailureComesBackAsTheProblemList() {
        var inputs = readmeExample(secretString(LICENSE)).toBuilder()
                .putFields("logRetentionDays", Value.newBuilder().setNumberValue(4).build()).build();
        assertThatThrownBy(() -> provider.construct(construct(inputs))).isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("logRetentionDays").hasMessageContaining("is not a CloudWatch Logs retention period")
                .hasMessageNotContaining("Failed to construct component");
    }

    static Provider.ConstructRequest construct(Struct inputs) {
        return Provider.ConstructRequest.newBuilder()
                .setProject("app").setStack("dev").setOrganization("organization")
                .putConfig("aws:region", REGION)
                .setType(PulumiSelfHostedEcs.TYPE).setName("pulumi")
                .setParent("urn:pulumi:dev::app::pulumi:pulumi:Stack::app-dev")
                .setMonitorEndpoint("127.0.0.1:" + monitor.getPort())
                .setDryRun(false)
                .setAcceptsOutputValues(true)
                .setInputs(inputs)
                .build();
    }

    /** The README's TypeScript example, as `@pulumi/pulumi` sends it: every Output an output value. */
    static Struct readmeExample(Value licenseKey) {
        return Struct.newBuilder()
                .putFields("network", object(Map.of(
                        "vpcId", string("vpc-0a1b2c3d4e5f67890"),
                        "publicSubnetIds", list("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"),
                        "privateSubnetIds", list("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"),
                        "isolatedSubnetIds", list("subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022"))))
                .putFields("domain", object(Map.of("zoneName", string("example.com"), "subdomain", string("pulumi"))))
                .putFields("licenseKey", licenseKey)
                .putFields("images", object(Map.of("tag", output(plain("20250415-3b9e42c"), false))))
                .build();
    }

    static PulumiSelfHostedEcsArgs javaArgs() {
        return PulumiSelfHostedEcsArgs.builder()
                .network(NetworkArgs.builder().vpcId("vpc-0a1b2c3d4e5f67890")
                        .publicSubnetIds("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
                        .privateSubnetIds("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012")
                        .isolatedSubnetIds("subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022").build())
                .domain(DomainArgs.builder().zoneName("example.com").subdomain("pulumi").build())
                .licenseKey(LICENSE)
                .images(ContainerImagesArgs.builder().tag("20250415-3b9e42c").build())
                .build();
    }

    static Value secretString(String text) {
        return output(plain(text), true);
    }

    static Value output(Value value, boolean secret) {
        var fields = Struct.newBuilder().putFields(SIG, plain(OUTPUT_SIG)).putFields("value", value);
        if (secret) {
            fields.putFields("secret", Value.newBuilder().setBoolValue(true).build());
        }
        return Value.newBuilder().setStructValue(fields).build();
    }

    static Value string(String text) {
        return output(plain(text), false);
    }

    static Value plain(String text) {
        return Value.newBuilder().setStringValue(text).build();
    }

    static Value list(String... items) {
        var list = ListValue.newBuilder();
        for (String item : items) {
            list.addValues(plain(item));
        }
        return output(Value.newBuilder().setListValue(list).build(), false);
    }

    static Value object(Map<String, Value> fields) {
        return Value.newBuilder().setStructValue(Struct.newBuilder().putAllFields(fields)).build();
    }

    static <T> void reply(StreamObserver<T> out, CompletableFuture<T> future) {
        future.whenComplete((value, error) -> {
            if (error != null) {
                out.onError(error);
            } else {
                out.onNext(value);
                out.onCompleted();
            }
        });
    }

    /** A URN as the engine makes it: the parent's type chain (the stack's not included), then this type and name. */
    static String urn(String parent, String type, String name) {
        String prefix = "urn:pulumi:dev::app::";
        String chain = type;
        if (parent.startsWith(prefix)) {
            String parentPart = parent.substring(prefix.length());
            String parentChain = parentPart.substring(0, parentPart.lastIndexOf("::"));
            if (!parentChain.equals("pulumi:pulumi:Stack")) {
                chain = parentChain + "$" + type;
            }
        }
        return prefix + chain + "::" + name;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
