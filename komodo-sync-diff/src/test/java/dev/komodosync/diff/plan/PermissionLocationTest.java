package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** A permission target that matches nothing is reported at its own pattern, on its own line. */
class PermissionLocationTest {

    @Test
    void theSecondOfTwoOneLinePermissionsIsReportedOnItsOwnLine() {
        PlanResult result = Planner.plan(declare("""
                [[user_group]]
                name = "ops"
                permissions = [
                  { target.type = "Server", target.id = "nope1", level = "Read" },
                  { target.type = "Server", target.id = "nope2", level = "Read" },
                ]
                """), Snapshot.empty(), SyncOptions.builder().includeUserGroups(true).build());
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.PATTERN_MATCHES_NOTHING)
                .extracting(Diagnostic::location)
                .containsExactly(java.util.Optional.of(new SourceLocation("sync.toml", 4, 29)),
                        java.util.Optional.of(new SourceLocation("sync.toml", 5, 29)));
    }
}
