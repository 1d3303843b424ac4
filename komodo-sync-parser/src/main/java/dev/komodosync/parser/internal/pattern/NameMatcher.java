package dev.komodosync.parser.internal.pattern;

import static java.util.Objects.requireNonNull;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.komodosync.parser.internal.text.StringListParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A resource-name pattern as Komodo matches it (behaviour §7.1), in user-group permission
 * targets and batch executions:
 * <ul>
 *   <li>{@code \regex\} — a pattern that starts and ends with {@code \} (two characters at
 *       least) is a regex, the text between the backslashes, which matches when it is found
 *       <em>anywhere</em> in the name: {@code \^api-\} matches {@code api-1}, {@code \api\}
 *       also matches {@code my-api-2}. Write {@code ^} and {@code $} to anchor. The syntax is
 *       RE2's, which Komodo's Rust regex engine shares but for details ({@code \d}, {@code \w},
 *       {@code \s} and {@code \b} are ASCII-only here, counted repetition stops at 1000).
 *       Matching takes linear time whatever the regex.
 *   <li>anything else is a wildcard matched against the <em>whole</em> name, case-sensitively:
 *       {@code *} matches any sequence, the empty one included; {@code ?} matches exactly one
 *       UTF-8 byte, so {@code ??} and not {@code ?} matches {@code é}; {@code \*}, {@code \?},
 *       {@code \\} are literal. Any other character after {@code \}, or a {@code \} at the end,
 *       is an error, as in Komodo's wildcard crate. A name without metacharacters matches only
 *       itself.
 * </ul>
 * A lone {@code \} starts and ends with a backslash, but Komodo would crash on it; here it is
 * a wildcard, and invalid (dangling escape).
 *
 * <p>In a TOML basic string each backslash is written twice: {@code "\\^bar-.*$\\"}.
 *
 * <p>Instances are immutable and thread-safe; two are equal when their patterns are.
 */
public final class NameMatcher {

    private final String pattern;
    private final boolean regex;
    /** The compiled regex, or null for a wildcard (plain fields: a lambda links a call site at start). */
    private final Pattern compiledRegex;
    /** The wildcard, or null for a regex. */
    private final WildcardPattern wildcard;
    private final String literalPrefix;

    private NameMatcher(String pattern, Pattern compiledRegex, WildcardPattern wildcard) {
        boolean regex = compiledRegex != null;
        this.pattern = pattern;
        this.regex = regex;
        this.compiledRegex = compiledRegex;
        this.wildcard = wildcard;
        this.literalPrefix = regex ? regexPrefix(pattern.substring(1, pattern.length() - 1)) : wildcardPrefix(pattern);
    }

    /** How many compiled regexes {@link #REGEXES} keeps at most; it starts over when full. */
    static final int MAX_REMEMBERED_REGEXES = 4096;

    /**
     * Regexes compiled so far, by the pattern as written: compiling one is the costly part of a
     * check, and a sync's procedures repeat their batch patterns, which the load's checks and the
     * plan's reference checks each compile. Results are immutable and shared across threads.
     */
    private static final Map<String, MatcherResult> REGEXES = new ConcurrentHashMap<>();

    /**
     * Compiles {@code pattern}; never throws for any text.
     *
     * <p>Examples: {@code compile("web-*")} and {@code compile("\\^web-[0-9]+$\\")} (Java
     * escaping) compile; {@code compile("web\\")} reports a dangling escape.
     *
     * @param pattern a wildcard or a {@code \regex\}
     * @return the matcher, or the reason the pattern is invalid
     */
    public static MatcherResult compile(String pattern) {
        requireNonNull(pattern, "pattern");
        if (pattern.length() >= 2 && pattern.startsWith("\\") && pattern.endsWith("\\")) {
            MatcherResult known = REGEXES.get(pattern);
            if (known != null) {
                return known;
            }
            String inner = pattern.substring(1, pattern.length() - 1);
            MatcherResult result;
            try {
                Pattern compiled = Pattern.compile(inner);
                result = MatcherResult.of(new NameMatcher(pattern, compiled, null));
            } catch (PatternSyntaxException e) {
                result = MatcherResult.failure(
                        "invalid regex '" + inner + "' in pattern '" + pattern + "': " + e.getMessage());
            }
            if (REGEXES.size() >= MAX_REMEMBERED_REGEXES) {
                REGEXES.clear();
            }
            REGEXES.put(pattern, result);
            return result;
        }
        WildcardPattern.Compiled compiled = WildcardPattern.compile(pattern);
        if (compiled.invalid().isPresent()) {
            return MatcherResult.failure(wildcardError(pattern, compiled.invalid().get()));
        }
        WildcardPattern wildcard = compiled.wildcard().orElseThrow();
        return MatcherResult.of(new NameMatcher(pattern, null, wildcard));
    }

    /**
     * Compiles the {@code pattern} text of a batch execution (behaviour §7.2): split into entries
     * by {@link StringListParser} (commas, lines, {@code " #"} comments), each entry compiled.
     * Never throws.
     *
     * <p>Komodo splits <em>before</em> it looks for {@code \regex\}, so the regex
     * {@code \^app-[0-9]{1,3}$\} becomes the two invalid wildcards <code>\^app-[0-9]&#123;1</code>
     * and <code>3&#125;$\</code>; such lines are reported in {@link PatternList#splitWarnings()}.
     *
     * @param text the batch's pattern text
     * @return the matchers, the errors and the split warnings
     */
    public static PatternList compileList(String text) {
        requireNonNull(text, "text");
        List<NameMatcher> matchers = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String entry : StringListParser.parse(text)) {
            MatcherResult result = compile(entry);
            if (result.matcher().isPresent()) {
                matchers.add(result.matcher().get());
            }
            if (result.error().isPresent()) {
                errors.add(result.error().get());
            }
        }
        return new PatternList(matchers, errors, SplitRegexCheck.warnings(text));
    }

    /**
     * Whether {@code name} matches: the regex is found in it, or the wildcard matches all of it.
     *
     * @param name a resource name
     * @return true on a match
     */
    public boolean matches(String name) {
        requireNonNull(name, "name");
        return regex ? compiledRegex.matcher(name).find() : wildcard.matches(name);
    }

    /** The pattern as written, backslashes of a regex included. */
    public String pattern() {
        return pattern;
    }

    /**
     * Text that every name this matches starts with: the literal start of a wildcard
     * ({@code app-} for {@code app-*}), or of a regex anchored with {@code ^} and free of
     * alternation ({@code web-} for {@code \^web-[0-9]+$\}); empty when the pattern does not
     * say. Lets a caller with sorted names look only at those with this prefix.
     *
     * @return the prefix, perhaps empty
     */
    public String literalPrefix() {
        return literalPrefix;
    }

    private static String wildcardPrefix(String pattern) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                break;
            }
            if (c == '\\') {
                prefix.append(pattern.charAt(++i));
            } else {
                prefix.append(c);
            }
        }
        return prefix.toString();
    }

    /** The literal start of {@code ^abc...}: letters, digits, {@code -} and {@code _}, none made optional or repeated. */
    private static String regexPrefix(String regex) {
        if (!regex.startsWith("^") || regex.indexOf('|') >= 0) {
            return "";
        }
        int end = 1;
        while (end < regex.length()) {
            char c = regex.charAt(end);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '_') {
                break;
            }
            end++;
        }
        if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
            end--;
        }
        return end <= 1 ? "" : regex.substring(1, end);
    }

    /** Whether the pattern is a {@code \regex\} rather than a wildcard. */
    public boolean isRegex() {
        return regex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameMatcher that && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    /** The pattern as written. */
    @Override
    public String toString() {
        return pattern;
    }

    private static String wildcardError(String pattern, WildcardPattern.Invalid invalid) {
        String prefix = "invalid wildcard '" + pattern + "': " + invalid.reason() + " at index " + invalid.index();
        if (!invalid.reason().startsWith("dangling")) {
            return prefix + "; only \\*, \\? and \\\\ are escapes (write \\\\ for a literal backslash)";
        }
        if (pattern.equals("\\")) {
            return prefix + ", the '\\' escapes nothing; a regex needs a '\\' at each end, as in \\^api-.*$\\";
        }
        return prefix + ", the '\\' escapes nothing; write \\\\ for a literal backslash, or start the pattern "
                + "with '\\' too to make it a regex";
    }

    /**
     * The result of {@link NameMatcher#compile}: the matcher, or why the pattern is invalid.
     *
     * @param matcher the compiled pattern, present exactly when {@code error} is empty
     * @param error what is wrong with the pattern, e.g. {@code invalid wildcard 'a\': dangling
     *     escape ...} or the regex engine's message
     */
    public record MatcherResult(Optional<NameMatcher> matcher, Optional<String> error) {

        /** Checks that exactly one of the two is present. */
        public MatcherResult {
            requireNonNull(matcher, "matcher");
            requireNonNull(error, "error");
            if (matcher.isPresent() == error.isPresent()) {
                throw new IllegalArgumentException("exactly one of matcher and error must be present: " + matcher + ", "
                        + error);
            }
        }

        static MatcherResult of(NameMatcher matcher) {
            return new MatcherResult(Optional.of(matcher), Optional.empty());
        }

        static MatcherResult failure(String error) {
            return new MatcherResult(Optional.empty(), Optional.of(error));
        }
    }

    /**
     * The patterns of a batch execution (behaviour §7.2), compiled by {@link NameMatcher#compileList}.
     *
     * <p>Komodo fails the whole batch when any entry is invalid, so a caller that wants Komodo's
     * verdict treats a non-empty {@code errors} as failure.
     *
     * @param matchers the entries that compiled, in written order
     * @param errors one message per entry that did not compile, in written order
     * @param splitWarnings one message per line that is written as a {@code \regex\} but that
     *     Komodo cuts apart at a comma or {@code " #"} before it sees a regex; each names the line
     *     by its 1-based number and its text, and says how to rewrite it
     */
    public record PatternList(List<NameMatcher> matchers, List<String> errors, List<String> splitWarnings) {

        /** Copies the lists. */
        public PatternList {
            matchers = List.copyOf(matchers);
            errors = List.copyOf(errors);
            splitWarnings = List.copyOf(splitWarnings);
        }

        /**
         * Whether any compiled entry matches {@code name}: the batch's union of matches.
         *
         * @param name a resource name
         * @return true when at least one matcher matches it
         */
        public boolean matchesAny(String name) {
            for (NameMatcher matcher : matchers) {
                if (matcher.matches(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
