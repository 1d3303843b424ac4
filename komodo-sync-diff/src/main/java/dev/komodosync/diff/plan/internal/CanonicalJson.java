package dev.komodosync.diff.plan.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.model.internal.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a Jackson tree: object members sorted by their
 * names' UTF-16 code units, no whitespace, strings escaped as ECMAScript's {@code JSON.stringify}
 * does, numbers as ECMAScript prints them.
 */
final class CanonicalJson {

    private CanonicalJson() {}

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /**
     * The SHA-256 of the UTF-8 bytes of {@link #write}'s text, the bytes fed to the digest as they
     * are written: a big plan's text is megabytes, held once as a string and once as bytes otherwise.
     */
    static byte[] sha256(JsonNode node) {
        Utf8Digest out = new Utf8Digest(Sha256.start());
        write(node, out);
        return out.finish();
    }

    /**
     * Encodes what is appended as UTF-8, exactly as {@link String#getBytes} with UTF-8 encodes the
     * whole text (a surrogate without its pair is {@code ?}), into a digest a buffer at a time.
     */
    static final class Utf8Digest implements Appendable {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[1 << 13];
        private int used;
        /** A high surrogate appended last, waiting for its low one; 0 for none. */
        private char high;

        Utf8Digest(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public Utf8Digest append(CharSequence text) {
            return append(text, 0, text.length());
        }

        @Override
        public Utf8Digest append(CharSequence text, int from, int to) {
            for (int i = from; i < to; i++) {
                append(text.charAt(i));
            }
            return this;
        }

        @Override
        public Utf8Digest append(char c) {
            if (used > buffer.length - 4) {
                flush();
            }
            if (high != 0) {
                char first = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int codePoint = Character.toCodePoint(first, c);
                    buffer[used++] = (byte) (0xF0 | codePoint >> 18);
                    buffer[used++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    buffer[used++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    buffer[used++] = (byte) (0x80 | codePoint & 0x3F);
                    return this;
                }
                buffer[used++] = '?';
                if (used > buffer.length - 4) {
                    flush();
                }
            }
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
            return this;
        }

        /** The digest of all that was appended. */
        byte[] finish() {
            if (high != 0) {
                high = 0;
                append('?');
            }
            flush();
            return digest.digest();
        }

        private void flush() {
            digest.update(buffer, 0, used);
            used = 0;
        }
    }

    private static void write(JsonNode node, Appendable out) {
        try {
            writeTo(node, out);
        } catch (IOException e) {
            // Neither a StringBuilder nor a digest throws.
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTo(JsonNode node, Appendable out) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.size());
            for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
                names.add(fields.next());
            }
            // String's natural order compares UTF-16 code units, as RFC 8785 sorts
            java.util.Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                writeTo(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> elements = node.elements();
            boolean first = true;
            while (elements.hasNext()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeTo(elements.next(), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNumber()) {
            out.append(number(node));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else {
            out.append("null");
        }
    }

    private static void string(String text, Appendable out) throws IOException {
        out.append('"');
        // Plain characters are copied a run at a time; only the ones to escape one by one.
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(text, run, text.length());
        out.append('"');
    }

    /** ECMAScript's Number.prototype.toString for finite numbers (RFC 8785 §3.2.2.3). */
    static String number(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong() && Math.abs(node.longValue()) < (1L << 53)) {
            return Long.toString(node.longValue());
        }
        double value = node.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-6 && magnitude < 1e21) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (value < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }
}
