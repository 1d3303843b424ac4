package dev.komodosync.diff.export;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.export.internal.WriteBackRun;
import dev.komodosync.model.Snapshot;
import java.nio.file.Path;

/**
 * Writes what exists back into the sync files it was declared in — Komodo's "managed mode",
 * for any number of files (Komodo writes one; its issues #978 and #1109 ask for more).
 *
 * <pre>{@code
 * WriteBackResult result = WriteBack.prepare(Path.of("sync"), snapshot, WriteBackOptions.of(ExportOptions.defaults()));
 * result.diagnostics().forEach(System.err::println);
 * if (!result.refused()) {
 *     result.write();
 * }
 * }</pre>
 *
 * <p>Each resource's block is updated in place in the file that declares it: only the
 * statements of changed fields change; comments, blank lines and other blocks stay byte for byte.
 * Blocks of resources that no longer exist are removed; resources no file declares go into the
 * file {@link WriteBackOptions#newFileTemplate()} names. The result must read back and plan empty
 * against the snapshot, or the write-back is refused and nothing is to be written.
 */
public final class WriteBack {

    private WriteBack() {}

    /** Prepares the write-back of {@code snapshot} into the sync files under {@code syncFolder}; writes nothing. */
    public static WriteBackResult prepare(Path syncFolder, Snapshot snapshot, WriteBackOptions options) {
        requireNonNull(syncFolder, "syncFolder");
        requireNonNull(snapshot, "snapshot");
        requireNonNull(options, "options");
        return new WriteBackRun(syncFolder, snapshot, options).prepare();
    }
}
