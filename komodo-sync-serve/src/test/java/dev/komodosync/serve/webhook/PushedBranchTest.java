package dev.komodosync.serve.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PushedBranchTest {

    @ParameterizedTest
    @CsvSource({
        "refs/heads/main, main",
        "refs/heads/feature/x, feature/x",
        "refs/tags/v1, refs/tags/v1",
        "refs/heads/refs/heads/odd, odd",
    })
    void stripsEveryRefsHeadsPrefix(String ref, String branch) {
        byte[] body = ("{\"ref\":\"" + ref + "\",\"after\":\"abc\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(PushedBranch.of(body)).contains(branch);
    }

    @Test
    void aBodyWithoutRefNamesNoBranch() {
        assertThat(PushedBranch.of("{\"zen\":\"Keep it simple\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PushedBranch.of("{\"ref\":7}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PushedBranch.of("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PushedBranch.of(new byte[0])).isEmpty();
    }
}
