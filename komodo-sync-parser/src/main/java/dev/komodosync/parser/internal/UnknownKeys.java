package dev.komodosync.parser.internal;

import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.internal.RecordType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link Binder} says of a key its table has no field for: the caller's advice if it has
 * some; a key written after a sub-table's header that belongs to the table above; otherwise
 * "unknown field", with the closest known key as a suggestion. Komodo ignores unknown keys, so
 * these are warnings, and a snapshot's unknown keys are not reported at all.
 */
final class UnknownKeys {

    private final Binder.Mode mode;
    private final Function<RawPath, Optional<SourceLocation>> positions;
    private final BindProblems problems;

    UnknownKeys(Binder.Mode mode, Function<RawPath, Optional<SourceLocation>> positions, BindProblems problems) {
        this.mode = mode;
        this.positions = positions;
        this.problems = problems;
    }

    /** Reports {@code key}, unknown in {@code owner} (null: a union's table), unless the mode ignores unknown keys. */
    void report(RecordType owner, String key, RawPath at, BindFrame frame, Binder.UnknownKeyAdvisor advisor) {
        if (mode == Binder.Mode.SNAPSHOT) {
            return;
        }
        if (advisor != null && owner != null) {
            Optional<BindProblem> advice = advisor.advise(owner, key, at);
            if (advice.isPresent()) {
                problems.add(advice.get());
                return;
            }
        }
        if (misplaced(key, at, frame)) {
            return;
        }
        String table = at.parent().tableName();
        List<String> known = owner == null ? List.of() : owner.fields().stream()
                .flatMap(f -> f.allKeys().stream()).toList();
        Optional<String> suggestion = Suggestions.closest(key, known);
        String hint = suggestion.map(s -> "did you mean `" + s + "`?").orElse(known.isEmpty() || known.size() > 12
                ? "Komodo ignores unknown keys" : "[" + table + "] has " + String.join(", ", known));
        problems.report(DiagnosticCode.UNKNOWN_FIELD, "unknown field `" + key + "` in [" + table + "]", at, hint);
    }

    /**
     * A key written after a sub-table's header lands in that sub-table (behaviour §1.1 ignores it
     * there): {@code [stack.config.pre_deploy]} followed by {@code auto_pull = true}.
     */
    private boolean misplaced(String key, RawPath at, BindFrame frame) {
        if (frame == null || frame.parent() == null || frame.parent().type().field(key).isEmpty()) {
            return false;
        }
        Optional<SourceLocation> table = positions.apply(frame.raw());
        Optional<SourceLocation> written = positions.apply(at);
        if (table.isEmpty() || written.isEmpty() || written.get().line() <= table.get().line()) {
            return false;
        }
        String parentTable = frame.parent().raw().tableName();
        problems.report(DiagnosticCode.MISPLACED_KEY, "`" + key + "` is read as part of [" + frame.raw().tableName()
                + "], which has no such field; it is a field of [" + parentTable + "]", at,
                "every key after a [table] header belongs to that table: did you mean to put `" + key
                        + "` before line " + table.get().line() + "?");
        return true;
    }
}
