package io.selfhosted.pulumi.ecs.secrets;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated passwords meet what their services demand. */
class GeneratedPasswordTest {
    @RepeatedTest(50)
    void aSearchPasswordHasEveryCharacterClassOpenSearchAsksFor() {
        String password = GeneratedPassword.forSearch();

        assertThat(password).hasSize(GeneratedPassword.LENGTH)
                .containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]").containsPattern("[-._~]")
                .matches("^[A-Za-z0-9._~-]+$");
    }
}
