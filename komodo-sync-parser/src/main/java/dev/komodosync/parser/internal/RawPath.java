package dev.komodosync.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A path into a parsed document as it was written: table keys in their written spelling and
 * array indices, e.g. {@code stack[0].config.pre_deploy}. The key of positions and of binding
 * diagnostics.
 *
 * <p>A path is its parent plus one segment, with its hash computed once, when first asked for: a
 * document has a path for every key it holds, and making, hashing and comparing them must cost
 * little (most paths are made for a diagnostic that never comes, and never hashed).
 */
public final class RawPath {

    private static final RawPath ROOT = new RawPath(null, null);

    private final RawPath parent;
    /** A key ({@code String}) or an index ({@code Integer}); null for the root. */
    private final Object segment;
    private final int depth;
    /** The hash, once computed; 0 until then (a hash that is 0 is recomputed, correctly). */
    private int hash;

    private RawPath(RawPath parent, Object segment) {
        this.parent = parent;
        this.segment = segment;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** The document itself. */
    public static RawPath root() {
        return ROOT;
    }

    /** The path of {@code key} below this one. */
    public RawPath key(String key) {
        return new RawPath(this, Objects.requireNonNull(key, "key"));
    }

    /** The path of element {@code index} below this one. */
    public RawPath index(int index) {
        return new RawPath(this, index);
    }

    /** How many keys and indices lead here from the root (the root's is 0, a top-level key's 1). */
    public int depth() {
        return depth;
    }

    /** The keys ({@code String}) and indices ({@code Integer}) from the root down. */
    public List<Object> segments() {
        Object[] segments = new Object[depth];
        RawPath current = this;
        for (int i = depth - 1; i >= 0; i--) {
            segments[i] = current.segment;
            current = current.parent;
        }
        return Collections.unmodifiableList(Arrays.asList(segments));
    }

    /** The path one step up; the root for the root. */
    public RawPath parent() {
        return parent == null ? this : parent;
    }

    /** Whether this is the document itself. */
    public boolean isRoot() {
        return parent == null;
    }

    /** The last key, if the path ends with a key. */
    public String lastKey() {
        return segment instanceof String key ? key : "";
    }

    /**
     * The TOML table name a person would recognise, array indices dropped:
     * {@code stack[0].config.pre_deploy} → {@code stack.config.pre_deploy}.
     */
    public String tableName() {
        List<String> keys = new ArrayList<>();
        for (Object segment : segments()) {
            if (segment instanceof String key) {
                keys.add(key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"");
            }
        }
        return String.join(".", keys);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RawPath that) || depth != that.depth || hashCode() != that.hashCode()) {
            return false;
        }
        RawPath a = this;
        RawPath b = that;
        while (a != b) {
            if (!a.segment.equals(b.segment)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = parent == null ? 1 : 31 * parent.hashCode() + segment.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments()) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(segment);
            }
        }
        return text.toString();
    }
}
