package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md documents every code, with its name and severity, and nothing else. */
class DiagnosticsDocumentTest {

    @Test
    void everyCodeIsDocumentedAsItIs() throws IOException {
        String document = Files.readString(Path.of("../docs/diagnostics.md"));
        Matcher rows = Pattern.compile("\\| (KS\\d{3}) \\| ([a-z0-9-]+) \\| ([a-z /]+) \\|").matcher(document);
        int documented = 0;
        while (rows.find()) {
            documented++;
            String code = rows.group(1);
            DiagnosticCode match = java.util.Arrays.stream(DiagnosticCode.values()).filter(c -> c.code().equals(code))
                    .findFirst().orElseThrow(() -> new AssertionError("documented but not a code: " + code));
            assertThat(rows.group(2)).as(code).isEqualTo(match.slug());
            assertThat(rows.group(3)).as(code).contains(match.severity().label());
        }
        assertThat(documented).isEqualTo(DiagnosticCode.values().length);
    }
}
