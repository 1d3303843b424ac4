package dev.komodosync.parser.internal.toml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.komodosync.parser.internal.DocumentLimits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The numbers, dates and times of TOML 1.1 as tomlj 1.2.0 reads them, read where the cursor is:
 * integers (with underscores, or in hex, octal or binary), floats ({@code inf} and {@code nan} too), and the dates and times tomlj
 * reads the same way; gives up on numbers out of range and the rarer forms of dates and times.
 */
abstract class TomlScalars extends TomlStrings {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    TomlScalars(String file, String text, TripleQuoteEscaper escaper, DocumentLimits.Limits limits, TomlWork work) {
        super(file, text, escaper, limits, work);
    }

    JsonNode number() {
        int start = index;
        if (index < length && (chars[index] == '+' || chars[index] == '-')) {
            index++;
        }
        if (text.startsWith("inf", index) || text.startsWith("nan", index)) {
            // TOML's special floats, signed or not; tomlj reads -nan as NaN too.
            boolean infinite = chars[index] == 'i';
            boolean negative = chars[start] == '-';
            index += 3;
            return NODES.numberNode(infinite ? (negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : Double.NaN);
        }
        if (index >= length || !isDigit(chars[index])) {
            throw new GiveUp("not a value this reader knows");
        }
        boolean signed = index > start;
        if (!signed && chars[index] == '0' && index + 1 < length
                && (chars[index + 1] == 'x' || chars[index + 1] == 'o' || chars[index + 1] == 'b')) {
            return radixInteger();
        }
        boolean leadingZero = chars[index] == '0';
        int digits = digits();
        if (!signed && (at(':') || at('-'))) {
            return dateTime(start);
        }
        if (leadingZero && digits > 1) {
            throw new GiveUp("leading zero");
        }
        boolean isFloat = false;
        if (index < length && chars[index] == '.') {
            index++;
            if (index >= length || !isDigit(chars[index])) {
                throw new GiveUp("fraction without digits");
            }
            digits();
            isFloat = true;
        }
        if (index < length && (chars[index] == 'e' || chars[index] == 'E')) {
            index++;
            if (index < length && (chars[index] == '+' || chars[index] == '-')) {
                index++;
            }
            if (index >= length || !isDigit(chars[index])) {
                throw new GiveUp("exponent without digits");
            }
            digits();
            isFloat = true;
        }
        if (index < length && (chars[index] == ':' || chars[index] == '-')) {
            return dateTime(start);
        }
        work.add(2L * (index - start));
        String number = text.substring(start, index).replace("_", "");
        try {
            if (isFloat) {
                double value = Double.parseDouble(number);
                if (Double.isInfinite(value)) {
                    throw new GiveUp("float out of range");
                }
                return NODES.numberNode(value);
            }
            return NODES.numberNode(Long.parseLong(number));
        } catch (NumberFormatException outOfRange) {
            throw new GiveUp("number out of range");
        }
    }

    // ---- dates and times ----

    /**
     * A date, time or date-time starting at {@code start}, as tomlj 1.2.0 reads it (TOML 1.1):
     * {@code 1979-05-27}, {@code 07:32}, {@code 07:32:00.5}, {@code 1979-05-27T07:32:00} (or with
     * {@code t} or one space for {@code T}), and with {@code Z}, {@code z} or {@code -07:00}.
     * Anything else (a leap second, fractions beyond nanoseconds, a day that does not exist) is
     * left to tomlj, which reports it.
     */
    private JsonNode dateTime(int start) {
        work.add(index - start);
        index = start;
        try {
            if (fixedDigits(4) >= 0 && at('-')) {
                index = start;
                LocalDate date = LocalDate.of(number(4, 0, 9999), expect('-', 2, 1, 12), expect('-', 2, 1, 31));
                boolean delimited = at('T') || at('t')
                        || (at(' ') && index + 3 < length && isDigit(chars[index + 1])
                                && isDigit(chars[index + 2]) && chars[index + 3] == ':');
                if (!delimited) {
                    return NODES.pojoNode(date);
                }
                index++;
                LocalTime time = time();
                if (at('Z') || at('z')) {
                    index++;
                    return NODES.pojoNode(OffsetDateTime.of(date, time, ZoneOffset.UTC));
                }
                if (at('+') || at('-')) {
                    return NODES.pojoNode(OffsetDateTime.of(date, time, offset()));
                }
                return NODES.pojoNode(LocalDateTime.of(date, time));
            }
            index = start;
            if (fixedDigits(2) >= 0 && at(':')) {
                index = start;
                return NODES.pojoNode(time());
            }
        } catch (DateTimeException outOfRange) {
            throw new GiveUp("a date that does not exist");
        }
        throw new GiveUp("a date or time this reader does not know");
    }

    /** {@code HH:MM}, then optionally {@code :SS} and a fraction of up to nine digits. */
    private LocalTime time() {
        int hour = number(2, 0, 23);
        int minute = expect(':', 2, 0, 59);
        if (!at(':')) {
            return LocalTime.of(hour, minute);
        }
        int second = expect(':', 2, 0, 59);
        int nano = 0;
        if (at('.')) {
            index++;
            int from = index;
            while (index < length && isDigit(chars[index])) {
                index++;
            }
            int digits = index - from;
            if (digits == 0 || digits > 9) {
                throw new GiveUp("a fraction of a second this reader does not know");
            }
            nano = Integer.parseInt(text.substring(from, index)) * (int) Math.pow(10, 9 - digits);
        }
        return LocalTime.of(hour, minute, second, nano);
    }

    /** {@code +HH:MM} or {@code -HH:MM}, reckoned as tomlj does ({@code -00:30} is half an hour east). */
    private ZoneOffset offset() {
        boolean negative = chars[index] == '-';
        index++;
        int hours = number(2, 0, 18) * (negative ? -1 : 1);
        int minutes = expect(':', 2, 0, 59);
        return ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
    }

    /** {@code separator}, then {@link #number} of {@code count} digits. */
    private int expect(char separator, int count, int min, int max) {
        if (!at(separator)) {
            throw new GiveUp("a date or time this reader does not know");
        }
        index++;
        return number(count, min, max);
    }

    /** Exactly {@code count} digits, not followed by another, between {@code min} and {@code max}. */
    private int number(int count, int min, int max) {
        int value = fixedDigits(count);
        if (value < min || value > max) {
            throw new GiveUp("a date or time out of range");
        }
        return value;
    }

    /** The value of exactly {@code count} digits here (not followed by another), read past; -1 if there are not. */
    private int fixedDigits(int count) {
        if (index + count > length || (index + count < length && isDigit(chars[index + count]))) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            char c = chars[index + i];
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        index += count;
        return value;
    }

    private JsonNode radixInteger() {
        char base = chars[index + 1];
        int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
        index += 2;
        int start = index;
        boolean digitBefore = false;
        while (index < length) {
            char c = chars[index];
            if (Character.digit(c, radix) >= 0 && c < 128) {
                digitBefore = true;
                index++;
            } else if (c == '_' && digitBefore && index + 1 < length
                    && Character.digit(chars[index + 1], radix) >= 0 && chars[index + 1] < 128) {
                index++;
            } else {
                break;
            }
        }
        if (!digitBefore) {
            throw new GiveUp("integer without digits");
        }
        work.add(2L * (index - start));
        try {
            return NODES.numberNode(Long.parseLong(text.substring(start, index).replace("_", ""), radix));
        } catch (NumberFormatException outOfRange) {
            throw new GiveUp("integer out of range");
        }
    }
}
