package dev.komodosync.diff.snapshot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-at-a-time and skipping reads, which Jackson does not use, count and check as the bulk read does. */
class Utf8ColumnsTest {

    @Test
    void readingOneByteAtATimeCountsCodePointColumns() throws IOException {
        byte[] bytes = "ab\r\nxé🐳yz".getBytes(StandardCharsets.UTF_8);
        Utf8Columns columns = new Utf8Columns(new ByteArrayInputStream(bytes));
        for (byte b : bytes) {
            assertThat(columns.read()).isEqualTo(b & 0xFF);
        }
        assertThat(columns.read()).isEqualTo(-1);
        // "x", "é" (2 bytes), "🐳" (4 bytes): the byte column of "y" is 8, its code point column 4
        assertThat(columns.codePointColumn(2, 8)).isEqualTo(4);
        assertThat(columns.codePointColumn(1, 2)).isEqualTo(2);
        assertThat(columns.position()).isEqualTo((2L << 32) | 1);
    }

    @Test
    void skippedBytesAreCountedAndChecked() throws IOException {
        byte[] bytes = "é🐳yz".getBytes(StandardCharsets.UTF_8);
        Utf8Columns columns = new Utf8Columns(new ByteArrayInputStream(bytes));
        assertThat(columns.skip(6)).isEqualTo(6);
        assertThat(columns.read()).isEqualTo('y');
        assertThat(columns.codePointColumn(1, 7)).isEqualTo(3);
        assertThat(columns.markSupported()).isFalse();
        assertThatThrownBy(columns::reset).isInstanceOf(IOException.class);

        Utf8Columns bad = new Utf8Columns(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC0, (byte) 0xA9}));
        assertThatThrownBy(() -> bad.skip(3)).isInstanceOf(CharacterCodingException.class);
    }
}
