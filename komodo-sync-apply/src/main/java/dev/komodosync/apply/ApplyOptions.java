package dev.komodosync.apply;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How an apply runs: deploy parallelism and pauses, the delete guard rails, cancellation.
 * Immutable; made by {@link #builder()}.
 *
 * @param parallelism at most this many deploys of one round run at once; 0 = all of them, as Komodo does
 * @param roundPause the pause between deploy rounds; zero by default (Komodo sleeps 1 s, but each
 *     round here already waits for every deploy of the round to complete, so nothing is gained)
 * @param maxDeletes refuse the whole apply when the plan deletes more resources than this
 * @param protect {@code kind:name-or-pattern} entries ({@code *} any text, {@code ?} one
 *     character, {@code *} as kind any kind) whose matching resources are never deleted
 * @param selfSync the resource sync that reads the files: deleting it refuses the apply
 * @param cancellation asks the run to stop between items
 */
public record ApplyOptions(
        int parallelism, Duration roundPause, OptionalInt maxDeletes, List<String> protect, Optional<String> selfSync,
        Cancellation cancellation) {

    /** The tag that protects a resource from deletion. */
    public static final String PROTECT_TAG = "protect";

    /** Checks and copies the arguments. */
    public ApplyOptions {
        checkArgument(parallelism >= 0, "parallelism must not be negative: %s", parallelism);
        checkArgument(!roundPause.isNegative(), "round pause must not be negative: %s", roundPause);
        requireNonNull(maxDeletes, "maxDeletes");
        protect = List.copyOf(protect);
        protect.forEach(ApplyOptions::checkProtect);
        requireNonNull(selfSync, "selfSync");
        requireNonNull(cancellation, "cancellation");
    }

    /** The defaults: all deploys of a round at once, no pause, no delete limit. */
    public static ApplyOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether a protect entry matches a resource of kind {@code kindKey} named {@code name}. */
    public boolean protects(String kindKey, String name) {
        for (String entry : protect) {
            int colon = entry.indexOf(':');
            if (glob(entry.substring(0, colon)).matcher(kindKey).matches()
                    && glob(entry.substring(colon + 1)).matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void checkProtect(String entry) {
        int colon = entry.indexOf(':');
        checkArgument(colon > 0 && colon < entry.length() - 1,
                "protect entry must be <kind>:<name-or-pattern>, e.g. server:prod-*: %s", entry);
    }

    private static Pattern glob(String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : text.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    /** Builds {@link ApplyOptions}; validates on {@link #build()}. */
    public static final class Builder {
        private int parallelism;
        private Duration roundPause = Duration.ZERO;
        private OptionalInt maxDeletes = OptionalInt.empty();
        private final List<String> protect = new ArrayList<>();
        private Optional<String> selfSync = Optional.empty();
        private Cancellation cancellation = Cancellation.create();

        private Builder() {}

        /** At most {@code value} deploys of a round at once; 0 = all (Komodo's way). */
        public Builder parallelism(int value) {
            this.parallelism = value;
            return this;
        }

        /** A pause between deploy rounds. */
        public Builder roundPause(Duration value) {
            this.roundPause = requireNonNull(value, "value");
            return this;
        }

        /** Refuse the apply when the plan deletes more than {@code value} resources. */
        public Builder maxDeletes(int value) {
            checkArgument(value >= 0, "max deletes must not be negative: %s", value);
            this.maxDeletes = OptionalInt.of(value);
            return this;
        }

        /** Never delete resources matching {@code entry} ({@code kind:name-or-pattern}). */
        public Builder protect(String entry) {
            checkProtect(requireNonNull(entry, "entry"));
            protect.add(entry);
            return this;
        }

        /** The resource sync that reads the files. */
        public Builder selfSync(String name) {
            this.selfSync = Optional.of(requireNonNull(name, "name"));
            return this;
        }

        /** The cancellation the run watches. */
        public Builder cancellation(Cancellation value) {
            this.cancellation = requireNonNull(value, "value");
            return this;
        }

        /** The options. */
        public ApplyOptions build() {
            return new ApplyOptions(parallelism, roundPause, maxDeletes, protect, selfSync, cancellation);
        }
    }
}
