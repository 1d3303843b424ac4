package dev.komodosync.parser.internal;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the {@code .toml} files under the paths a user gives (behaviour §1.6): a file is read if
 * its extension is exactly {@code toml}; a folder is walked recursively, hidden folders included,
 * following symbolic links as Komodo does — but a link that loops back, or leads outside the
 * folder, is an error instead of a hang. Files are returned in sorted path order, not directory
 * order (a departure: plans are deterministic).
 */
public final class FileWalker {

    /**
     * A file to read.
     *
     * @param path where it is
     * @param name how diagnostics name it: the path as given, joined with the path inside the
     *     given folder, with {@code /} separators
     */
    public record SourceFile(Path path, String name) {}

    /**
     * What a walk found.
     *
     * @param files the files to read, in order
     * @param diagnostics missing paths, loops, escapes, skipped files
     */
    public record Walk(List<SourceFile> files, List<Diagnostic> diagnostics) {}

    private FileWalker() {}

    /** Walks {@code paths} in the order given. */
    public static Walk walk(List<Path> paths) {
        List<SourceFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path given : paths) {
            String shown = slashes(given.toString());
            if (!Files.exists(given) && Files.isSymbolicLink(given)) {
                diagnostics.add(leadsNowhere(shown));
            } else if (!Files.exists(given)) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.PATH_NOT_FOUND, "path `" + shown + "` does not exist")
                        .withHint("give a sync folder or a .toml file"));
            } else if (Files.isDirectory(given)) {
                walkFolder(given, shown, files, diagnostics);
            } else if (isToml(given) && !Files.isRegularFile(given)) {
                diagnostics.add(notAFile(shown));
            } else if (isToml(given)) {
                files.add(new SourceFile(given, shown));
            } else {
                diagnostics.add(Diagnostic.of(DiagnosticCode.NOT_TOML, "skipped `" + shown
                        + "`: only files ending in .toml are read, as in Komodo"));
            }
        }
        return new Walk(List.copyOf(files), List.copyOf(diagnostics));
    }

    private static void walkFolder(Path root, String shown, List<SourceFile> files, List<Diagnostic> diagnostics) {
        List<SourceFile> found = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            diagnostics.add(readFailed(shown, e));
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (!dir.toRealPath().startsWith(realRoot)) {
                        diagnostics.add(escapes(name(root, shown, dir)));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (!attributes.isRegularFile() && isToml(file)) {
                        String name = name(root, shown, file);
                        diagnostics.add(attributes.isSymbolicLink() ? leadsNowhere(name) : notAFile(name));
                    } else if (attributes.isRegularFile() && isToml(file)) {
                        if (!file.toRealPath().startsWith(realRoot)) {
                            diagnostics.add(escapes(name(root, shown, file)));
                        } else {
                            found.add(new SourceFile(file, name(root, shown, file)));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    if (failure instanceof FileSystemLoopException) {
                        diagnostics.add(Diagnostic.of(DiagnosticCode.SYMLINK_LOOP, "`" + name(root, shown, file)
                                        + "` links back to a folder that contains it; not followed")
                                .at(new SourceLocation(name(root, shown, file), 1, 1))
                                .withHint("remove the link, or point it somewhere else"));
                    } else if (isToml(file) || Files.isDirectory(file)) {
                        diagnostics.add(readFailed(name(root, shown, file), failure));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(readFailed(shown, e));
        }
        found.sort(ByName.INSTANCE);
        files.addAll(found);
    }

    private static Diagnostic leadsNowhere(String name) {
        return Diagnostic.of(DiagnosticCode.NOT_A_FILE, "`" + name + "` is a link that leads nowhere (its target is"
                        + " missing, or the link loops); not read")
                .withHint("remove the link, or point it at a sync file");
    }

    private static Diagnostic notAFile(String name) {
        return Diagnostic.of(DiagnosticCode.NOT_A_FILE, "`" + name + "` is not a regular file (a FIFO, a device or a"
                        + " socket); not read")
                .withHint("give sync files and folders only");
    }

    private static Diagnostic escapes(String name) {
        return Diagnostic.of(DiagnosticCode.PATH_ESCAPES_ROOT, "`" + name
                        + "` is a link to a place outside the sync folder; not followed")
                .at(new SourceLocation(name, 1, 1))
                .withHint("keep every sync file inside the folder given");
    }

    public static Diagnostic readFailed(String name, IOException failure) {
        return Diagnostic.of(DiagnosticCode.READ_FAILED, "cannot read `" + name + "`: " + describe(failure));
    }

    private static String describe(IOException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private static boolean isToml(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(".toml") && name.toString().length() > 5;
    }

    private static String name(Path root, String shown, Path file) {
        String relative = slashes(root.relativize(file).toString());
        if (relative.isEmpty()) {
            return shown;
        }
        return shown.endsWith("/") ? shown + relative : shown + "/" + relative;
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    /** Files by name; a named class, as a lambda links a call site at start (docs/architecture.md, "Start-up path"). */
    private static final class ByName implements Comparator<SourceFile> {
        static final ByName INSTANCE = new ByName();

        @Override
        public int compare(SourceFile a, SourceFile b) {
            return a.name().compareTo(b.name());
        }
    }
}
