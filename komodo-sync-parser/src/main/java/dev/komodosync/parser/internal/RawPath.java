package dev.komodosync.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A path into a parsed document as it was written: table keys in their written spelling and
 * array indices, e.g. {@code stack[0].config.pre_deploy}. The key of positions and of binding
 * diagnostics.
 *
 * @param segments keys ({@code String}) and indices ({@code Integer})
 */
public record RawPath(List<Object> segments) {

    private static final RawPath ROOT = new RawPath(List.of());

    /** Copies the list. */
    public RawPath {
        segments = List.copyOf(segments);
    }

    /** The document itself. */
    public static RawPath root() {
        return ROOT;
    }

    /** The path of {@code key} below this one. */
    public RawPath key(String key) {
        return append(key);
    }

    /** The path of element {@code index} below this one. */
    public RawPath index(int index) {
        return append(index);
    }

    /** The path one step up; the root for the root. */
    public RawPath parent() {
        return segments.isEmpty() ? this : new RawPath(segments.subList(0, segments.size() - 1));
    }

    /** Whether this is the document itself. */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The last key, if the path ends with a key. */
    public String lastKey() {
        Object last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        return last instanceof String key ? key : "";
    }

    /**
     * The TOML table name a person would recognise, array indices dropped:
     * {@code stack[0].config.pre_deploy} → {@code stack.config.pre_deploy}.
     */
    public String tableName() {
        List<String> keys = new ArrayList<>();
        for (Object segment : segments) {
            if (segment instanceof String key) {
                keys.add(key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"");
            }
        }
        return String.join(".", keys);
    }

    private RawPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new RawPath(longer);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(segment);
            }
        }
        return text.toString();
    }
}
