package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import javax.annotation.Nullable;
import java.util.Map;

import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static io.selfhosted.pulumi.ecs.testing.aws.AwsTypes.S3_BUCKET;

/** A component with a log group and a bucket, like a small part of a real stack. */
final class TestComponent extends ComponentResource {

    static final String TYPE = "test:storage:Box";

    final TestResource bucket;
    final TestResource logGroup;

    TestComponent(String name, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var childOptions = CustomResourceOptions.builder().parent(this).build();
        this.logGroup = new TestResource(CLOUDWATCH_LOG_GROUP, name + "-logs",
                TestArgs.empty().tags(Map.of("part", "box")), childOptions);
        this.bucket = new TestResource(S3_BUCKET, name + "-bucket",
                TestArgs.empty().targetArn(logGroup.arn()),
                CustomResourceOptions.builder().parent(this).protect(true).build());
        registerOutputs(Map.of("bucketArn", bucket.arn()));
    }

    Output<String> bucketArn() {
        return bucket.arn();
    }
}
