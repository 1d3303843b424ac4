package dev.komodosync.parser.internal;

import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the first byte that is not UTF-8 is — line, and column in code points — found in one pass
 * (linear: the text is decoded once, in chunks, never prefix by prefix). Not API.
 */
public final class FirstBadByte {

    private static final int CHUNK = 1 << 16;

    private FirstBadByte() {}

    /** The location of the first bad byte of {@code input}, read to that byte; empty when all is UTF-8. */
    public static Optional<SourceLocation> locate(String name, InputStream input) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        int line = 1;
        int column = 1;
        boolean end = false;
        while (true) {
            if (!end && in.hasRemaining()) {
                int read = input.read(in.array(), in.position(), in.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    in.position(in.position() + read);
                }
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, end);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                return Optional.of(new SourceLocation(name, line, column));
            }
            in.compact();
            if (end && result.isUnderflow()) {
                return Optional.empty();
            }
        }
    }
}
