package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A huge line with a syntax error — an unterminated string of megabytes, the "50 MB
 * unterminated string: OutOfMemoryError after 9 minutes" — is one located error, found by the
 * one-pass reader; the error-recovering reader, whose cost grows much faster than such a line, is
 * never given it. 1, 2 and 4 MB here; the limits keep anything larger from being read at all.
 */
class HugeBrokenLineTest {

    private static final LoadOptions ROOMY = LoadOptions.builder().maxStringLength(64 << 20).build();

    @ParameterizedTest(name = "{0} MB")
    @ValueSource(ints = {1, 2, 4})
    void anUnterminatedHugeStringIsOneLocatedError(int megabytes) {
        int length = megabytes << 20;
        LoadResult result = SyncLoader.create(ROOMY).loadString("huge.toml",
                "[[server]]\nname = \"s\"\nconfig.region = \"" + "k".repeat(length) + "\n");
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.TOML_SYNTAX);
            assertThat(d.location()).contains(new SourceLocation("huge.toml", 3, 18 + length));
            assertThat(d.message()).contains("checked no further");
        });
    }

    @ParameterizedTest(name = "{0} MB")
    @ValueSource(ints = {1, 4})
    void aValidHugeLineIsStillRead(int megabytes) {
        LoadResult result = SyncLoader.create(ROOMY).loadString("huge.toml",
                "[[server]]\nname = \"s\"\nconfig.region = \"" + "k".repeat(megabytes << 20) + "\"\n");
        assertThat(result.errors()).extracting(Diagnostic::toString).isEmpty();
        assertThat(result.declaration().resources()).hasSize(1);
    }
}
