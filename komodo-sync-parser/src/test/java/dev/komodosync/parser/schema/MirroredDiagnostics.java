package dev.komodosync.parser.schema;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The loader's diagnostics the schema mirrors: what a key or a value's type, enum or shape makes
 * wrong. The rest are deliberately out of the schema's reach: the mini-formats inside strings
 * (malformed key/value lines KS214, name patterns KS212/KS213, {@code [[VARIABLE]]} syntax
 * KS215), names Komodo normalises (KS216) or declares twice across tables and files (KS205), a
 * version part or a value beyond {@code i32} written as text, and everything about references and
 * planning (KS4xx).
 */
final class MirroredDiagnostics {

    static final Set<DiagnosticCode> CODES = EnumSet.of(
            DiagnosticCode.NOTHING_DECLARED,          // every top-level table unknown: reported once per file
            DiagnosticCode.UNKNOWN_FIELD,
            DiagnosticCode.WRONG_TYPE,
            DiagnosticCode.MISSING_FIELD,
            DiagnosticCode.DUPLICATE_FIELD,           // two spellings in one table, or of one kind in one file
            DiagnosticCode.UNKNOWN_VARIANT,
            DiagnosticCode.INVALID_VALUE,
            DiagnosticCode.REMOVED_KIND,
            DiagnosticCode.UNKNOWN_KIND,
            DiagnosticCode.MISPLACED_KEY,             // an unknown key of the sub-table it is written in
            DiagnosticCode.CONFIG_KEY_OUTSIDE_CONFIG, // an unknown key beside `name`
            DiagnosticCode.INEFFECTIVE_FIELD);        // deploy/after on a kind that does not deploy

    private MirroredDiagnostics() {}

    /** The diagnostics of {@code all} the schema mirrors. */
    static List<Diagnostic> of(List<Diagnostic> all) {
        return all.stream().filter(d -> CODES.contains(d.code())).toList();
    }
}
