package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
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
    void orderAgreesWithTheComparatorCombinatorsItWritesOut() {
        // ORDER is written out (no lambdas on the start-up path, docs/architecture.md); it must order
        // exactly as location (unlocated first), then code, then message.
        Comparator<Diagnostic> combinators = Comparator
                .comparing((Diagnostic d) -> d.location().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Diagnostic::code)
                .thenComparing(Diagnostic::message);
        Random random = new Random(19);
        DiagnosticCode[] codes = DiagnosticCode.values();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Diagnostic d = Diagnostic.of(codes[random.nextInt(4)], "m" + random.nextInt(3));
            if (random.nextInt(4) > 0) {
                d = d.at(new SourceLocation("f" + random.nextInt(3) + ".toml", 1 + random.nextInt(3), 1 + random.nextInt(3)));
            }
            diagnostics.add(d);
        }
        for (Diagnostic a : diagnostics.subList(0, 60)) {
            for (Diagnostic b : diagnostics) {
                assertThat(Integer.signum(Diagnostic.ORDER.compare(a, b)))
                        .as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(combinators.compare(a, b)));
            }
        }
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
