package dev.komodosync.parser;

/**
 * The limits a load keeps to, so that no sync file — from a repository anyone can push to — can
 * make a run exhaust memory or flood its output. Each limit exceeded is a located {@code KS110}
 * error; a file that exceeds one declares nothing. The defaults are far above anything Komodo
 * could apply (Core refuses request bodies over 2 MiB, so no longer value could ever reach it).
 * Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * SyncLoader loader = SyncLoader.create(LoadOptions.builder().maxFileBytes(1 << 20).build());
 * }</pre>
 *
 * @param maxFileBytes the largest sync file read, in bytes (default 16 MiB)
 * @param maxFiles the most sync files one load reads (default 10,000)
 * @param maxDepth the deepest nesting of tables and arrays (default 64)
 * @param maxStringLength the longest string value or key, in characters (default 2 MiB)
 * @param maxArrayLength the most elements of one array (default 100,000)
 * @param maxResources the most resources one load declares (default 100,000)
 * @param maxSnapshotBytes the largest snapshot read, in bytes for a file or a stream, in characters for a string
 *     or text (default 1 GiB)
 * @param maxSnapshotStringLength the longest string or key in a snapshot, in characters (default 32
 *     MiB: a snapshot is the Core's data, which holds more than was ever sent to it, such as the
 *     contents of files it read from git)
 * @param maxSnapshotNumberLength the longest number in a snapshot, in characters (default 1,000)
 * @param maxSnapshotDepth the deepest nesting of a snapshot's arrays and objects (default 1,000)
 */
public record LoadOptions(
        long maxFileBytes,
        int maxFiles,
        int maxDepth,
        int maxStringLength,
        int maxArrayLength,
        int maxResources,
        long maxSnapshotBytes,
        int maxSnapshotStringLength,
        int maxSnapshotNumberLength,
        int maxSnapshotDepth) {

    /** The defaults. */
    private static final LoadOptions DEFAULTS = new LoadOptions(16L << 20, 10_000, 64, 2 << 20, 100_000, 100_000, 1L << 30,
            32 << 20, 1_000, 1_000);

    /** Checks that every limit is positive. */
    public LoadOptions {
        positive("maxFileBytes", maxFileBytes);
        positive("maxFiles", maxFiles);
        positive("maxDepth", maxDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxArrayLength", maxArrayLength);
        positive("maxResources", maxResources);
        positive("maxSnapshotBytes", maxSnapshotBytes);
        positive("maxSnapshotStringLength", maxSnapshotStringLength);
        positive("maxSnapshotNumberLength", maxSnapshotNumberLength);
        positive("maxSnapshotDepth", maxSnapshotDepth);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** The documented defaults. */
    public static LoadOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LoadOptions}; each value is checked when built. */
    public static final class Builder {
        private long maxFileBytes = DEFAULTS.maxFileBytes;
        private int maxFiles = DEFAULTS.maxFiles;
        private int maxDepth = DEFAULTS.maxDepth;
        private int maxStringLength = DEFAULTS.maxStringLength;
        private int maxArrayLength = DEFAULTS.maxArrayLength;
        private int maxResources = DEFAULTS.maxResources;
        private long maxSnapshotBytes = DEFAULTS.maxSnapshotBytes;
        private int maxSnapshotStringLength = DEFAULTS.maxSnapshotStringLength;
        private int maxSnapshotNumberLength = DEFAULTS.maxSnapshotNumberLength;
        private int maxSnapshotDepth = DEFAULTS.maxSnapshotDepth;

        private Builder() {}

        /** The largest sync file read, in bytes. */
        public Builder maxFileBytes(long value) {
            this.maxFileBytes = value;
            return this;
        }

        /** The most sync files one load reads. */
        public Builder maxFiles(int value) {
            this.maxFiles = value;
            return this;
        }

        /** The deepest nesting of tables and arrays. */
        public Builder maxDepth(int value) {
            this.maxDepth = value;
            return this;
        }

        /** The longest string value or key, in characters. */
        public Builder maxStringLength(int value) {
            this.maxStringLength = value;
            return this;
        }

        /** The most elements of one array. */
        public Builder maxArrayLength(int value) {
            this.maxArrayLength = value;
            return this;
        }

        /** The most resources one load declares. */
        public Builder maxResources(int value) {
            this.maxResources = value;
            return this;
        }

        /** The largest snapshot read: bytes of a file, characters of a stream or text. */
        public Builder maxSnapshotBytes(long value) {
            this.maxSnapshotBytes = value;
            return this;
        }

        /** The longest string or key in a snapshot, in characters. */
        public Builder maxSnapshotStringLength(int value) {
            this.maxSnapshotStringLength = value;
            return this;
        }

        /** The longest number in a snapshot, in characters. */
        public Builder maxSnapshotNumberLength(int value) {
            this.maxSnapshotNumberLength = value;
            return this;
        }

        /** The deepest nesting of a snapshot's arrays and objects. */
        public Builder maxSnapshotDepth(int value) {
            this.maxSnapshotDepth = value;
            return this;
        }

        /** The options; throws {@link IllegalArgumentException} naming a limit that is not positive. */
        public LoadOptions build() {
            return new LoadOptions(maxFileBytes, maxFiles, maxDepth, maxStringLength, maxArrayLength, maxResources,
                    maxSnapshotBytes, maxSnapshotStringLength, maxSnapshotNumberLength, maxSnapshotDepth);
        }
    }
}
