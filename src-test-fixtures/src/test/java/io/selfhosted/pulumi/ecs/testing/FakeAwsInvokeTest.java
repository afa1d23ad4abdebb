package io.selfhosted.pulumi.ecs.testing;

import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.core.annotations.Import;
import com.pulumi.deployment.Deployment;
import com.pulumi.resources.InvokeArgs;
import io.selfhosted.pulumi.ecs.testing.aws.FakeAws;
import org.junit.jupiter.api.Test;

import javax.annotation.Nullable;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invokes made by a program reach the fake AWS through the mock engine. */
class FakeAwsInvokeTest {

    /** Arguments of data sources looked up by id. */
    static final class ByIdArgs extends InvokeArgs {
        @Import(name = "id")
        @Nullable
        private final Output<String> id;

        ByIdArgs(String id) {
            this.id = Output.of(id);
        }
    }

    private static Output<Map<String, Object>> invoke(String token, InvokeArgs args) {
        return Deployment.getInstance().invoke(token, TypeShape.map(String.class, Object.class), args);
    }

    @Test
    void programsSeeTheFakeAnswers() {
        var plan = PlanRunner.create().config("aws:region", "eu-central-1").run(ctx -> {
            var first = invoke("aws:ec2/getSubnet:getSubnet", new ByIdArgs("subnet-a"));
            var second = invoke("aws:ec2/getSubnet:getSubnet", new ByIdArgs("subnet-b"));
            ctx.export("firstZone", first.applyValue(r -> r.get("availabilityZone")));
            ctx.export("secondZone", second.applyValue(r -> r.get("availabilityZone")));
            ctx.export("account", invoke("aws:index/getCallerIdentity:getCallerIdentity", InvokeArgs.Empty)
                    .applyValue(r -> r.get("accountId")));
            ctx.export("unknownToken", invoke("vendor:index:getNothing", InvokeArgs.Empty));
        }).requireSuccess();

        assertThat(plan.output("firstZone").value()).asString().startsWith("eu-central-1");
        assertThat(plan.output("secondZone").value()).asString().startsWith("eu-central-1")
                .isNotEqualTo(plan.output("firstZone").value());
        assertThat(plan.output("account").value()).isEqualTo("123456789012");
        assertThat(plan.output("unknownToken").value()).isEqualTo(Map.of());
    }

    @Test
    void overriddenInvokesReachThePrograms() {
        var fake = FakeAws.builder().accountId("999988887777")
                .onInvoke("aws:route53/getZone:getZone", args -> Map.of("zoneId", "ZCUSTOM", "name", args.get("id")))
                .build();

        var plan = PlanRunner.create().fakeAws(fake).run(ctx -> {
            ctx.export("zone", invoke("aws:route53/getZone:getZone", new ByIdArgs("corp.example"))
                    .applyValue(r -> r.get("zoneId") + "/" + r.get("name")));
            ctx.export("roleArn", new TestResource("aws:iam/role:Role", "r", TestArgs.empty().name("x")).arn());
        }).requireSuccess();

        assertThat(plan.output("zone").value()).isEqualTo("ZCUSTOM/corp.example");
        assertThat(plan.output("roleArn").value()).isEqualTo("arn:aws:iam::999988887777:role/x");
    }
}
