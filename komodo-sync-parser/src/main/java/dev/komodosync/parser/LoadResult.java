package dev.komodosync.parser;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What loading sync files gave: the declaration, every diagnostic of the run in print order, and
 * the files read. With errors the declaration holds what could be bound, for tools that want to
 * show it; a planner must not plan from it.
 *
 * @param declaration what the files declare
 * @param diagnostics every problem found, sorted by file, line and column
 * @param files the files read, in the order they were read, as diagnostics name them
 * @param origin where the files came from, when a sync source read them (a git commit, ...)
 * @param texts the text of each file read and parsed, as it was parsed, in {@code files}' order,
 *     when the loader was asked to keep them ({@link SyncLoader.Builder#keepTexts(boolean)}; a
 *     sync source's files held in memory, from a git commit or inline contents, always come with
 *     theirs); else empty. For a printer of diagnostics to echo the lines that were read
 *     ({@code DiagnosticPrinter.Builder#from}), not the files as they are by then.
 */
public record LoadResult(Declaration declaration, List<Diagnostic> diagnostics, List<String> files,
        Optional<SourceOrigin> origin, List<SourceText> texts) {

    /** Checks and copies the arguments. */
    public LoadResult {
        requireNonNull(declaration, "declaration");
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        requireNonNull(origin, "origin");
        texts = List.copyOf(texts);
    }

    /** A result without texts. */
    public LoadResult(Declaration declaration, List<Diagnostic> diagnostics, List<String> files,
            Optional<SourceOrigin> origin) {
        this(declaration, diagnostics, files, origin, List.of());
    }

    /** A result whose origin is not known (files given by path), without texts. */
    public LoadResult(Declaration declaration, List<Diagnostic> diagnostics, List<String> files) {
        this(declaration, diagnostics, files, Optional.empty());
    }

    /** This result, saying where its files came from. */
    public LoadResult withOrigin(SourceOrigin value) {
        return new LoadResult(declaration, diagnostics, files, Optional.of(value), texts);
    }

    /** The result's parts, its texts only counted: they hold the files' secrets as written. */
    @Override
    public String toString() {
        return "LoadResult[declaration=" + declaration + ", diagnostics=" + diagnostics + ", files=" + files
                + ", origin=" + origin + ", texts=" + texts.size() + " kept]";
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The error diagnostics. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
