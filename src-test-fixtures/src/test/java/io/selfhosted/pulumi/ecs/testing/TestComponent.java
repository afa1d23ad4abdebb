package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import javax.annotation.Nullable;
import java.util.Map;

/** A component with a log group and a bucket, like a small part of a real stack. */
final class TestComponent extends ComponentResource {

    static final String TYPE = "test:storage:Box";

    final TestResource bucket;
    final TestResource logGroup;

    TestComponent(String name, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var childOptions = CustomResourceOptions.builder().parent(this).build();
        this.logGroup = new TestResource("aws:cloudwatch/logGroup:LogGroup", name + "-logs",
                TestArgs.empty().tags(Map.of("part", "box")), childOptions);
        this.bucket = new TestResource("aws:s3/bucketV2:BucketV2", name + "-bucket",
                TestArgs.empty().targetArn(logGroup.arn()),
                CustomResourceOptions.builder().parent(this).protect(true).build());
        registerOutputs(Map.of("bucketArn", bucket.arn()));
    }

    Output<String> bucketArn() {
        return bucket.arn();
    }
}
