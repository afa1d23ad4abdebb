package io.selfhosted.pulumi.ecs.testing;

import io.selfhosted.pulumi.ecs.testing.aws.AwsTypes;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CreationTimesTest {

    @Test
    void everyFigureIsForAKnownTypeAndSaysWhereItComesFrom() throws IllegalAccessException {
        Set<String> types = new HashSet<>();
        for (Field field : AwsTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                types.add((String) field.get(null));
            }
        }
        assertThat(CreationTimes.BY_TYPE).isNotEmpty().allSatisfy((type, figure) -> {
            assertThat(types).as("AwsTypes constant for %s", type).contains(type);
            assertThat(figure.typical()).as(type).isPositive().isLessThan(Duration.ofHours(1));
            assertThat(figure.source()).as(type).isNotBlank();
        });
        assertThat(CreationTimes.of("aws:unlisted/type:Type")).isSameAs(CreationTimes.OTHER);
    }

    @Test
    void durationsReadAsMinutesAndSeconds() {
        assertThat(PlanGantt.minutes(Duration.ofSeconds(895))).isEqualTo("14 min 55 s");
        assertThat(PlanGantt.minutes(Duration.ofMinutes(3))).isEqualTo("3 min");
        assertThat(PlanGantt.minutes(Duration.ofSeconds(5))).isEqualTo("5 s");
    }
}
