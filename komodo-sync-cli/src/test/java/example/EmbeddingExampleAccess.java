package example;

import java.io.PrintStream;
import java.nio.file.Path;

/** Lets tests in other packages call the example. */
public final class EmbeddingExampleAccess {

    private EmbeddingExampleAccess() {}

    /** Runs {@link EmbeddingExample}'s plan. */
    public static int plan(Path syncFolder, Path snapshotFile, PrintStream out) {
        return EmbeddingExample.plan(syncFolder, snapshotFile, out);
    }
}
