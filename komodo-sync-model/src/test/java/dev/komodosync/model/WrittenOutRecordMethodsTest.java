package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (start-up cost, issue 19)
 * agree with what the compiler generates: a mirror record with the same components gives the
 * same hash code, and each component on its own makes two values unequal.
 */
class WrittenOutRecordMethodsTest {

    private record VersionMirror(int major, int minor, int patch) {}

    private record LocationMirror(String file, int line, int column) {}

    private record DiagnosticMirror(Severity severity, DiagnosticCode code, String message,
            Optional<SourceLocation> location, Optional<String> hint) {}

    private static final long SEED = 19L;

    @Test
    void versionsHashAsTheGeneratedMethodsWouldAndDifferByEachComponent() {
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            int major = random.nextInt(40) - 5;
            int minor = random.nextInt(1000);
            int patch = random.nextInt();
            Version version = new Version(major, minor, patch);
            assertThat(version.hashCode()).isEqualTo(new VersionMirror(major, minor, patch).hashCode());
            assertThat(version).isEqualTo(new Version(major, minor, patch)).isNotEqualTo(new Version(major + 1, minor, patch))
                    .isNotEqualTo(new Version(major, minor + 1, patch)).isNotEqualTo(new Version(major, minor, patch + 1))
                    .isNotEqualTo(null).isNotEqualTo(new VersionMirror(major, minor, patch));
        }
    }

    @Test
    void locationsHashAsTheGeneratedMethodsWouldAndDifferByEachComponent() {
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            String file = "sync/" + Integer.toString(random.nextInt(1 << 20), 36) + ".toml";
            int line = 1 + random.nextInt(10_000);
            int column = 1 + random.nextInt(300);
            SourceLocation location = new SourceLocation(file, line, column);
            assertThat(location.hashCode()).isEqualTo(new LocationMirror(file, line, column).hashCode());
            assertThat(location).isEqualTo(new SourceLocation(new String(file), line, column))
                    .isNotEqualTo(new SourceLocation(file + "x", line, column))
                    .isNotEqualTo(new SourceLocation(file, line + 1, column))
                    .isNotEqualTo(new SourceLocation(file, line, column + 1)).isNotEqualTo(null);
        }
    }

    @Test
    void diagnosticsHashAsTheGeneratedMethodsWouldAndDifferByEachComponent() {
        Random random = new Random(SEED);
        List<DiagnosticCode> codes = List.of(DiagnosticCode.values());
        for (int i = 0; i < 500; i++) {
            DiagnosticCode code = codes.get(random.nextInt(codes.size()));
            String message = "message " + random.nextInt(1000);
            Optional<SourceLocation> location = random.nextBoolean() ? Optional.empty()
                    : Optional.of(new SourceLocation("a.toml", 1 + random.nextInt(50), 1 + random.nextInt(50)));
            Optional<String> hint = random.nextBoolean() ? Optional.empty() : Optional.of("hint " + random.nextInt(9));
            Diagnostic diagnostic = new Diagnostic(code.severity(), code, message, location, hint);
            assertThat(diagnostic.hashCode())
                    .isEqualTo(new DiagnosticMirror(code.severity(), code, message, location, hint).hashCode());
            Severity other = code.severity() == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
            DiagnosticCode otherCode = codes.get((codes.indexOf(code) + 1) % codes.size());
            assertThat(diagnostic).isEqualTo(new Diagnostic(code.severity(), code, new String(message), location, hint))
                    .isNotEqualTo(diagnostic.withSeverity(other))
                    .isNotEqualTo(new Diagnostic(code.severity(), otherCode, message, location, hint))
                    .isNotEqualTo(new Diagnostic(code.severity(), code, message + ".", location, hint))
                    .isNotEqualTo(diagnostic.at(new SourceLocation("b.toml", 1, 1)))
                    .isNotEqualTo(diagnostic.withHint("another hint")).isNotEqualTo(null);
        }
    }
}
