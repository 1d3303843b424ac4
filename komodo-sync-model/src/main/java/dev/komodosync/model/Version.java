package dev.komodosync.model;

import java.util.Optional;

/**
 * A Komodo version, {@code MAJOR.MINOR.PATCH} (behaviour §2.3). {@code 0.0.0} means "none" or
 * "latest", as in Komodo.
 *
 * @param major the major part
 * @param minor the minor part
 * @param patch the patch part
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    /** {@code 0.0.0}: no version, "latest". */
    public static final Version NONE = new Version(0, 0, 0);

    /**
     * Reads a version the way Komodo does: split at {@code .}, each part an {@code int} with no
     * trimming, a missing minor or patch part is 0, parts after the third are ignored.
     *
     * @return the version, or empty when Komodo would reject the text ({@code ""}, {@code "v1.2"},
     *     {@code "1..2"}, a part out of {@code int} range)
     */
    public static Optional<Version> parse(String text) {
        String[] parts = text.split("\\.", -1);
        int[] numbers = new int[3];
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            Optional<Integer> number = parsePart(parts[i]);
            if (number.isEmpty()) {
                return Optional.empty();
            }
            numbers[i] = number.get();
        }
        return Optional.of(new Version(numbers[0], numbers[1], numbers[2]));
    }

    private static Optional<Integer> parsePart(String part) {
        // Rust's i32::from_str: an optional sign then ASCII digits, nothing else.
        int start = !part.isEmpty() && (part.charAt(0) == '+' || part.charAt(0) == '-') ? 1 : 0;
        if (start == part.length()) {
            return Optional.empty();
        }
        for (int i = start; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Integer.parseInt(part));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** Whether {@code other} is the same version (written out, as for {@link Diagnostic#equals}: start-up cost). */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Version that && major == that.major && minor == that.minor
                && patch == that.patch;
    }

    /** The components combined as a record's generated {@code hashCode} combines them. */
    @Override
    public int hashCode() {
        return (major * 31 + minor) * 31 + patch;
    }

    /** Whether this is {@code 0.0.0}. */
    public boolean isNone() {
        return major == 0 && minor == 0 && patch == 0;
    }

    @Override
    public int compareTo(Version other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    /** {@code MAJOR.MINOR.PATCH}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
