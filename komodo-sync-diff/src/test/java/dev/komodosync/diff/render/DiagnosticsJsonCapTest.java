package dev.komodosync.diff.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --format json} is bounded as the text output is: at most 50 diagnostics of one code in one
 * file, then one {@code diagnostics_omitted} entry saying how many more (formats §2, additive). The
 * issue's one-line array of a million elements gave one diagnostic per element.
 */
class DiagnosticsJsonCapTest {

    private static List<Diagnostic> manyOnOneLine(String file, DiagnosticCode code, int count) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            diagnostics.add(Diagnostic.of(code, "element " + i + " of `links` must be a string, found an integer")
                    .at(new SourceLocation(file, 3, 16 + 3 * i)));
        }
        return diagnostics;
    }

    @Test
    void atMostFiftyOfOneCodeInOneFileThenHowManyMore() throws Exception {
        List<Diagnostic> diagnostics = new ArrayList<>(manyOnOneLine("a.toml", DiagnosticCode.WRONG_TYPE, 10_000));
        diagnostics.addAll(manyOnOneLine("b.toml", DiagnosticCode.WRONG_TYPE, 3));
        diagnostics.add(Diagnostic.of(DiagnosticCode.LIMIT_EXCEEDED, "no location"));
        JsonNode document = new ObjectMapper().readTree(PlanJson.renderErrors(diagnostics));
        assertThat(document.get("diagnostics")).hasSize(50 + 3 + 1);
        assertThat(document.get("diagnostics").get(49).get("message").asText()).startsWith("element 49 ");
        JsonNode omitted = document.get("diagnostics_omitted");
        assertThat(omitted).hasSize(1);
        assertThat(omitted.get(0).get("file").asText()).isEqualTo("a.toml");
        assertThat(omitted.get(0).get("code").asText()).isEqualTo(DiagnosticCode.WRONG_TYPE.code());
        assertThat(omitted.get(0).get("count").asInt()).isEqualTo(10_000 - 50);
    }

    @Test
    void nothingLeftOutAddsNoField() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                PlanJson.renderErrors(manyOnOneLine("a.toml", DiagnosticCode.WRONG_TYPE, 50)));
        assertThat(document.get("diagnostics")).hasSize(50);
        assertThat(document.has("diagnostics_omitted")).isFalse();
    }
}
