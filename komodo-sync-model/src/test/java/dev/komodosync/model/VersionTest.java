package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Komodo's version strings (behaviour §2.3). */
class VersionTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"1.2.3, 1.2.3", "1, 1.0.0", "1.2, 1.2.0", "1.2.3.4, 1.2.3", "0.0.0, 0.0.0", "10.20.30, 10.20.30",
            "+1.2.3, 1.2.3"})
    void parsesLikeKomodo(String text, String expected) {
        assertThat(Version.parse(text)).map(Version::toString).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", "v1.2", "1..2", "1.x", " 1.2", "1.2 ", "99999999999.1", "-.1", "1.+", "1.2.-", "+-1", "\u0661.2"})
    void rejectsWhatKomodoRejects(String text) {
        assertThat(Version.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0.0.0, true", "0.0.1, false", "1.0.0, false"})
    void noneIsZeroZeroZero(String text, boolean none) {
        assertThat(Version.parse(text).orElseThrow().isNone()).isEqualTo(none);
    }
}
