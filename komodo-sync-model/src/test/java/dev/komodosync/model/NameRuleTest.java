package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How Komodo rewrites names on create (behaviour §4.5). */
class NameRuleTest {

    @ParameterizedTest(name = "{0}: \"{1}\" → \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "DOCKER_COMPATIBLE    | My App      | my_app",
        "DOCKER_COMPATIBLE    | ' web '     | web",
        "DOCKER_COMPATIBLE    | _-api.v2    | api_v2",
        "DOCKER_COMPATIBLE    | caf\u00e9   | caf_",
        "CONTAINER_COMPATIBLE | My App      | My_App",
        "CONTAINER_COMPATIBLE | .api-1.0    | api-1.0",
        "CONTAINER_COMPATIBLE | caf\u00e9   | caf_",
        "PATH_COMPATIBLE      | ' my repo ' | my_repo",
        "GENERAL              | ' My App '  | My App",
        "GENERAL              | a\\nb       | a_b",
    })
    void rewritesAsKomodoDoes(NameRule rule, String name, String expected) {
        assertThat(rule.apply(name.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
