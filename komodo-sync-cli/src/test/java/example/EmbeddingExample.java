package example;

import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.PrintStream;
import java.nio.file.Path;

/** The embedding example of README.md, compiled and run by {@code ReadmeTest}. */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    // README:begin
    static int plan(Path syncFolder, Path snapshotFile, PrintStream out) {
        LoadResult files = SyncLoader.create().load(syncFolder);
        SnapshotResult state = SnapshotReader.create().read(snapshotFile);
        files.diagnostics().forEach(System.err::println);    // file:line:col: severity: message
        state.diagnostics().forEach(System.err::println);
        if (files.hasErrors() || state.hasErrors()) {
            return 1;
        }
        SyncOptions options = SyncOptions.builder().delete(true).includeVariables(true).build();
        PlanResult result = Planner.plan(files.declaration(), state.snapshot(), options);
        result.diagnostics().forEach(System.err::println);
        if (result.plan().isEmpty()) {
            return 1;
        }
        out.print(PlanText.render(result.plan().get(), false));
        return result.plan().get().hasChanges() ? 2 : 0;
    }
    // README:end
}
