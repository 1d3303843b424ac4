package dev.komodosync.diff.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under {@code src/test/resources/golden}; {@code -Dkomodo.updateGolden=true} rewrites them. */
final class Golden {

    private Golden() {}

    /** Asserts that {@code actual} is the content of the golden file {@code name}. */
    static void matches(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("komodo.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; run with -Dkomodo.updateGolden=true to write it").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
