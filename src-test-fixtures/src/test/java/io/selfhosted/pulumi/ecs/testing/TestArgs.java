package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/** A property bag for {@link TestResource}: every field is optional and omitted when unset. */
final class TestArgs extends ResourceArgs {

    @Import(name = "name")
    @Nullable
    private Output<String> name;
    @Import(name = "password")
    @Nullable
    private Output<String> password;
    @Import(name = "port")
    @Nullable
    private Output<Integer> port;
    @Import(name = "tags")
    @Nullable
    private Output<Map<String, String>> tags;
    @Import(name = "settings")
    @Nullable
    private Output<Map<String, Object>> settings;
    @Import(name = "items")
    @Nullable
    private Output<List<Object>> items;
    @Import(name = "document")
    @Nullable
    private Output<String> document;
    @Import(name = "targetArn")
    @Nullable
    private Output<String> targetArn;

    static TestArgs empty() {
        return new TestArgs();
    }

    TestArgs name(String value) {
        this.name = Output.of(value);
        return this;
    }

    TestArgs password(Output<String> value) {
        this.password = value;
        return this;
    }

    TestArgs port(int value) {
        this.port = Output.of(value);
        return this;
    }

    TestArgs tags(Map<String, String> value) {
        this.tags = Output.of(value);
        return this;
    }

    TestArgs settings(Map<String, Object> value) {
        this.settings = Output.of(value);
        return this;
    }

    TestArgs items(List<Object> value) {
        this.items = Output.of(value);
        return this;
    }

    TestArgs document(String json) {
        this.document = Output.of(json);
        return this;
    }

    TestArgs targetArn(Output<String> value) {
        this.targetArn = value;
        return this;
    }
}
