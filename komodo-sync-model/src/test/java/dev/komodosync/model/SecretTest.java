package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.config.AlerterEndpoint;
import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void toStringIsMasked() {
        assertThat(Secret.of("hunter2")).hasToString("***");
    }

    @Test
    void revealGivesTheValue() {
        assertThat(Secret.of("hunter2").reveal()).isEqualTo("hunter2");
    }

    @Test
    void recordsHoldingSecretsPrintThemMasked() {
        AlerterEndpoint slack = new AlerterEndpoint.Slack(Secret.of("https://hooks.slack.com/services/T1/B2/token"));
        Variable variable = Variable.of("API_TOKEN", "s3cr3t", true);
        assertThat(slack.toString()).doesNotContain("token").contains("***");
        assertThat(variable.toString()).doesNotContain("s3cr3t").contains("***");
    }

    @Test
    void equalityIsByValue() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
        assertThat(Secret.of("")).isSameAs(Secret.empty());
    }

    @Test
    void digestIsTheSha256OfTheValue() {
        assertThat(Secret.of("abc").digest())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secret.of("abc").digest()).isNotEqualTo(Secret.of("abd").digest());
    }
}
