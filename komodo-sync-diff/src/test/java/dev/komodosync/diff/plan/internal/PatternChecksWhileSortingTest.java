package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A batch pattern met while another thread sorts its kind's names is tried once they are sorted
 * ({@code ReferenceChecks.finish}), not waited for: the diagnostics are those of checks that
 * found the names sorted.
 */
class PatternChecksWhileSortingTest {

    private static final String FILES = """
            [[deployment]]
            name = "api"
            [[deployment]]
            name = "web-1"
            [[procedure]]
            name = "first"
            [[procedure.config.stage]]
            name = "s"
            executions = [
              { execution.type = "BatchDeploy", execution.params.pattern = "api, web-*, nope-*" },
            ]
            [[procedure]]
            name = "second"
            [[procedure.config.stage]]
            name = "s"
            executions = [
              { execution.type = "BatchDeploy", execution.params.pattern = "nope-*, \\\\^gone-[0-9]+$\\\\" },
              { execution.type = "BatchDestroyDeployment", execution.params.pattern = "web-*" },
            ]
            """;

    // A check that waited for the names another thread claimed would never end: a guard against
    // that hang, not a measure of speed.
    @Test
    @Timeout(60)
    void patternsMetWhileTheirKindIsSortedElsewhereGiveTheSameDiagnosticsOnceItIs() {
        LoadResult loaded = SyncLoader.create().loadString("sync.toml", FILES);
        assertThat(loaded.errors()).isEmpty();
        ResourceKinds kinds = ResourceKinds.discover();

        List<Diagnostic> sortedFirst = new ArrayList<>();
        ReferenceChecks plain = new ReferenceChecks(new ResourceIndex(loaded.declaration(), Snapshot.empty(), kinds),
                sortedFirst);
        for (DeclaredResource<?> resource : loaded.declaration().resources()) {
            plain.check(resource);
        }
        plain.finish();

        ResourceIndex index = new ResourceIndex(loaded.declaration(), Snapshot.empty(), kinds);
        Runnable sortElsewhere = index.claimSort(KomodoKinds.DEPLOYMENT);
        List<Diagnostic> putOff = new ArrayList<>();
        ReferenceChecks checks = new ReferenceChecks(index, putOff);
        for (DeclaredResource<?> resource : loaded.declaration().resources()) {
            checks.check(resource);
        }
        assertThat(putOff).as("nothing decided while the names are being sorted").isEmpty();
        sortElsewhere.run();
        checks.finish();

        assertThat(sortedFirst).extracting(Diagnostic::code).containsOnly(DiagnosticCode.PATTERN_MATCHES_NOTHING).hasSize(3);
        assertThat(sort(putOff)).isEqualTo(sort(sortedFirst));
    }

    private static List<Diagnostic> sort(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.ORDER);
        return sorted;
    }
}
