package dev.komodosync.diff.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the text of one value inside an inline table, so that a write-back can replace just that
 * value and leave the inline table inline, every other key and its spacing as they were
 * ({@code image = { type = "Image", params = { image = "nginx:1" } }}). One linear scan. Not API.
 */
final class InlineTables {

    private InlineTables() {}

    /**
     * The {start, end} offsets of the value at {@code path} (each segment: the spellings it may
     * have) inside the inline table starting at {@code start}, or null when it is not written there.
     */
    static int[] valueSpan(String text, int start, List<Set<String>> path) {
        int n = text.length();
        if (start >= n || text.charAt(start) != '{' || path.isEmpty()) {
            return null;
        }
        int i = start + 1;
        while (true) {
            i = skipBlank(text, i);
            if (i >= n || text.charAt(i) == '}') {
                return null;
            }
            List<String> key = new ArrayList<>();
            while (true) {
                i = skipSpaces(text, i);
                int keyStart = i;
                if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                    i = stringEnd(text, i);
                    key.add(text.substring(keyStart + 1, Math.max(keyStart + 1, i - 1)));
                } else {
                    while (i < n && isBare(text.charAt(i))) {
                        i++;
                    }
                    if (i == keyStart) {
                        return null;
                    }
                    key.add(text.substring(keyStart, i));
                }
                i = skipSpaces(text, i);
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    continue;
                }
                break;
            }
            if (i >= n || text.charAt(i) != '=') {
                return null;
            }
            i = skipSpaces(text, i + 1);
            int valueStart = i;
            int valueEnd = valueEnd(text, i);
            int matched = matched(key, path);
            if (matched == path.size() && key.size() == path.size()) {
                return new int[] {valueStart, valueEnd};
            }
            if (matched == key.size() && key.size() < path.size() && valueStart < n && text.charAt(valueStart) == '{') {
                int[] inner = valueSpan(text, valueStart, path.subList(key.size(), path.size()));
                if (inner != null) {
                    return inner;
                }
            }
            i = skipBlank(text, valueEnd);
            if (i < n && text.charAt(i) == ',') {
                i++;
            }
        }
    }

    /** How many leading segments of {@code key} match {@code path}. */
    private static int matched(List<String> key, List<Set<String>> path) {
        int count = 0;
        while (count < key.size() && count < path.size() && path.get(count).contains(key.get(count))) {
            count++;
        }
        return count;
    }

    private static int valueEnd(String text, int start) {
        int n = text.length();
        if (start >= n) {
            return n;
        }
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            return stringEnd(text, start);
        }
        if (c == '[' || c == '{') {
            int depth = 0;
            for (int i = start; i < n; i++) {
                char d = text.charAt(i);
                if (d == '"' || d == '\'') {
                    i = stringEnd(text, i) - 1;
                } else if (d == '#') {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (d == '[' || d == '{') {
                    depth++;
                } else if ((d == ']' || d == '}') && --depth == 0) {
                    return i + 1;
                }
            }
            return n;
        }
        int i = start;
        while (i < n && ",}]#\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        while (i > start && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\r')) {
            i--;
        }
        return i;
    }

    private static int stringEnd(String text, int start) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, start)) {
            int close = text.indexOf(triple, start + 3);
            return close < 0 ? text.length() : close + 3;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean isBare(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
