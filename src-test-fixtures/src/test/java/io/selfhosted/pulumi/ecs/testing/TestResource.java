package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

import javax.annotation.Nullable;

/** A custom resource of any type token, standing in for provider SDK classes the harness must not depend on. */
final class TestResource extends CustomResource {

    @Export(name = "arn", refs = {String.class})
    private Output<String> arn;

    @Export(name = "name", refs = {String.class})
    private Output<String> name;

    TestResource(String type, String name, TestArgs args, @Nullable CustomResourceOptions options) {
        super(type, name, args, options);
    }

    TestResource(String type, String name, TestArgs args) {
        this(type, name, args, null);
    }

    Output<String> arn() {
        return arn;
    }

    Output<String> physicalName() {
        return name;
    }
}
