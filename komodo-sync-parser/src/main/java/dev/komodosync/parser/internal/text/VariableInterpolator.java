package dev.komodosync.parser.internal.text;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Secret;
import dev.komodosync.model.Variable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Komodo's {@code [[NAME]]} variable interpolation (behaviour §6.3), as Core applies it to a
 * config field when it runs a deployment, stack, build, repo, action or alerter (§6.4).
 *
 * <p>Syntax, exactly as Komodo's (svi 1.2.0):
 * <ul>
 *   <li>{@code [[NAME]]} is replaced by the variable's value; NAME is the exact text between the
 *       brackets, case-sensitive and not trimmed. An unknown name is left as written.
 *   <li>{@code [[[NAME]]]} is an escape and renders as {@code [[NAME]]}.
 *   <li>text after a placeholder is kept as written, a stray {@code ]]} included:
 *       {@code [[A]] x ]] y} gives {@code 1 x ]] y} when A is {@code 1}.
 *   <li>{@code [[[[} anywhere, a {@code [[} that ends the text, and a {@code [[} followed by a
 *       non-ASCII character ({@code [[é]]}) are errors ("found double opener"); a {@code [[}
 *       without a later {@code ]]} before the next {@code [[} is an error ("no closing tags").
 *       An empty text is returned untouched.
 * </ul>
 *
 * <p>Like Core, it makes two passes: non-secret variables first, then secret ones over the
 * output of the first. So a non-secret value may itself hold {@code [[SECRET]]}, and an escaped
 * {@code [[[SECRET]]]} becomes {@code [[SECRET]]} in the first pass and the secret's value in
 * the second. Periphery's own secrets pass, which Core cannot see, is not modelled: names left
 * unknown here may still be replaced there.
 *
 * <p>Example:
 * <pre>{@code
 * VariableInterpolator.of(List.of(Variable.of("HOST", "db", false), Variable.of("PASS", "s3", true)))
 *         .interpolate("postgres://[[HOST]]:[[PASS]]")   // value postgres://db:s3, masked postgres://db:<PASS>
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VariableInterpolator {

    private final Map<String, String> variables;
    private final Map<String, String> secrets;

    private VariableInterpolator(Map<String, String> variables, Map<String, String> secrets) {
        this.variables = variables;
        this.secrets = secrets;
    }

    /**
     * An interpolator for {@code variables}. Komodo's variable names are unique; should two
     * share a name here, the later one of the same secrecy wins, as in Komodo's maps, and a
     * non-secret one is substituted before a secret one.
     *
     * @param variables the variables, secret and not
     * @return the interpolator
     */
    public static VariableInterpolator of(Collection<Variable> variables) {
        requireNonNull(variables, "variables");
        Map<String, String> plain = new HashMap<>();
        Map<String, String> secret = new HashMap<>();
        for (Variable variable : variables) {
            (variable.secret() ? secret : plain).put(variable.name(), variable.value().reveal());
        }
        return new VariableInterpolator(Map.copyOf(plain), Map.copyOf(secret));
    }

    /**
     * Interpolates {@code text} as Core would; never throws for any text.
     *
     * <p>Example: with secret {@code TOKEN = abc}, {@code "Bearer [[TOKEN]] [[[TOKEN]]] [[X]]"}
     * gives {@code Bearer abc abc [[X]]} (the escape only shields from the first pass), masked
     * {@code Bearer <TOKEN> <TOKEN> [[X]]}.
     *
     * @param text the field's text
     * @return the output, its masked form, the names replaced and left unknown, or the error
     */
    public Interpolation interpolate(String text) {
        requireNonNull(text, "text");
        if (text.isEmpty()) {
            return new Interpolation(Secret.empty(), "", List.of(), List.of(), Optional.empty());
        }
        DoubleBracketPass.Result first =
                DoubleBracketPass.run(text, variables, DoubleBracketPass.identity(text.length()));
        if (first.error().isPresent()) {
            return failure(text, first.error());
        }
        DoubleBracketPass.Result second = DoubleBracketPass.run(first.output(), secrets, first.sources());
        if (second.error().isPresent()) {
            return failure(text, second.error());
        }
        Set<String> replaced = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        first.found().stream().filter(DoubleBracketPass.Found::known).forEach(found -> replaced.add(found.name()));
        for (DoubleBracketPass.Found found : second.found()) {
            (found.known() ? replaced : unknown).add(found.name());
        }
        // Non-secret values are shown as they are (§6.3): the second pass's masked text is the
        // first pass's output with only the secrets masked.
        return new Interpolation(Secret.of(second.output()), second.masked(), new ArrayList<>(replaced),
                new ArrayList<>(unknown), Optional.empty());
    }

    /**
     * Lists the {@code [[NAME]]} placeholders of {@code text}, as Komodo's first pass meets
     * them; escapes ({@code [[[X]]]}) are not placeholders. Names are not validated: a shell
     * test such as {@code [[ -f x ]]} is the placeholder {@code " -f x "}, which Komodo leaves
     * as written because no variable has that name. Never throws.
     *
     * <p>Example: {@code scan("[[A]]/[[[B]]]/[[A]]")} gives {@code A} at 0 and {@code A} at 14.
     *
     * @param text the field's text
     * @return the placeholders in order, and the error Komodo would report, if any
     */
    public static PlaceholderScan scan(String text) {
        requireNonNull(text, "text");
        DoubleBracketPass.Result pass = DoubleBracketPass.scan(text);
        List<PlaceholderScan.Placeholder> placeholders = new ArrayList<>();
        for (DoubleBracketPass.Found found : pass.found()) {
            placeholders.add(new PlaceholderScan.Placeholder(found.name(), found.offset()));
        }
        return new PlaceholderScan(placeholders, pass.error());
    }

    /**
     * Tells {@code sink} the name and offset of each placeholder {@link #scan} finds in
     * {@code text}, in order, and returns the scan's error: what {@code scan(text)} finds, with no
     * scan made, for checks over every field of a large sync.
     */
    public static Optional<InterpolationError> eachPlaceholder(String text, PlaceholderSink sink) {
        requireNonNull(text, "text");
        requireNonNull(sink, "sink");
        return DoubleBracketPass.names(text, sink);
    }

    /** The error {@link #scan} finds in {@code text}, if any, with no scan made. */
    public static Optional<InterpolationError> error(String text) {
        requireNonNull(text, "text");
        return DoubleBracketPass.error(text);
    }

    /** Told the placeholders of a text ({@link #eachPlaceholder}). */
    public interface PlaceholderSink {
        /** The exact text between the brackets, and the 0-based index of its {@code [[}. */
        void placeholder(String name, int offset);
    }

    private static Interpolation failure(String text, Optional<InterpolationError> error) {
        return new Interpolation(Secret.of(text), text, List.of(), List.of(), error);
    }

    /**
     * The result of {@link VariableInterpolator#interpolate}.
     *
     * <p>With {@code DB_USER = admin} and secret {@code DB_PASS = hunter2}, the text
     * {@code [[DB_USER]]:[[DB_PASS]] [[OTHER]]} gives the value {@code admin:hunter2 [[OTHER]]},
     * masked {@code admin:<DB_PASS> [[OTHER]]}, replaced {@code [DB_USER, DB_PASS]} and unknown
     * {@code [OTHER]}.
     *
     * @param value the interpolated text, a {@link Secret} because it may contain secret values;
     *     on error, the input unchanged
     * @param masked the same text with every secret substitution shown as {@code <NAME>}, as
     *     Komodo's logs show it; non-secret substitutions show their value
     * @param replaced the names substituted, distinct, in order of substitution (non-secret pass
     *     first); empty on error
     * @param unknown the names of placeholders left literally in the output, distinct, in order;
     *     empty on error
     * @param error why Komodo would refuse the text, if it would
     */
    public record Interpolation(
            Secret value, String masked, List<String> replaced, List<String> unknown, Optional<InterpolationError> error) {

        /** Checks the arguments and copies the lists. */
        public Interpolation {
            requireNonNull(value, "value");
            requireNonNull(masked, "masked");
            replaced = List.copyOf(replaced);
            unknown = List.copyOf(unknown);
            requireNonNull(error, "error");
        }

        /** Whether Komodo would interpolate the text: there is no error. */
        public boolean isValid() {
            return error.isEmpty();
        }
    }

    /**
     * Why Komodo refuses to interpolate a text, which fails the execution that needed it
     * (behaviour §6.3).
     *
     * @param message Komodo's message: {@code found double opener '[[[[', formatting will fail}
     *     (also for a {@code [[} that ends the text or precedes a non-ASCII character) or
     *     {@code no closing tags for variable at index N} (N counts the {@code [[} openers before
     *     the faulty one, escapes included, from 0)
     * @param offset the 0-based index, in the text given to the interpolator, of the {@code [[}
     *     at fault; when the fault came from a variable's value (or from a {@code [[[X]]]} escape)
     *     and was only found by the secret pass, the index of that placeholder or escape
     */
    public record InterpolationError(String message, int offset) {

        /** Checks the arguments. */
        public InterpolationError {
            requireNonNull(message, "message");
        }
    }

    /**
     * The {@code [[NAME]]} placeholders of a text, found by {@link VariableInterpolator#scan}.
     *
     * @param placeholders every placeholder in written order, repeats included; on error, those
     *     before the error
     * @param error why Komodo would refuse to interpolate the text, if it would
     */
    public record PlaceholderScan(List<Placeholder> placeholders, Optional<InterpolationError> error) {

        /** Checks the arguments and copies the list. */
        public PlaceholderScan {
            placeholders = List.copyOf(placeholders);
            requireNonNull(error, "error");
        }

        /**
         * One {@code [[NAME]]}.
         *
         * @param name the exact text between the brackets: not trimmed, case kept, possibly empty
         * @param offset the 0-based index of its {@code [[} in the scanned text
         */
        public record Placeholder(String name, int offset) {

            /** Checks the arguments. */
            public Placeholder {
                requireNonNull(name, "name");
            }
        }
    }
}
