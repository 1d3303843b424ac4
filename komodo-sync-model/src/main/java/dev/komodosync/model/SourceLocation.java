package dev.komodosync.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A place in a source file: the file as the user named it (a path given on the command line,
 * joined with the file's path inside a given folder, with {@code /} separators), and a 1-based
 * line and column, columns counted in Unicode code points.
 *
 * @param file the file
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    /** Checks the arguments. */
    public SourceLocation {
        requireNonNull(file, "file");
        checkArgument(line >= 1, "line must be at least 1: %s", line);
        checkArgument(column >= 1, "column must be at least 1: %s", column);
    }

    /** Orders by file, line, then column. */
    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** Whether {@code other} is the same place (written out, as for {@link Diagnostic#equals}). */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof SourceLocation that && line == that.line && column == that.column && file.equals(that.file);
    }

    /** The components' hash codes combined as a record's generated {@code hashCode} combines them. */
    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    /** {@code file:line:column}, as compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
