package dev.komodosync.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Did you mean" costs no more for a key of megabytes than for a short one: work counted (cells of
 * distance tables), not time. A 4 MB unknown key used to fill 4 million cells per candidate and
 * hold them all at once (hundreds of MB).
 */
class SuggestionsWorkTest {

    private static final List<String> FIELDS = List.of("address", "region", "passkey", "enabled", "links",
            "maintenance_windows", "cpu_warning", "ignore_mounts");

    @ParameterizedTest(name = "{0} MB")
    @ValueSource(ints = {1, 2, 4})
    void aHugeUnknownKeyCostsNoDistanceTable(int megabytes) {
        String key = "k".repeat(megabytes << 20);
        assertThat(Suggestions.work(key, FIELDS)).isZero();
        assertThat(Suggestions.closest(key, FIELDS)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"regoin", "adress", "pass_key"})
    void aMisspellingIsStillFound(String misspelt) {
        assertThat(Suggestions.work(misspelt, FIELDS)).isPositive();
        assertThat(Suggestions.closest(misspelt, FIELDS)).isPresent();
    }
}
