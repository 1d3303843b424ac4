package dev.komodosync.diff.snapshot;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.snapshot.internal.SnapshotParsing;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.LoadOptions;
import dev.komodosync.parser.internal.FirstBadByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a snapshot file — what a Komodo Core holds, in Komodo's own API JSON (formats.md §1) —
 * into a {@link dev.komodosync.model.Snapshot}.
 *
 * <pre>{@code
 * SnapshotResult result = SnapshotReader.create().read(Path.of("state.json"));
 * if (result.hasErrors()) {
 *     result.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Each resource kind is read from its plural key ({@code servers}, {@code resource_syncs},
 * a plug-in kind's own plural key), its {@code config} bound to the kind's config type with the
 * kind's defaults for what is absent, and its tag ids turned into names through {@code tags}
 * (ids naming no tag are dropped, as Komodo does). Reference fields keep the ids Komodo stores.
 * Every key is optional, {@code null} means absent, unknown keys are ignored.
 *
 * <p>Reading never throws for bad content: an unreadable file, text that is not JSON, and values
 * of the wrong type are {@link dev.komodosync.model.Diagnostic}s, the last located at the value and
 * named by JSON pointer ({@code /deployments/3/config/network}). Reading goes on after a wrong type
 * and reports every one. The file is streamed: memory holds the snapshot, never the whole JSON
 * tree. With more than one processor, each read binds what it has read on a second thread of its
 * own (a daemon, ended before the read returns) while it reads on, in stream order. Results are
 * deterministic: resources by kind in the registry's order, each kind in file order. Instances
 * are immutable and may be shared between threads.
 */
public final class SnapshotReader {

    private final ResourceKinds kinds;
    private final long maxBytes;
    private final SnapshotParsing.JsonLimits limits;

    private SnapshotReader(ResourceKinds kinds, LoadOptions options) {
        this.kinds = kinds;
        this.maxBytes = options.maxSnapshotBytes();
        this.limits = new SnapshotParsing.JsonLimits(options.maxSnapshotBytes(), options.maxSnapshotStringLength(),
                options.maxSnapshotNumberLength(), options.maxSnapshotDepth());
    }

    /** A reader for the kinds every provider on the class path contributes ({@link ResourceKinds#discover()}). */
    public static SnapshotReader create() {
        return create(LoadOptions.defaults());
    }

    /**
     * A reader as {@link #create()}, keeping to {@code options}' snapshot limits, each exceeded a
     * located {@code KS305}: files larger than {@link LoadOptions#maxSnapshotBytes()} are not read
     * (and no stream or text is read beyond as many characters); a string or key longer than
     * {@link LoadOptions#maxSnapshotStringLength()}, a number longer than
     * {@link LoadOptions#maxSnapshotNumberLength()} or nesting deeper than
     * {@link LoadOptions#maxSnapshotDepth()} stops the read where it is met.
     */
    public static SnapshotReader create(LoadOptions options) {
        return new SnapshotReader(ResourceKinds.discover(), requireNonNull(options, "options"));
    }

    /** A reader for exactly {@code kinds}; the keys of other kinds are ignored like any unknown key. */
    public static SnapshotReader withKinds(ResourceKinds kinds) {
        return new SnapshotReader(requireNonNull(kinds, "kinds"), LoadOptions.defaults());
    }

    /**
     * Reads the snapshot file {@code file}, which diagnostics name by the path as given, with
     * {@code /} separators. A file that cannot be read gives a {@code KS303} diagnostic.
     */
    public SnapshotResult read(Path file) {
        requireNonNull(file, "file");
        String name = file.toString().replace('\\', '/');
        if (!Files.isRegularFile(file) && !Files.isDirectory(file) && (Files.exists(file) || Files.isSymbolicLink(file))) {
            // never open a FIFO or device: the read would block, or never end
            return new SnapshotResult(Snapshot.empty(), List.of(Diagnostic.of(DiagnosticCode.NOT_A_FILE,
                    "snapshot `" + name + "` is not a regular file (a FIFO, a device, or a link leading nowhere); not read")
                    .withHint("give a snapshot file")));
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                return new SnapshotResult(Snapshot.empty(), List.of(Diagnostic.of(DiagnosticCode.SNAPSHOT_TOO_LARGE,
                        "snapshot `" + name + "` is " + Files.size(file) + " bytes, larger than " + maxBytes + "; not read")
                        .withHint("raise the limit with --max-snapshot-bytes (LoadOptions.maxSnapshotBytes) if it is meant")));
            }
        } catch (IOException e) {
            return readFailed(name, e);
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return readFailed(name, e);
        }
        SnapshotResult result;
        try (in) {
            result = read(name, in);
        } catch (IOException closing) {
            return readFailed(name, closing);
        }
        return locateBadByte(file, name, result);
    }

    /** A file that is not UTF-8 gets the place of its first bad byte, found by reading it once more. */
    private static SnapshotResult locateBadByte(Path file, String name, SnapshotResult result) {
        boolean badByte = false;
        for (Diagnostic d : result.diagnostics()) {
            badByte |= isBadByte(d);
        }
        if (!badByte) {
            return result;
        }
        Optional<SourceLocation> at;
        try (InputStream again = Files.newInputStream(file)) {
            at = FirstBadByte.locate(name, again);
        } catch (IOException e) {
            return result;
        }
        List<Diagnostic> located = new ArrayList<>(result.diagnostics().size());
        for (Diagnostic d : result.diagnostics()) {
            located.add(isBadByte(d) ? d.at(at) : d);
        }
        return new SnapshotResult(result.snapshot(), located);
    }

    /** Whether {@code d} says the file is not UTF-8, without saying where. */
    private static boolean isBadByte(Diagnostic d) {
        return d.location().isEmpty() && d.message().endsWith("is not valid UTF-8");
    }

    /** Reads a snapshot from {@code json}; diagnostics name it {@code name}. */
    public SnapshotResult read(String name, String json) {
        requireNonNull(name, "name");
        requireNonNull(json, "json");
        return SnapshotParsing.parse(name, new StringReader(json), kinds, limits);
    }

    /**
     * Reads a snapshot from {@code json}, UTF-8 encoded, to its end; diagnostics name it
     * {@code name}. The stream is not closed.
     */
    public SnapshotResult read(String name, InputStream json) {
        requireNonNull(name, "name");
        requireNonNull(json, "json");
        return SnapshotParsing.parse(name, json, kinds, limits);
    }

    private static SnapshotResult readFailed(String name, IOException e) {
        Diagnostic failure = Diagnostic.of(DiagnosticCode.SNAPSHOT_READ_FAILED, SnapshotParsing.cannotRead(name, e)).withHint(SnapshotParsing.READ_HINT);
        return new SnapshotResult(Snapshot.empty(), List.of(failure));
    }
}
