package dev.komodosync.diff.export.internal;

import dev.komodosync.diff.export.WriteBackResult;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The proof a write-back owes before it writes: the edited files, read again as the loader reads
 * them, must plan empty against what exists. Not API.
 */
final class WriteBackProof {

    private WriteBackProof() {}

    /**
     * The problems of {@code updates} to the sync files under {@code folder}: none when the edited
     * folder — read again from a copy, the folder itself untouched — loads and plans empty against
     * {@code snapshot}.
     */
    static List<Diagnostic> check(Path folder, List<WriteBackResult.FileUpdate> updates, Snapshot snapshot,
            SyncOptions planOptions) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path copy;
        try {
            copy = Files.createTempDirectory("komodo-sync-write-back");
            try {
                copyTree(folder, copy);
                for (WriteBackResult.FileUpdate update : updates) {
                    Path target = copy.resolve(folder.toAbsolutePath().normalize()
                            .relativize(update.path().toAbsolutePath().normalize()).toString());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, update.after(), StandardCharsets.UTF_8);
                }
                LoadResult again = SyncLoader.create().load(copy);
                if (again.hasErrors()) {
                    // name the file the user has, never the temporary copy, and say why
                    String copyName = copy.toString().replace('\\', '/');
                    String folderName = folder.toString().replace('\\', '/');
                    again.errors().forEach(e -> diagnostics.add(Diagnostic.of(DiagnosticCode.WRITE_BACK_REFUSED,
                            "the written files would not read: " + e.message().replace(copyName, folderName)
                                    + e.location().map(l -> " (" + l.toString().replace(copyName, folderName) + ", "
                                            + e.code().code() + ")").orElse(" (" + e.code().code() + ")"))
                            .withHint("nothing was written; this is a bug in write-back if the files were valid: please"
                                    + " report it")));
                    return diagnostics;
                }
                PlanResult result = Planner.plan(again.declaration(), snapshot, planOptions);
                Optional<Plan> plan = result.plan();
                if (plan.isEmpty()) {
                    result.diagnostics().stream().filter(Diagnostic::isError).forEach(e -> diagnostics.add(Diagnostic.of(
                            DiagnosticCode.WRITE_BACK_REFUSED, "the written files would not plan: " + e.message())));
                    return diagnostics;
                }
                Plan left = plan.get();
                if (!left.resources().isEmpty() || !left.variables().isEmpty() || !left.userGroups().isEmpty()) {
                    List<String> remaining = new ArrayList<>();
                    left.resources().forEach(r -> remaining.add(r.action().label() + " " + r.kind().key() + " " + r.name()));
                    left.variables().forEach(v -> remaining.add(v.action().label() + " variable " + v.name()));
                    left.userGroups().forEach(g -> remaining.add(g.action().label() + " user group " + g.name()));
                    diagnostics.add(Diagnostic.of(DiagnosticCode.WRITE_BACK_REFUSED,
                            "the written files would still plan changes: " + String.join(", ", remaining))
                            .withHint("nothing was written; rewrite these declarations by hand, or export them"));
                }
            } finally {
                deleteTree(copy);
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.WRITE_BACK_REFUSED, "cannot check the written files: " + e.getMessage()));
        }
        return diagnostics;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to.resolve(from.getFileName().toString()));
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
