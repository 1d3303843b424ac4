package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void printsLikeACompiler() {
        Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_FIELD, "unknown field `adress` in [server.config]")
                .at(new SourceLocation("servers.toml", 6, 1))
                .withHint("did you mean `address`?");
        assertThat(d).hasToString("servers.toml:6:1: warning: unknown field `adress` in [server.config] [KS201]\n"
                + "  hint: did you mean `address`?");
    }

    @Test
    void codesAreUniqueAndInTheirRanges() {
        List<DiagnosticCode> codes = Arrays.asList(DiagnosticCode.values());
        Set<String> seen = new HashSet<>();
        for (DiagnosticCode code : codes) {
            assertThat(seen.add(code.code())).as("duplicate %s", code).isTrue();
            assertThat(code.code()).matches("KS[1-6][0-9]{2}");
            assertThat(code.slug()).matches("[a-z0-9-]+");
        }
        assertThat(DiagnosticCode.UNKNOWN_FIELD.code()).startsWith("KS2");
        assertThat(DiagnosticCode.TOML_SYNTAX.code()).startsWith("KS1");
        assertThat(DiagnosticCode.DEPENDENCY_CYCLE.code()).startsWith("KS4");
    }

    @Test
    void sortsByLocation() {
        Diagnostic later = Diagnostic.of(DiagnosticCode.WRONG_TYPE, "b").at(new SourceLocation("a.toml", 9, 1));
        Diagnostic earlier = Diagnostic.of(DiagnosticCode.WRONG_TYPE, "a").at(new SourceLocation("a.toml", 2, 1));
        Diagnostic unlocated = Diagnostic.of(DiagnosticCode.OPTION_CONFLICT, "c");
        assertThat(List.of(later, earlier, unlocated).stream().sorted(Diagnostic.ORDER).toList())
                .containsExactly(unlocated, earlier, later);
    }

    @Test
    void aMessageOrHintFromAHugeKeyIsCutWithItsLength() {
        String key = "k".repeat(1 << 20);
        Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_FIELD, "unknown field `" + key + "`").withHint(key);
        int length = ("unknown field `" + key + "`").length();
        assertThat(d.message()).startsWith("unknown field `kkk");
        assertThat(d.message().substring(Diagnostic.MAX_TEXT)).isEqualTo("… (" + length + " characters)");
        assertThat(d.hint().orElseThrow().substring(Diagnostic.MAX_TEXT)).isEqualTo("… (1048576 characters)");
        assertThat(Diagnostic.of(DiagnosticCode.UNKNOWN_FIELD, "short").message()).isEqualTo("short");
    }
}
