package io.selfhosted.pulumi.ecs.examples.minimal;

import io.selfhosted.pulumi.ecs.testing.Plan;
import io.selfhosted.pulumi.ecs.testing.PlanRunner;
import io.selfhosted.pulumi.ecs.testing.PlanTree;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

class SmokeTest {
    @Test
    void runs() {
        Plan plan = PlanRunner.create().projectDir(Path.of(".")).configFile(Path.of("Pulumi.sample.yaml")).run(App::stack);
        plan.exceptions().forEach(Throwable::printStackTrace);
        System.out.println(PlanTree.render(plan)); try { java.nio.file.Files.writeString(Path.of("/tmp/plan.json"), io.selfhosted.pulumi.ecs.testing.PlanJson.render(plan)); } catch (Exception e) { throw new RuntimeException(e); }
        plan.requireSuccess();
    }
}
