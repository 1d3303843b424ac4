package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.SourceLocation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A one-pass reader of the TOML that sync files are made of, giving the very document and
 * positions that {@link TomljReader} gives for the same text, ~20× faster; for anything it is not
 * sure of it gives up, and tomlj reads the file.
 *
 * <p>It reads TOML 1.1 as tomlj 1.2.0 does — keys, the four kinds of string with every escape
 * (including 1.1's {@code \e} and {@code \xHH}), integers, floats, booleans, arrays, inline tables
 * (over several lines, with a trailing comma), tables and arrays of tables, dotted keys — and
 * mirrors tomlj's table bookkeeping, which decides both what is an error and where each key is
 * said to be: a table made implicitly takes the position of what made it until a header defines
 * it; an element of an array is at its value, or at the first line break before it.
 *
 * <p>It gives up ({@link Optional#empty()}) on any syntax error, on any rule it does not mirror
 * exactly (the rarer forms of dates and times, dates and times in arrays, {@code inf} and {@code nan}, numbers out of range, runs of four quotes
 * in multi-line strings, control characters, extending an inline table, nesting beyond
 * {@value #MAX_DEPTH}), so that tomlj reports errors and reads what is rare. Its agreement with
 * tomlj, positions included, is checked by differential tests over realistic, example and fuzzed
 * files.
 */
final class FastTomlParser {

    private static final int MAX_DEPTH = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** tomlj's lexer writes every line break inside a multi-line string as the platform's. */
    private static final String LINE_BREAK = System.lineSeparator();
    /** The value of a key that is neither a table nor an array of tables: it cannot be extended. */
    private static final Object LEAF = new Object();

    /** Thrown to give up; carries no stack trace, it is control flow. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A table as tomlj keeps it: its node, its path, whether a header (or a value) defined it. */
    private static final class Table {
        final ObjectNode node;
        final RawPath path;
        final Map<String, Object> children = new HashMap<>();
        boolean defined;

        Table(ObjectNode node, RawPath path, boolean defined) {
            this.node = node;
            this.path = path;
            this.defined = defined;
        }
    }

    /** An array of tables ({@code [[x]]}). */
    private static final class TableArray {
        final ArrayNode node;
        final RawPath path;
        Table last;

        TableArray(ArrayNode node, RawPath path) {
            this.node = node;
            this.path = path;
        }
    }

    private final String file;
    private final String text;
    /** The text's characters, read by index: cheaper than {@code charAt}, above all before the JIT's best code. */
    private final char[] chars;
    private final int length;
    private final TripleQuoteEscaper escaper;
    private final KeyCache keys = new KeyCache();
    private final Map<RawPath, SourceLocation> positions = new HashMap<>();
    /** Tables that dotted keys went through since the last header; a header defines them (as tomlj does). */
    private final List<Table> openTables = new ArrayList<>();

    private int index;
    private int line = 1;
    private int lineStart;

    private FastTomlParser(String file, String text, TripleQuoteEscaper escaper) {
        this.file = file;
        this.text = text;
        this.chars = text.toCharArray();
        this.length = chars.length;
        this.escaper = escaper;
    }

    /**
     * The document that {@code escaper}'s text holds, or empty where tomlj must read it.
     *
     * @param file the file name as diagnostics show it
     * @param escaper the file's text after the {@code """} rule
     */
    static Optional<ParsedDocument> parse(String file, TripleQuoteEscaper escaper) {
        return new FastTomlParser(file, escaper.escaped(), escaper).document();
    }

    /** Why the fast path would give up on {@code escaper}'s text, or empty if it reads it (for tests). */
    static Optional<String> reasonToGiveUp(TripleQuoteEscaper escaper) {
        try {
            new FastTomlParser("", escaper.escaped(), escaper).readDocument();
            return Optional.empty();
        } catch (GiveUp giveUp) {
            return Optional.of(giveUp.getMessage());
        }
    }

    private Optional<ParsedDocument> document() {
        try {
            ObjectNode root = readDocument();
            return Optional.of(new ParsedDocument(file, root, positions, List.of()));
        } catch (GiveUp giveUp) {
            return Optional.empty();
        }
    }

    private ObjectNode readDocument() {
        Table root = new Table(NODES.objectNode(), RawPath.root(), true);
        Table current = root;
        while (true) {
            skipWhitespaceAndComment();
            if (index >= length) {
                return root.node;
            }
            char c = chars[index];
            if (c == '\n' || c == '\r') {
                newLine();
                continue;
            }
            if (c == '[') {
                current = header(root);
            } else {
                keyValue(current);
            }
            endOfExpression();
        }
    }

    // ---- expressions ----

    private Table header(Table root) {
        SourceLocation at = here();
        boolean array = text.startsWith("[[", index);
        index += array ? 2 : 1;
        skipWhitespace();
        List<String> keys = key();
        skipWhitespace();
        if (array ? !text.startsWith("]]", index) : !text.startsWith("]", index)) {
            throw new GiveUp("table header not closed");
        }
        index += array ? 2 : 1;
        for (Table open : openTables) {
            open.defined = true;
        }
        openTables.clear();
        Table parent = enter(root, keys.subList(0, keys.size() - 1), at, true, true, false);
        String last = keys.get(keys.size() - 1);
        Object existing = parent.children.get(last);
        RawPath path = parent.path.key(last);
        if (array) {
            TableArray tables;
            if (existing == null) {
                tables = new TableArray(parent.node.putArray(last), path);
                parent.children.put(last, tables);
                positions.put(path, at);
            } else if (existing instanceof TableArray known) {
                tables = known;
            } else {
                throw new GiveUp("[[" + String.join(".", keys) + "]] is not an array of tables");
            }
            RawPath elementPath = path.index(tables.node.size());
            Table element = new Table(tables.node.addObject(), elementPath, false);
            tables.last = element;
            positions.put(elementPath, at);
            return element;
        }
        if (existing == null) {
            Table table = new Table(parent.node.putObject(last), path, true);
            parent.children.put(last, table);
            positions.put(path, at);
            return table;
        }
        if (existing instanceof Table implicit && !implicit.defined) {
            implicit.defined = true;
            positions.put(path, at);
            return implicit;
        }
        throw new GiveUp("[" + String.join(".", keys) + "] defined twice");
    }

    private void keyValue(Table table) {
        SourceLocation at = here();
        List<String> keys = key();
        skipWhitespace();
        if (index >= length || chars[index] != '=') {
            throw new GiveUp("expected =");
        }
        index++;
        skipWhitespace();
        Table parent = enter(table, keys.subList(0, keys.size() - 1), at, false, false, true);
        String last = keys.get(keys.size() - 1);
        if (parent.children.containsKey(last)) {
            throw new GiveUp("key defined twice");
        }
        RawPath path = parent.path.key(last);
        JsonNode value = value(path, 0);
        parent.children.put(last, LEAF);
        parent.node.set(last, value);
        positions.put(path, at);
    }

    /**
     * Walks (and makes) the tables on {@code keys} below {@code from}, as tomlj's {@code ensureTable}
     * does: implicit tables take {@code at}; through arrays of tables to their last element only
     * for headers; into defined tables only for headers.
     */
    private Table enter(Table from, List<String> keys, SourceLocation at, boolean throughArrays,
            boolean intoDefined, boolean open) {
        Table table = from;
        for (String key : keys) {
            Object child = table.children.get(key);
            if (child == null) {
                RawPath path = table.path.key(key);
                Table made = new Table(table.node.putObject(key), path, false);
                table.children.put(key, made);
                positions.put(path, at);
                table = made;
            } else if (child instanceof Table known) {
                if (known.defined && !intoDefined) {
                    throw new GiveUp("dotted key into a defined table");
                }
                table = known;
            } else if (child instanceof TableArray tables && throughArrays) {
                table = tables.last;
            } else {
                throw new GiveUp("key path into a value");
            }
            if (open) {
                openTables.add(table);
            }
        }
        return table;
    }

    private void endOfExpression() {
        skipWhitespaceAndComment();
        if (index < length) {
            char c = chars[index];
            if (c != '\n' && c != '\r') {
                throw new GiveUp("more after an expression on its line");
            }
            newLine();
        }
    }

    // ---- keys ----

    private List<String> key() {
        List<String> keys = new ArrayList<>(2);
        while (true) {
            keys.add(simpleKey());
            skipWhitespace();
            if (index < length && chars[index] == '.') {
                index++;
                skipWhitespace();
                continue;
            }
            return keys;
        }
    }

    private String simpleKey() {
        if (index >= length) {
            throw new GiveUp("expected a key");
        }
        char c = chars[index];
        if (c == '"') {
            if (text.startsWith("\"\"\"", index)) {
                throw new GiveUp("multi-line string as a key");
            }
            return basicString();
        }
        if (c == '\'') {
            if (text.startsWith("'''", index)) {
                throw new GiveUp("multi-line string as a key");
            }
            return literalString();
        }
        int start = index;
        while (index < length && isKeyChar(chars[index])) {
            index++;
        }
        if (index == start) {
            throw new GiveUp("expected a key");
        }
        return keys.get(chars, start, index);
    }

    /**
     * One string per distinct bare key of a file: a file says {@code name}, {@code config} and
     * {@code server_id} once per resource, and each string made is kept, hashed and compared.
     * Open addressing over the key's characters, so that a key already met makes no string.
     */
    private static final class KeyCache {
        private String[] table = new String[128];
        private int size;

        String get(char[] chars, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + chars[i];
            }
            int mask = table.length - 1;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String known = table[slot];
                if (known == null) {
                    String key = new String(chars, from, to - from);
                    table[slot] = key;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                    return key;
                }
                if (known.hashCode() == hash && same(known, chars, from, to)) {
                    return known;
                }
            }
        }

        private static boolean same(String known, char[] chars, int from, int to) {
            if (known.length() != to - from) {
                return false;
            }
            for (int i = 0; i < known.length(); i++) {
                if (known.charAt(i) != chars[from + i]) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private void grow() {
            String[] old = table;
            table = new String[old.length * 2];
            int mask = table.length - 1;
            for (String key : old) {
                if (key != null) {
                    int slot = spread(key.hashCode()) & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = key;
                }
            }
        }
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    // ---- values ----

    private JsonNode value(RawPath path, int depth) {
        if (index >= length) {
            throw new GiveUp("expected a value");
        }
        char c = chars[index];
        JsonNode value;
        if (c == '"') {
            value = NODES.textNode(text.startsWith("\"\"\"", index) ? multilineBasicString() : basicString());
        } else if (c == '\'') {
            value = NODES.textNode(text.startsWith("'''", index) ? multilineLiteralString() : literalString());
        } else if (c == '[') {
            value = array(path, depth + 1);
        } else if (c == '{') {
            value = inlineTable(path, depth + 1);
        } else if (text.startsWith("true", index)) {
            index += 4;
            value = NODES.booleanNode(true);
        } else if (text.startsWith("false", index)) {
            index += 5;
            value = NODES.booleanNode(false);
        } else {
            value = number();
        }
        if (index < length) {
            char next = chars[index];
            if (next != ' ' && next != '\t' && next != '\n' && next != '\r' && next != '#' && next != ','
                    && next != ']' && next != '}') {
                throw new GiveUp("unexpected character after a value");
            }
        }
        return value;
    }

    private JsonNode array(RawPath path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new GiveUp("nested too deeply");
        }
        index++;
        ArrayNode array = NODES.arrayNode();
        SourceLocation firstBreak = null;
        boolean expectValue = true;
        while (true) {
            skipWhitespaceAndComment();
            if (index >= length) {
                throw new GiveUp("array not closed");
            }
            char c = chars[index];
            if (c == '\n' || c == '\r') {
                if (firstBreak == null) {
                    firstBreak = here();
                }
                newLine();
                continue;
            }
            if (c == ']') {
                index++;
                return array;
            }
            if (c == ',') {
                if (expectValue) {
                    throw new GiveUp("comma without a value");
                }
                index++;
                expectValue = true;
                firstBreak = null;
                continue;
            }
            if (!expectValue) {
                throw new GiveUp("expected a comma");
            }
            // tomlj's array element starts at the first line break before its value, if any.
            SourceLocation at = firstBreak != null ? firstBreak : here();
            RawPath elementPath = path.index(array.size());
            JsonNode element = value(elementPath, depth);
            if (element.isPojo()) {
                // tomlj's lexer loses its place after a date or time in an array (it refuses a
                // valid document when one ends the array); it reads such files itself.
                throw new GiveUp("a date or time in an array");
            }
            array.add(element);
            positions.put(elementPath, at);
            expectValue = false;
        }
    }

    private JsonNode inlineTable(RawPath path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new GiveUp("nested too deeply");
        }
        index++;
        Table table = new Table(NODES.objectNode(), path, true);
        boolean expectKey = true;
        while (true) {
            skipWhitespaceAndComment();
            if (index >= length) {
                throw new GiveUp("inline table not closed");
            }
            char c = chars[index];
            if (c == '\n' || c == '\r') {
                newLine();
                continue;
            }
            if (c == '}') {
                index++;
                break;
            }
            if (c == ',') {
                if (expectKey) {
                    throw new GiveUp("comma without a key");
                }
                index++;
                expectKey = true;
                continue;
            }
            if (!expectKey) {
                throw new GiveUp("expected a comma");
            }
            inlineKeyValue(table, depth);
            expectKey = false;
        }
        return table.node;
    }

    private void inlineKeyValue(Table table, int depth) {
        SourceLocation at = here();
        List<String> keys = key();
        skipWhitespace();
        if (index >= length || chars[index] != '=') {
            throw new GiveUp("expected =");
        }
        index++;
        skipWhitespace();
        Table parent = enter(table, keys.subList(0, keys.size() - 1), at, false, false, false);
        String last = keys.get(keys.size() - 1);
        if (parent.children.containsKey(last)) {
            throw new GiveUp("key defined twice in an inline table");
        }
        RawPath path = parent.path.key(last);
        JsonNode value = value(path, depth);
        parent.children.put(last, LEAF);
        parent.node.set(last, value);
        positions.put(path, at);
    }

    private JsonNode number() {
        int start = index;
        if (index < length && (chars[index] == '+' || chars[index] == '-')) {
            index++;
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

    private boolean at(char c) {
        return index < length && chars[index] == c;
    }

    /** Digits with single underscores between them; returns how many digits. */
    private int digits() {
        int count = 0;
        while (index < length) {
            char c = chars[index];
            if (isDigit(c)) {
                count++;
                index++;
            } else if (c == '_' && index + 1 < length && isDigit(chars[index + 1]) && count > 0) {
                index++;
            } else {
                break;
            }
        }
        return count;
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
        try {
            return NODES.numberNode(Long.parseLong(text.substring(start, index).replace("_", ""), radix));
        } catch (NumberFormatException outOfRange) {
            throw new GiveUp("integer out of range");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- strings ----

    private String basicString() {
        index++;
        StringBuilder value = null;
        int runStart = index;
        while (true) {
            if (index >= length) {
                throw new GiveUp("string not closed");
            }
            char c = chars[index];
            if (c == '"') {
                String result = value == null ? text.substring(runStart, index)
                        : value.append(text, runStart, index).toString();
                index++;
                return result;
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder();
                }
                value.append(text, runStart, index);
                escape(value);
                runStart = index;
                continue;
            }
            checkStringChar(c);
            index++;
        }
    }

    private String literalString() {
        index++;
        int start = index;
        while (true) {
            if (index >= length) {
                throw new GiveUp("string not closed");
            }
            char c = chars[index];
            if (c == '\'') {
                return text.substring(start, index++);
            }
            checkStringChar(c);
            index++;
        }
    }

    private String multilineBasicString() {
        index += 3;
        skipFirstLineBreak();
        StringBuilder value = new StringBuilder();
        // Plain characters are copied a run at a time.
        int runStart = index;
        while (true) {
            if (index >= length) {
                throw new GiveUp("string not closed");
            }
            char c = chars[index];
            if (c == '"' && text.startsWith("\"\"\"", index)) {
                value.append(text, runStart, index);
                closeMultiline('"');
                return value.toString();
            }
            if (c == '\\') {
                value.append(text, runStart, index);
                if (!lineEndingBackslash()) {
                    escape(value);
                }
                runStart = index;
                continue;
            }
            if (c == '\n' || c == '\r') {
                value.append(text, runStart, index);
                newLine();
                value.append(LINE_BREAK);
                runStart = index;
                continue;
            }
            checkStringChar(c);
            index++;
        }
    }

    private String multilineLiteralString() {
        index += 3;
        skipFirstLineBreak();
        StringBuilder value = new StringBuilder();
        int runStart = index;
        while (true) {
            if (index >= length) {
                throw new GiveUp("string not closed");
            }
            char c = chars[index];
            if (c == '\'' && text.startsWith("'''", index)) {
                value.append(text, runStart, index);
                closeMultiline('\'');
                return value.toString();
            }
            if (c == '\n' || c == '\r') {
                value.append(text, runStart, index);
                newLine();
                value.append(LINE_BREAK);
                runStart = index;
                continue;
            }
            checkStringChar(c);
            index++;
        }
    }

    private void skipFirstLineBreak() {
        if (index < length && (chars[index] == '\n' || chars[index] == '\r')) {
            newLine();
        }
    }

    /** At a closing triple quote: more quotes right after it are a case tomlj's lexer decides oddly. */
    private void closeMultiline(char quote) {
        index += 3;
        if (index < length && chars[index] == quote) {
            throw new GiveUp("quotes right before the end of a multi-line string");
        }
    }

    /** A backslash ending a line in a multi-line basic string trims the break and the blanks after it. */
    private boolean lineEndingBackslash() {
        int probe = index + 1;
        while (probe < length && (chars[probe] == ' ' || chars[probe] == '\t')) {
            probe++;
        }
        if (probe >= length || (chars[probe] != '\n' && chars[probe] != '\r')) {
            return false;
        }
        index = probe;
        newLine();
        while (index < length) {
            char c = chars[index];
            if (c == ' ' || c == '\t') {
                index++;
            } else if (c == '\n' || c == '\r') {
                newLine();
            } else {
                break;
            }
        }
        return true;
    }

    private void escape(StringBuilder value) {
        if (index + 1 >= length) {
            throw new GiveUp("escape at the end");
        }
        char c = chars[index + 1];
        index += 2;
        switch (c) {
            case 'b' -> value.append('\b');
            case 't' -> value.append('\t');
            case 'n' -> value.append('\n');
            case 'f' -> value.append('\f');
            case 'r' -> value.append('\r');
            case 'e' -> value.append('\u001b');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'x' -> value.appendCodePoint(hexEscape(2));
            case 'u' -> value.appendCodePoint(hexEscape(4));
            case 'U' -> value.appendCodePoint(hexEscape(8));
            default -> throw new GiveUp("invalid escape");
        }
    }

    private int hexEscape(int digits) {
        if (index + digits > length) {
            throw new GiveUp("short escape");
        }
        int codePoint = 0;
        for (int i = 0; i < digits; i++) {
            char c = chars[index + i];
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw new GiveUp("invalid escape");
            }
            codePoint = codePoint * 16 + digit;
        }
        index += digits;
        // Only printable scalar values: how tomlj treats the rest is not worth mirroring.
        if (codePoint < 0x20 || codePoint == 0x7f || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            throw new GiveUp("escape of a control or surrogate character");
        }
        return codePoint;
    }

    private static void checkStringChar(char c) {
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            throw new GiveUp("control character in a string");
        }
    }

    // ---- blanks, comments, lines, positions ----

    private void skipWhitespace() {
        while (index < length && (chars[index] == ' ' || chars[index] == '\t')) {
            index++;
        }
    }

    private void skipWhitespaceAndComment() {
        skipWhitespace();
        if (index < length && chars[index] == '#') {
            index++;
            while (index < length) {
                char c = chars[index];
                if (c == '\n' || c == '\r') {
                    return;
                }
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    throw new GiveUp("control character in a comment");
                }
                index++;
            }
        }
    }

    /** At {@code \n} or {@code \r\n}: steps over it. */
    private void newLine() {
        if (chars[index] == '\r') {
            if (index + 1 >= length || chars[index + 1] != '\n') {
                throw new GiveUp("carriage return without line feed");
            }
            index++;
        }
        index++;
        line++;
        lineStart = index;
    }

    /** Where the reader is, as tomlj would say it: columns count code points, mapped back through the {@code """} rule. */
    private SourceLocation here() {
        int column = text.codePointCount(lineStart, index) + 1;
        return new SourceLocation(file, line, escaper.originalColumn(line, column));
    }
}
