package dev.komodosync.parser.internal.text;

import dev.komodosync.parser.internal.text.VariableInterpolator.InterpolationError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pass of Komodo's {@code [[NAME]]} interpolation (svi 1.2.0, behaviour §6.3) over a text
 * whose characters each remember where in the original input they came from, so that the
 * second pass can report errors at a position in the original.
 */
final class DoubleBracketPass {

    private static final String OPENER = "[[";
    private static final String CLOSER = "]]";
    private static final String ESCAPED_CLOSER = "]]]";

    /** A placeholder met by the pass; {@code offset} is in the original input. */
    record Found(String name, int offset, boolean known) {
    }

    /**
     * What the pass produced. {@code masked} shows each substitution as {@code <NAME>};
     * {@code sources[i]} is the original offset of {@code output.charAt(i)}.
     */
    record Result(String output, String masked, int[] sources, List<Found> found, Optional<InterpolationError> error) {
    }

    private final String text;
    /** The original offset of each character of {@code text}; null when {@code text} is the original. */
    private final int[] sources;
    /** Whether output is made; a scan only finds the placeholders and the error. */
    private final boolean emit;
    private final StringBuilder output;
    private final StringBuilder masked;
    /** Told the placeholders instead of a result being made; null but for {@link #names}. */
    private final VariableInterpolator.PlaceholderSink sink;
    /**
     * Whether the placeholders are of no interest, only the error ({@link #error}). A flag, not a
     * sink that ignores them: with such a sink loaded first, the interpolation was compiled for it
     * alone, and compiled again when the sink of the reference checks came (issue 19).
     */
    private final boolean errorOnly;
    /** Whether this is a {@link #names} or {@link #error} pass, which makes no result. */
    private final boolean noResult;
    private int[] outputSources;
    private int outputLength;
    /** The error that stopped a {@link #names} pass, if one did. */
    private InterpolationError stoppedBy;

    private DoubleBracketPass(String text, int[] sources, boolean emit, VariableInterpolator.PlaceholderSink sink) {
        this(text, sources, emit, sink, false);
    }

    private DoubleBracketPass(String text, int[] sources, boolean emit, VariableInterpolator.PlaceholderSink sink,
            boolean errorOnly) {
        this.text = text;
        this.sources = sources;
        this.emit = emit;
        this.sink = sink;
        this.errorOnly = errorOnly;
        this.noResult = sink != null || errorOnly;
        this.output = emit ? new StringBuilder() : null;
        this.masked = emit ? new StringBuilder() : null;
        this.outputSources = emit ? new int[Math.max(16, text.length())] : null;
    }

    /** Offsets for a text that is itself the original input. */
    static int[] identity(int length) {
        int[] sources = new int[length];
        Arrays.setAll(sources, i -> i);
        return sources;
    }

    /** Substitutes the {@code values} into {@code text}; {@code sources} maps its characters to the original. */
    static Result run(String text, Map<String, String> values, int[] sources) {
        return new DoubleBracketPass(text, sources, true, null).interpolate(values);
    }

    /**
     * The placeholders of {@code text} (an original input) and its error, as {@link #run} with no
     * values finds them; the result's output, masked text and sources are {@code text} and null.
     */
    static Result scan(String text) {
        if (text.indexOf(OPENER) < 0) {
            return new Result(text, text, null, List.of(), Optional.empty());
        }
        return new DoubleBracketPass(text, null, false, null).interpolate(Map.of());
    }

    /**
     * Tells {@code sink} the placeholders {@link #scan} finds in {@code text}, in order, making
     * no result: for checks that look at every placeholder of every field of a large sync. Returns
     * the scan's error.
     */
    static Optional<InterpolationError> names(String text, VariableInterpolator.PlaceholderSink sink) {
        return stoppedBy(text, sink, false);
    }

    /** The error {@link #scan} finds in {@code text}, if any, making no result and telling no one the placeholders. */
    static Optional<InterpolationError> error(String text) {
        return stoppedBy(text, null, true);
    }

    private static Optional<InterpolationError> stoppedBy(String text, VariableInterpolator.PlaceholderSink sink,
            boolean errorOnly) {
        if (text.indexOf(OPENER) < 0) {
            return Optional.empty();
        }
        DoubleBracketPass pass = new DoubleBracketPass(text, null, false, sink, errorOnly);
        pass.interpolate(Map.of());
        return Optional.ofNullable(pass.stoppedBy);
    }

    private int source(int offset) {
        return sources == null ? offset : sources[offset];
    }

    /** The result, or null for a pass that makes none ({@link #names}, {@link #error}). */
    private Result interpolate(Map<String, String> values) {
        List<Found> found = noResult ? null : new ArrayList<>();
        int opener = text.indexOf(OPENER);
        copy(0, opener < 0 ? text.length() : opener);
        for (int index = 0; opener >= 0; index++) {
            int pieceStart = opener + OPENER.length();
            int next = text.indexOf(OPENER, pieceStart);
            int pieceEnd = next < 0 ? text.length() : next;
            if (pieceStart == pieceEnd || text.charAt(pieceStart) >= 0x80) {
                // svi tests the piece's first byte with a str slice: "[[[[", a "[[" that ends the
                // text, and a "[[" followed by a non-ASCII character all fail as a double opener.
                return failure(found, "found double opener '[[[[', formatting will fail", opener);
            }
            if (text.charAt(pieceStart) == '[') {
                copyEscape(opener, pieceEnd);
            } else {
                int close = indexWithin(CLOSER, pieceStart, pieceEnd);
                if (close < 0) {
                    return failure(found, "no closing tags for variable at index " + index, opener);
                }
                String name = text.substring(pieceStart, close);
                String value = values.get(name);
                if (sink != null) {
                    sink.placeholder(name, source(opener));
                } else if (!errorOnly) {
                    found.add(new Found(name, source(opener), value != null));
                }
                if (value == null) {
                    copy(opener, close + CLOSER.length());
                } else {
                    substitute(name, value, source(opener));
                }
                // Whatever follows the closer is kept, a stray "]]" included (svi 1.2.0).
                copy(close + CLOSER.length(), pieceEnd);
            }
            opener = next;
        }
        if (noResult) {
            return null;
        }
        if (!emit) {
            return new Result(text, text, null, List.copyOf(found), Optional.empty());
        }
        return new Result(output.toString(), masked.toString(), Arrays.copyOf(outputSources, outputLength),
                List.copyOf(found), Optional.empty());
    }

    /**
     * {@code [[[X]]]} renders as {@code [[X]]}: the piece after the opener keeps one extra
     * {@code [}, its first {@code ]]]} becomes {@code ]]} and any later {@code ]]]} is dropped.
     */
    private void copyEscape(int opener, int pieceEnd) {
        if (!emit) {
            return;
        }
        copy(opener, opener + 1);
        int from = opener + OPENER.length();
        int close = indexWithin(ESCAPED_CLOSER, from, pieceEnd);
        if (close < 0) {
            copy(from, pieceEnd);
            return;
        }
        copy(from, close + CLOSER.length());
        from = close + ESCAPED_CLOSER.length();
        for (close = indexWithin(ESCAPED_CLOSER, from, pieceEnd); close >= 0;
                close = indexWithin(ESCAPED_CLOSER, from, pieceEnd)) {
            copy(from, close);
            from = close + ESCAPED_CLOSER.length();
        }
        copy(from, pieceEnd);
    }

    /** The first {@code target} in {@code text[from, end)}; looks no further, keeping a pass linear. */
    private int indexWithin(String target, int from, int end) {
        for (int at = from; at + target.length() <= end; at++) {
            if (text.startsWith(target, at)) {
                return at;
            }
        }
        return -1;
    }

    private Result failure(List<Found> found, String message, int opener) {
        if (noResult) {
            stoppedBy = new InterpolationError(message, source(opener));
            return null;
        }
        return new Result(text, text, sources, List.copyOf(found),
                Optional.of(new InterpolationError(message, source(opener))));
    }

    private void copy(int from, int to) {
        if (!emit) {
            return;
        }
        output.append(text, from, to);
        masked.append(text, from, to);
        for (int i = from; i < to; i++) {
            addSource(sources[i]);
        }
    }

    private void substitute(String name, String value, int source) {
        output.append(value);
        masked.append('<').append(name).append('>');
        for (int i = 0; i < value.length(); i++) {
            addSource(source);
        }
    }

    private void addSource(int source) {
        if (outputLength == outputSources.length) {
            outputSources = Arrays.copyOf(outputSources, outputLength * 2);
        }
        outputSources[outputLength++] = source;
    }
}
