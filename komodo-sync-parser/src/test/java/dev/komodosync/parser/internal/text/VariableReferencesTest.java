package dev.komodosync.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Severity;
import dev.komodosync.parser.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableReferencesTest {

    private final Declaration declaration = Fixtures.declaration("""
            [[variable]]
            name = "DOMAIN"
            value = "example.com"

            [[stack]]
            name = "web"
            [stack.config]
            environment = "URL = https://[[DOMAIN]]\\nTOKEN = [[API_TOKEN]]\\nDB = [[DB_URL]]"
            pre_deploy.command = "if [[ -f x ]]; then echo [[[LITERAL]]]; fi"
            project_name = "[[NOT_INTERPOLATED]]"
            """);

    @Test
    void findsPlaceholdersOfInterpolatedFieldsOnly() {
        assertThat(VariableReferences.find(declaration)).extracting(VariableReferences.Reference::name)
                .containsExactly("DOMAIN", "API_TOKEN", "DB_URL");
    }

    @Test
    void unknownNamesAreInfosAtTheField() {
        List<Diagnostic> unknown = VariableReferences.unknown(declaration, List.of("DB_URL"));
        assertThat(unknown).hasSize(1);
        Diagnostic d = unknown.get(0);
        assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_VARIABLE);
        assertThat(d.severity()).isEqualTo(Severity.INFO);
        assertThat(d.message()).isEqualTo(
                "stack `web` uses [[API_TOKEN]] in `config.environment`, which is neither declared nor an existing variable");
        assertThat(d.location().orElseThrow().line()).isEqualTo(8);
    }
}
