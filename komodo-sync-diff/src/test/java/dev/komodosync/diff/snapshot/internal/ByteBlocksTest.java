package dev.komodosync.diff.snapshot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blocks hold exactly what was written, and hand out any range of it, across block borders. */
class ByteBlocksTest {

    @Test
    void anyRangeOfWhatWasWrittenComesBackAsWritten() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            ByteBlocks blocks = new ByteBlocks();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            // Up to ~3.5 MB: past the largest block size, so full-sized blocks follow the growing ones.
            int writes = random.nextInt(seed % 4 == 0 ? 2_000 : 60);
            for (int i = 0; i < writes; i++) {
                if (random.nextInt(3) == 0) {
                    int b = random.nextInt(256);
                    blocks.write(b);
                    expected.write(b);
                } else {
                    byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 50 : 5_000)];
                    random.nextBytes(bytes);
                    int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                    int length = random.nextInt(bytes.length - offset + 1);
                    blocks.write(bytes, offset, length);
                    expected.write(bytes, offset, length);
                }
            }
            byte[] all = expected.toByteArray();
            assertThat(blocks.size()).as("seed %s", seed).isEqualTo(all.length);
            assertThat(range(blocks, 0, all.length)).as("seed %s", seed).isEqualTo(all);
            for (int i = 0; i < 20; i++) {
                int from = random.nextInt(all.length + 1);
                int to = from + random.nextInt(all.length - from + 1);
                assertThat(range(blocks, from, to)).as("seed %s, bytes %s to %s", seed, from, to)
                        .isEqualTo(Arrays.copyOfRange(all, from, to));
            }
        }
    }

    @Test
    void rangesAtBlockBordersAreExact() throws IOException {
        ByteBlocks blocks = new ByteBlocks();
        byte[] all = new byte[ByteBlocks.FIRST_BLOCK * 7 + 3];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
            blocks.write(all[i]);
        }
        // Blocks of 4k, 8k and 16k: their borders at 4k, 12k and 28k.
        int[] borders = {ByteBlocks.FIRST_BLOCK, ByteBlocks.FIRST_BLOCK * 3, ByteBlocks.FIRST_BLOCK * 7};
        for (int border : borders) {
            for (int from = border - 2; from <= border + 2; from++) {
                for (int to = from; to <= Math.min(all.length, border + 3); to++) {
                    assertThat(range(blocks, from, to)).isEqualTo(Arrays.copyOfRange(all, from, to));
                }
            }
        }
    }

    @Test
    void rangesOutsideWhatWasWrittenAreRefused() {
        ByteBlocks blocks = new ByteBlocks();
        blocks.write(new byte[10], 0, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> blocks.writeTo(out, 0, 11)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> blocks.writeTo(out, 5, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> blocks.writeTo(out, -1, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> blocks.write(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(out.size()).isZero();
        assertThat(blocks.size()).isEqualTo(10);
    }

    private static byte[] range(ByteBlocks blocks, long from, long to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blocks.writeTo(out, from, to);
        return out.toByteArray();
    }
}
