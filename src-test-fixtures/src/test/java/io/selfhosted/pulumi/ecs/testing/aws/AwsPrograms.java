package io.selfhosted.pulumi.ecs.testing.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.Context;
import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;

import java.util.function.Consumer;

/** Runs the small programs of real AWS resources the query tests build. */
final class AwsPrograms {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsPrograms() {
    }

    /** Runs a program against the fake AWS in us-east-1; it must succeed. */
    static Plan plan(Consumer<Context> program) {
        return PlanRunner.create().config("aws:region", "us-east-1").run(program).requireSuccess();
    }

    /** A value as JSON text, the way programs hand documents to the AWS provider. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
