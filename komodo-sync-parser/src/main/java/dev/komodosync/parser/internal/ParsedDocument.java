package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.SourceLocation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One file as the TOML reader leaves it: the document as a Jackson tree (TOML date-times as POJO
 * nodes holding {@code java.time} values), where each key and array element was written, and the
 * file's syntax errors. A document with syntax errors is not bound.
 *
 * @param file the file name as diagnostics show it
 * @param root the document
 * @param positions where each key (and each element of an array) was written
 * @param syntaxErrors the file's TOML errors, located
 * @param readWithin the limits the reader kept to while reading it (it would have stopped at any key
 *     or value over them), or {@code null} where it did not: then {@link DocumentLimits#check} must
 *     walk the tree
 */
public record ParsedDocument(String file, ObjectNode root, Map<RawPath, SourceLocation> positions, List<Diagnostic> syntaxErrors,
        DocumentLimits.Limits readWithin) {

    /** Takes the positions as they are (a reader's own, fresh map), unmodifiable; copies the errors. */
    public ParsedDocument {
        positions = Collections.unmodifiableMap(positions);
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    /** A document read with no limits kept to while reading. */
    public ParsedDocument(String file, ObjectNode root, Map<RawPath, SourceLocation> positions, List<Diagnostic> syntaxErrors) {
        this(file, root, positions, syntaxErrors, null);
    }

    /**
     * Whether this document is known to be within {@code limits} without walking it: it was read
     * without error by a reader that kept to limits no looser than these.
     */
    public boolean keptTo(DocumentLimits.Limits limits) {
        return readWithin != null && syntaxErrors.isEmpty()
                && readWithin.maxDepth() <= limits.maxDepth()
                && readWithin.maxStringLength() <= limits.maxStringLength()
                && readWithin.maxArrayLength() <= limits.maxArrayLength();
    }

    /** Where {@code path} was written, or its nearest ancestor that has a position. */
    public Optional<SourceLocation> locate(RawPath path) {
        RawPath current = path;
        while (true) {
            SourceLocation found = positions.get(current);
            if (found != null) {
                return Optional.of(found);
            }
            if (current.isRoot()) {
                return Optional.empty();
            }
            current = current.parent();
        }
    }

    /** Where exactly {@code path} was written. */
    public Optional<SourceLocation> exact(RawPath path) {
        return Optional.ofNullable(positions.get(path));
    }
}
