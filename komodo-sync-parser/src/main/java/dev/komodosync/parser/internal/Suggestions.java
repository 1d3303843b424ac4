package dev.komodosync.parser.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest of some candidates to a misspelt word. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code word} by edit distance (ignoring case, and {@code -} versus
     * {@code _}), if one is close enough to be a plausible misspelling; ties go to the first.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String normalised = null;
        for (String candidate : candidates) {
            // the distance is at least the difference in length: a candidate that far off is never
            // computed, so a key of megabytes costs nothing here (the table is length × length)
            if (Math.abs(word.length() - candidate.length()) > allowed) {
                continue;
            }
            if (normalised == null) {
                normalised = normalise(word);
            }
            int distance = distance(normalised, normalise(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= allowed && !best.equals(word) ? Optional.of(best) : Optional.empty();
    }

    /** How many cells of distance tables {@link #closest} fills for {@code word}: its work, for tests that count it. */
    static long work(String word, Collection<String> candidates) {
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        long cells = 0;
        for (String candidate : candidates) {
            if (Math.abs(word.length() - candidate.length()) <= allowed) {
                cells += (long) (word.length() + 1) * (candidate.length() + 1);
            }
        }
        return cells;
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Levenshtein distance, with a swap of two neighbours counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
