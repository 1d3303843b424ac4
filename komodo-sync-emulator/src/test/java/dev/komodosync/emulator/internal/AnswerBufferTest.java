package dev.komodosync.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One thread's answers, one after another in one reused array: each is exactly what was written for it. */
class AnswerBufferTest {

    @Test
    void eachAnswerIsWhatWasWrittenForItAfterALongerOne() throws IOException {
        Random random = new Random(7);
        byte[] longer = new byte[3 * 8192 + 17];
        random.nextBytes(longer);
        AnswerBuffer first = AnswerBuffer.ofThisThread();
        first.write(longer[0]);
        first.write(longer, 1, longer.length - 1);
        assertThat(sent(first)).isEqualTo(longer);

        AnswerBuffer second = AnswerBuffer.ofThisThread();
        assertThat(second).isSameAs(first);
        assertThat(second.size()).isZero();
        second.write("[]".getBytes(StandardCharsets.UTF_8));
        assertThat(sent(second)).asString(StandardCharsets.UTF_8).isEqualTo("[]");
    }

    @Test
    void anotherThreadHasItsOwn() throws Exception {
        AnswerBuffer mine = AnswerBuffer.ofThisThread();
        AnswerBuffer[] theirs = new AnswerBuffer[1];
        Thread other = new Thread(() -> theirs[0] = AnswerBuffer.ofThisThread());
        other.start();
        other.join();
        assertThat(theirs[0]).isNotNull().isNotSameAs(mine);
    }

    private static byte[] sent(AnswerBuffer buffer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.writeTo(out);
        return out.toByteArray();
    }
}
