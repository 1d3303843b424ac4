package dev.komodosync.diff.snapshot.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads snapshot JSON text as a stream (formats.md §1): the document walked key by key, elements
 * bound on a second thread in stream order, problems located in code-point columns. The engine
 * behind {@code SnapshotReader}. Not API.
 */
public final class SnapshotParsing {

    /**
     * The limits of the JSON reader, each raised by a {@code LoadOptions} field and a flag: the
     * longest document (in characters), string or key, number, and the deepest nesting.
     */
    public record JsonLimits(long maxDocumentLength, int maxStringLength, int maxNumberLength, int maxDepth) {}

    /** A reader keeping to {@code limits}. */
    private static JsonFactory json(JsonLimits limits) {
        return JsonFactory.builder()
                // Snapshots hold secrets: no parser message may quote the text.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // The caller owns a stream it passes in.
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNestingDepth(limits.maxDepth())
                        .build())
                .build();
    }

    /** Each limit of the JSON reader: the start of Jackson's words for it, what it is in ours, the flag and option raising it. */
    private record Limit(String jacksonPrefix, String what, String unit, String flag, String option) {}

    private static final List<Limit> LIMITS = List.of(
            new Limit("String value length", "a string longer than", "characters", "--max-snapshot-string-length",
                    "maxSnapshotStringLength"),
            new Limit("Name length", "a key longer than", "characters", "--max-snapshot-string-length",
                    "maxSnapshotStringLength"),
            new Limit("Number value length", "a number longer than", "characters", "--max-snapshot-number-length",
                    "maxSnapshotNumberLength"),
            new Limit("Document nesting depth", "nesting deeper than", "levels", "--max-snapshot-depth", "maxSnapshotDepth"),
            new Limit("Document length", "a document longer than", "characters", "--max-snapshot-bytes", "maxSnapshotBytes"));

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final byte[] BYTE_ORDER_MARK_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The hint of a snapshot that cannot be read. */
    public static final String READ_HINT = "give the path of a readable snapshot JSON file";

    private SnapshotParsing() {}

    /**
     * Reads the snapshot JSON {@code text} to its end into a result; diagnostics name it
     * {@code name}. Never throws for bad content.
     */
    public static SnapshotResult parse(String name, Reader text, ResourceKinds kinds, JsonLimits limits) {
        CodePointColumns columns;
        try {
            columns = new CodePointColumns(withoutByteOrderMark(text));
        } catch (CharacterCodingException e) {
            return notUtf8(name);
        } catch (IOException e) {
            return unreadable(name, e);
        }
        return parse(name, columns, columns, kinds, limits);
    }

    /**
     * Reads the snapshot JSON {@code bytes}, UTF-8 encoded, to its end into a result; diagnostics
     * name it {@code name}. The bytes go to the parser as they are, checked on the way
     * ({@link Utf8Columns}): decoding them to text first is a tenth of a big snapshot's read. Never
     * throws for bad content; the stream is not closed.
     */
    public static SnapshotResult parse(String name, InputStream bytes, ResourceKinds kinds, JsonLimits limits) {
        PushbackInputStream in = new PushbackInputStream(bytes, BYTE_ORDER_MARK_BYTES.length + 4);
        byte[] head = new byte[BYTE_ORDER_MARK_BYTES.length + 4];
        int count;
        try {
            count = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return unreadable(name, e);
        }
        int from = count >= BYTE_ORDER_MARK_BYTES.length
                && Arrays.equals(head, 0, BYTE_ORDER_MARK_BYTES.length, BYTE_ORDER_MARK_BYTES, 0, BYTE_ORDER_MARK_BYTES.length)
                ? BYTE_ORDER_MARK_BYTES.length : 0;
        boolean zeroAhead = false;
        for (int i = from; i < Math.min(count, from + 4); i++) {
            zeroAhead |= head[i] == 0;
        }
        try {
            if (zeroAhead) {
                // Jackson would take zero bytes at the start for UTF-16 or UTF-32; as UTF-8 text
                // they are control characters, which the text reader reports where they are.
                in.unread(head, 0, count);
                return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), kinds, limits);
            }
            in.unread(head, from, count - from);
        } catch (IOException e) {
            return unreadable(name, e);
        }
        Utf8Columns columns = new Utf8Columns(in);
        return parse(name, columns, columns, kinds, limits);
    }

    /** Reads from {@code source}, a {@link Reader} or an {@link InputStream}, whose columns {@code columns} tracks. */
    private static SnapshotResult parse(String name, Object source, ParserColumns columns, ResourceKinds kinds,
            JsonLimits limits) {
        SnapshotProblems problems = new SnapshotProblems(name, columns);
        SnapshotAssembler assembler = new SnapshotAssembler(kinds);
        // The parser is closed first, then the pipeline, which waits until all it was given is applied.
        JsonParser[] reading = new JsonParser[1];
        JsonFactory factory = json(limits);
        try (SnapshotPipeline pipeline = SnapshotPipeline.start()) {
            try (JsonParser parser = source instanceof Reader text ? factory.createParser(text)
                    : factory.createParser((InputStream) source)) {
                reading[0] = parser;
                new SnapshotDocument(parser, kinds, problems, assembler, pipeline).read();
            }
        } catch (StreamConstraintsException e) {
            // Jackson's words name its own settings; say it in ours, at the place it happened
            long at = reading[0] != null ? SnapshotProblems.position(reading[0].currentLocation())
                    : e.getLocation() != null ? SnapshotProblems.position(e.getLocation()) : columns.position();
            overLimit(problems, e, at);
        } catch (StreamReadException e) {
            String message = syntaxMessage(e);
            if (columns instanceof Utf8Columns bytes && e.getLocation() != null) {
                message = unexpectedCharacter(message, bytes, e.getLocation().getByteOffset());
            }
            problems.syntax(message, SnapshotProblems.position(e.getLocation()));
        } catch (CharacterCodingException e) {
            problems.readFailed("`" + name + "` is not valid UTF-8", "save the snapshot as UTF-8");
        } catch (IOException e) {
            problems.readFailed(cannotRead(name, e), READ_HINT);
        }
        return new SnapshotResult(assembler.build(), problems.sorted());
    }

    private static SnapshotResult notUtf8(String name) {
        SnapshotProblems problems = new SnapshotProblems(name, null);
        problems.readFailed("`" + name + "` is not valid UTF-8", "save the snapshot as UTF-8");
        return new SnapshotResult(Snapshot.empty(), problems.sorted());
    }

    private static SnapshotResult unreadable(String name, IOException e) {
        SnapshotProblems problems = new SnapshotProblems(name, null);
        problems.readFailed(cannotRead(name, e), READ_HINT);
        return new SnapshotResult(Snapshot.empty(), problems.sorted());
    }

    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader reader = new PushbackReader(text, 1);
        int first = reader.read();
        if (first >= 0 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * The parser's own words say what it expected; they lose its location suffix, and the text of an
     * unrecognised token, which might be part of a secret.
     */
    private static String syntaxMessage(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
        for (String[] words : SAME_WORDS) {
            if (message.startsWith(words[0])) {
                message = words[1] + message.substring(words[0].length());
            }
        }
        if (message.endsWith(BYTES_EXPECTED_A_VALUE)) {
            message = message.substring(0, message.length() - BYTES_EXPECTED_A_VALUE.length()) + TEXT_EXPECTED_A_VALUE;
        }
        return "not valid JSON: " + message
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll("Unrecognized token '[^']*'", "unrecognized token")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** Jackson's words where the parsers of bytes and of text differ, and what both say here. */
    private static final String[][] SAME_WORDS = {
            {"Unexpected end-of-input in VALUE_STRING", "Unexpected end-of-input: was expecting closing quote for a string value"},
            {"Unexpected end-of-input in field name", "Unexpected end-of-input: was expecting closing '\"' for name"}};

    private static final String BYTES_EXPECTED_A_VALUE = "): expected a value";
    private static final String TEXT_EXPECTED_A_VALUE =
            "): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    /** How Jackson describes the character it did not expect: {@code ('é' (code 233))}, {@code (CTRL-CHAR, code 1)}. */
    private static final java.util.regex.Pattern CHARACTER = java.util.regex.Pattern.compile(
            "\\((?:'[\\s\\S]' \\(code \\d+(?: / 0x[0-9a-f]+)?\\)|CTRL-CHAR, code \\d+)\\)");

    /**
     * The message with the character the parser of bytes did not expect named as the parser of
     * text names it (by its first {@code char}): the parser of bytes names a character by its first
     * byte, or a character beyond the Basic Multilingual Plane by its code cut to 16 bits.
     */
    private static String unexpectedCharacter(String message, Utf8Columns bytes, long at) {
        java.util.regex.Matcher named = CHARACTER.matcher(message);
        if (!message.startsWith("not valid JSON: Unexpected character") || !named.find() || at < 0) {
            return message;
        }
        java.util.OptionalInt codePoint = bytes.characterAt(at);
        if (codePoint.isEmpty() || codePoint.getAsInt() < 0x80) {
            return message;
        }
        char c = Character.charCount(codePoint.getAsInt()) == 2 ? Character.highSurrogate(codePoint.getAsInt())
                : (char) codePoint.getAsInt();
        String description = Character.isISOControl(c) ? "(CTRL-CHAR, code " + (int) c + ")"
                : c > 255 ? "'" + c + "' (code " + (int) c + " / 0x" + Integer.toHexString(c) + ")"
                : "'" + c + "' (code " + (int) c + ")";
        return message.substring(0, named.start()) + "(" + description + ")" + message.substring(named.end());
    }

    private static void overLimit(SnapshotProblems problems, StreamConstraintsException e, long at) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (Limit limit : LIMITS) {
            if (message.startsWith(limit.jacksonPrefix())) {
                problems.overLimit("the snapshot exceeds a limit of komodo-sync's JSON reader: " + limit.what() + " "
                        + allowed(message) + " " + limit.unit(), at, "raise the limit with " + limit.flag()
                        + " (LoadOptions." + limit.option() + ") if the snapshot is meant");
                return;
            }
        }
        problems.overLimit("the snapshot exceeds a limit of komodo-sync's JSON reader: " + constraint(e), at,
                "a snapshot is Komodo's API JSON; check the file is one");
    }

    /** The limit in Jackson's words "exceeds the maximum allowed (20000000, from ...)": the number. */
    private static String allowed(String message) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("maximum allowed \\((\\d+)").matcher(message);
        return number.find() ? number.group(1) : "its limit";
    }

    /** What a limit is, without Jackson's setting names. */
    private static String constraint(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.replaceAll(",?\\s*from\\s*`?StreamReadConstraints\\.\\w+\\(\\)`?", "")
                .replaceAll("\\s+", " ").trim();
    }

    /** Why {@code name} could not be read, in words that quote none of its content. */
    public static String cannotRead(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read `" + name + "`: no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read `" + name + "`: permission denied";
        }
        return "cannot read `" + name + "`: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
