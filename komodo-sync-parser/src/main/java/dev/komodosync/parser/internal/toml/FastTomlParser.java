package dev.komodosync.parser.internal.toml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.DocumentLimits;
import dev.komodosync.parser.internal.ParsedDocument;
import dev.komodosync.parser.internal.RawPath;
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
 * exactly (the rarer forms of dates and times, numbers out of range,
 * runs of four quotes in multi-line strings, control characters, extending an inline table,
 * nesting beyond {@value #MAX_DEPTH}), so that tomlj reports errors and reads what is rare. Its
 * agreement with tomlj, positions included, is checked by differential tests over realistic,
 * example and fuzzed files. One departure: a date or time right before an array's closing
 * bracket ({@code [1979-05-27]}) makes tomlj 1.2.0 refuse the rest of a valid file; this reader
 * reads it.
 */
final class FastTomlParser extends TomlScalars {

    private static final int MAX_DEPTH = 64;
    /** The value of a key that is neither a table nor an array of tables: it cannot be extended. */
    private static final Object LEAF = new Object();

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

    private final TomlKeyCache keys;
    private final Map<RawPath, SourceLocation> positions = new HashMap<>();
    /** Tables that dotted keys went through since the last header; a header defines them (as tomlj does). */
    private final List<Table> openTables = new ArrayList<>();

    private FastTomlParser(String file, TripleQuoteEscaper escaper, DocumentLimits.Limits limits, TomlWork work) {
        super(file, escaper.escaped(), escaper, limits, work);
        this.keys = new TomlKeyCache(work);
    }

    /**
     * The document that {@code escaper}'s text holds, or empty where tomlj must read it; no limits.
     *
     * @param file the file name as diagnostics show it
     * @param escaper the file's text after the {@code """} rule
     */
    static Optional<ParsedDocument> parse(String file, TripleQuoteEscaper escaper) {
        return parse(file, escaper, DocumentLimits.Limits.unlimited(), new TomlWork());
    }

    /**
     * As {@link #parse(String, TripleQuoteEscaper)}, keeping to {@code limits}: the first key or
     * value over one stops the read, and the document is empty but for that {@code KS110}.
     * {@code work} counts the steps taken.
     */
    static Optional<ParsedDocument> parse(String file, TripleQuoteEscaper escaper, DocumentLimits.Limits limits,
            TomlWork work) {
        FastTomlParser parser = new FastTomlParser(file, escaper, limits, work);
        try {
            ObjectNode root = parser.readDocument();
            return Optional.of(new ParsedDocument(file, root, parser.positions, List.of(), limits));
        } catch (GiveUp giveUp) {
            return Optional.empty();
        } catch (OverLimit over) {
            return Optional.of(new ParsedDocument(file, NODES.objectNode(), Map.of(),
                    List.of(DocumentLimits.exceeded(over.at, over.getMessage(), over.flag))));
        }
    }

    /** Why the fast path would give up on {@code escaper}'s text, or empty if it reads it (for tests). */
    static Optional<String> reasonToGiveUp(TripleQuoteEscaper escaper) {
        try {
            new FastTomlParser("", escaper, DocumentLimits.Limits.unlimited(), new TomlWork()).readDocument();
            return Optional.empty();
        } catch (GiveUp giveUp) {
            return Optional.of(giveUp.getMessage());
        }
    }

    /** Where and why the fast path gives up on {@code escaper}'s text, or empty if it reads it. */
    static Optional<Map.Entry<SourceLocation, String>> giveUp(String file, TripleQuoteEscaper escaper, TomlWork work) {
        FastTomlParser parser = new FastTomlParser(file, escaper, DocumentLimits.Limits.unlimited(), work);
        try {
            parser.readDocument();
            return Optional.empty();
        } catch (GiveUp giveUp) {
            return Optional.of(Map.entry(parser.here(), giveUp.getMessage()));
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
                keyValue(current, 0, true);
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
        Table parent = keys.size() == 1 ? root
                : enter(root, keys.subList(0, keys.size() - 1), at, true, true, false);
        String last = keys.get(keys.size() - 1);
        Object existing = child(parent, last);
        RawPath path = parent.path.key(last);
        if (path.depth() + (array ? 1 : 0) > limits.maxDepth()) {
            valueAt = at;
            throw tooDeep();
        }
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
            if (tables.node.size() >= limits.maxArrayLength()) {
                // An array of tables is an array too, located where its first header made it.
                valueAt = positions.get(path);
                throw overLimit("an array of more than " + limits.maxArrayLength() + " elements", "--max-array-length");
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

    /**
     * A key/value pair into {@code table}, at nesting {@code depth}. {@code open} for a pair of a
     * table (its dotted keys' tables are defined by the next header, as tomlj does), not for one
     * inside an inline table.
     */
    private void keyValue(Table table, int depth, boolean open) {
        SourceLocation at = here();
        List<String> keys = key();
        skipWhitespace();
        if (index >= length || chars[index] != '=') {
            throw new GiveUp("expected =");
        }
        index++;
        skipWhitespace();
        // most keys are not dotted: no table to walk, and no view of the key list made for none
        Table parent = keys.size() == 1 ? table
                : enter(table, keys.subList(0, keys.size() - 1), at, false, false, open);
        String last = keys.get(keys.size() - 1);
        if (child(parent, last) != null) {
            throw new GiveUp("key defined twice");
        }
        RawPath path = parent.path.key(last);
        valueAt = at;
        JsonNode value = value(path, depth);
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
            Object child = child(table, key);
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

    /**
     * What {@code key} holds in {@code table}: its table or array of tables, {@link #LEAF} for a
     * value (which only the table's node holds: a map entry per value was a big sync's garbage), or
     * null.
     */
    private static Object child(Table table, String key) {
        Object child = table.children.get(key);
        return child != null ? child : table.node.has(key) ? LEAF : null;
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
        if (c == '"' || c == '\'') {
            if (text.startsWith(c == '"' ? "\"\"\"" : "'''", index)) {
                throw new GiveUp("multi-line string as a key");
            }
            keyStart = index;
            String key = c == '"' ? basicString() : literalString();
            keyStart = -1;
            return key;
        }
        int start = index;
        while (index < length && isKeyChar(chars[index])) {
            index++;
        }
        if (index == start) {
            throw new GiveUp("expected a key");
        }
        if (index - start > limits.maxStringLength()) {
            // stopped without making the key; its length is counted, which costs no memory
            keyStart = start;
            throw overLimit("a key of " + (index - start) + " characters, longer than " + limits.maxStringLength(),
                    "--max-string-length");
        }
        return keys.get(chars, start, index);
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    // ---- values ----

    private JsonNode value(RawPath path, int depth) {
        if (index >= length) {
            throw new GiveUp("expected a value");
        }
        if (path.depth() > limits.maxDepth()) {
            valueAt = here();
            throw tooDeep();
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
        SourceLocation arrayAt = valueAt;
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
            if (array.size() >= limits.maxArrayLength()) {
                valueAt = arrayAt;
                throw overLimit("an array of more than " + limits.maxArrayLength() + " elements", "--max-array-length");
            }
            // tomlj's array element starts at the first line break before its value, if any.
            SourceLocation at = firstBreak != null ? firstBreak : here();
            RawPath elementPath = path.index(array.size());
            // A date or time right before the closing bracket makes tomlj refuse the rest of the
            // file, a bug: read here, the file reads as TOML says it does.
            valueAt = at;
            JsonNode element = value(elementPath, depth);
            array.add(element);
            positions.put(elementPath, at);
            expectValue = false;
        }
    }

    private OverLimit tooDeep() {
        return overLimit("nesting deeper than " + limits.maxDepth() + " levels", "--max-depth");
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
            keyValue(table, depth, false);
            expectKey = false;
        }
        return table.node;
    }

}
