package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.ResourceKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles plug-in sources against komodo-sync-model and packs them, with their resources, into a jar. */
final class PluginJarWriter {

    private PluginJarWriter() {}

    /**
     * Writes {@code jar} from {@code files} (paths inside the jar → contents): {@code .java} files are
     * compiled, everything else is copied.
     */
    static Path write(Path jar, Map<String, String> files, Path work) throws IOException {
        return write(jar, files, work, Set.of());
    }

    /** As {@link #write(Path, Map, Path)}, leaving the entries {@code leftOut} out of the jar (a missing dependency). */
    static Path write(Path jar, Map<String, String> files, Path work, Set<String> leftOut) throws IOException {
        Path sources = Files.createTempDirectory(work, "src");
        Path classes = Files.createTempDirectory(work, "classes");
        List<String> javac = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", modelClassPath(),
                "-proc:none", "--release", "17"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = (file.getKey().endsWith(".java") ? sources : classes).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
            if (file.getKey().endsWith(".java")) {
                javac.add(target.toString());
            }
        }
        if (files.keySet().stream().anyMatch(name -> name.endsWith(".java"))) {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int code = compiler.run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8), javac.toArray(String[]::new));
            assertThat(code).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
        }
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String entry = classes.relativize(file).toString().replace('\\', '/');
                if (leftOut.contains(entry)) {
                    continue;
                }
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Where komodo-sync-model's classes are (its jar, or its target/classes in a reactor build). */
    private static String modelClassPath() {
        try {
            return Path.of(ResourceKind.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
