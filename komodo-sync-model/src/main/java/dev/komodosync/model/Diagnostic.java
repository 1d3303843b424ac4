package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * A problem found in the user's input: what is wrong, where, and what to do about it. Modelled
 * on {@code javax.tools.Diagnostic}; printed {@code file:line:col: severity: message}.
 *
 * <p>Messages and hints never contain secret values.
 *
 * @param severity how much it matters
 * @param code the stable code
 * @param message what is wrong
 * @param location where, when the problem has a place in a file
 * @param hint what to do about it
 */
public record Diagnostic(
        Severity severity, DiagnosticCode code, String message, Optional<SourceLocation> location, Optional<String> hint) {

    /** Orders by location (unlocated first), then code, then message: the order diagnostics are printed in. */
    public static final Comparator<Diagnostic> ORDER = new Order();

    /** The longest message or hint kept whole, in chars: one from a 50 MB key would fill every output with it. */
    public static final int MAX_TEXT = 4000;

    /** Checks the arguments; a message or hint much longer than {@link #MAX_TEXT} is cut there, with its length noted. */
    public Diagnostic {
        requireNonNull(severity, "severity");
        requireNonNull(code, "code");
        requireNonNull(message, "message");
        requireNonNull(location, "location");
        requireNonNull(hint, "hint");
        message = bounded(message);
        hint = hint.isPresent() ? Optional.of(bounded(hint.get())) : hint;
    }

    /**
     * {@link #ORDER}, written out: {@code Comparator.comparing(…).thenComparing(…)} links a call
     * site per lambda and combinator at its first use, which every cold plan paid (issue 19).
     */
    private static final class Order implements Comparator<Diagnostic> {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            Optional<SourceLocation> at = a.location();
            Optional<SourceLocation> other = b.location();
            if (at.isPresent() != other.isPresent()) {
                return at.isPresent() ? 1 : -1;
            }
            if (at.isPresent()) {
                int byLocation = at.get().compareTo(other.get());
                if (byLocation != 0) {
                    return byLocation;
                }
            }
            int byCode = a.code().compareTo(b.code());
            return byCode != 0 ? byCode : a.message().compareTo(b.message());
        }
    }

    private static String bounded(String text) {
        // room for the note, so that a text cut once (and copied by at(), withHint()) is never cut again
        if (text.length() <= MAX_TEXT + 40) {
            return text;
        }
        int cut = Character.isLowSurrogate(text.charAt(MAX_TEXT)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, cut) + "… (" + text.length() + " characters)";
    }

    /** A diagnostic with the code's own severity, no location and no hint. */
    public static Diagnostic of(DiagnosticCode code, String message) {
        return new Diagnostic(code.severity(), code, message, Optional.empty(), Optional.empty());
    }

    /** A copy located at {@code where}. */
    public Diagnostic at(SourceLocation where) {
        return new Diagnostic(severity, code, message, Optional.of(where), hint);
    }

    /** A copy located at {@code where}, if given. */
    public Diagnostic at(Optional<SourceLocation> where) {
        return new Diagnostic(severity, code, message, where, hint);
    }

    /** A copy with a hint. */
    public Diagnostic withHint(String text) {
        return new Diagnostic(severity, code, message, location, Optional.of(text));
    }

    /** A copy with another severity (warnings become errors in strict mode). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, code, message, location, hint);
    }

    /** Whether this blocks a plan. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    // equals and hashCode are written out, as the record would generate them (the same values, so
    // that no hash order changes), because the generated ones are linked through invokedynamic at
    // their first call: costly at start-up, where every plan hashes diagnostics (issue 19).

    /** Whether {@code other} is a diagnostic with equal components. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Diagnostic that && severity == that.severity && code == that.code
                && message.equals(that.message) && location.equals(that.location) && hint.equals(that.hint);
    }

    /** The components' hash codes combined as a record's generated {@code hashCode} combines them. */
    @Override
    public int hashCode() {
        int hash = severity.hashCode();
        hash = hash * 31 + code.hashCode();
        hash = hash * 31 + message.hashCode();
        hash = hash * 31 + location.hashCode();
        return hash * 31 + hint.hashCode();
    }

    /** {@code file:line:col: severity: message [KS201]}, and the hint on a second line. */
    @Override
    public String toString() {
        String where = location.map(l -> l + ": ").orElse("");
        return where + severity.label() + ": " + message + " [" + code.code() + "]"
                + hint.map(h -> "\n  hint: " + h).orElse("");
    }
}
