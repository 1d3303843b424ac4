package dev.komodosync.client.internal;

import dev.komodosync.client.KomodoException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** Waiting between attempts; tests count the waits instead of sleeping through them. Not API. */
public interface Pause {

    /** Waits {@code duration} before trying {@code call} again. */
    void sleep(Duration duration, String call) throws KomodoException;

    /** Sleeps the thread; an interrupt fails the call. */
    static Pause sleeping() {
        return (duration, call) -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KomodoException(KomodoException.Problem.INTERRUPTED, call, OptionalInt.empty(),
                        "interrupted while waiting to try again", List.of(), e);
            }
        };
    }
}
