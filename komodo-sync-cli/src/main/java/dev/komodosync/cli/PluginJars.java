package dev.komodosync.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * The plug-in jars of {@code --plugins <dir>} and {@code KOMODO_SYNC_PLUGINS}: every {@code *.jar}
 * of each folder, in sorted order, behind one class loader whose parent is the application's, so
 * that {@code ResourceKinds.discover()} (which reads the context class loader) finds their kinds.
 * {@code java -jar} ignores the class path, which is why the launcher needs this. A folder that is
 * not one, cannot be read, or holds a jar that is not a jar fails with {@link Unusable}, one line.
 */
final class PluginJars {

    /** The environment variable: folders, separated as the platform separates paths ({@code :}). */
    static final String ENVIRONMENT = "KOMODO_SYNC_PLUGINS";

    /** A folder or jar that cannot be used; the message is one line. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private PluginJars() {}

    /** The folders of {@code options}, then those of {@link #ENVIRONMENT}, without repeats. */
    static List<Path> folders(List<Path> options, Map<String, String> environment) {
        Set<Path> folders = new LinkedHashSet<>(options);
        String listed = environment.getOrDefault(ENVIRONMENT, "");
        for (String folder : listed.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                folders.add(Path.of(folder));
            }
        }
        return List.copyOf(folders);
    }

    /** The jars of {@code folders}, each folder's in file-name order. */
    static List<Path> jars(List<Path> folders) throws Unusable {
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new Unusable("plug-ins folder " + folder + ": " + (Files.exists(folder) ? "not a folder" : "not found"));
            }
            List<Path> here = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.jar")) {
                entries.forEach(here::add);
            } catch (IOException | UncheckedIOException | SecurityException e) {
                throw new Unusable("plug-ins folder " + folder + ": cannot be read (" + reason(e) + ")");
            }
            here.sort(Path::compareTo);
            for (Path jar : here) {
                check(jar);
                jars.add(jar);
            }
        }
        return jars;
    }

    /** A class loader over {@code jars}, child of {@code parent}. */
    static URLClassLoader loader(List<Path> jars, ClassLoader parent) throws Unusable {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new Unusable("plug-in jar " + jar + ": " + e.getMessage());
            }
        }
        return new URLClassLoader("komodo-sync plug-ins", urls.toArray(URL[]::new), parent);
    }

    /** A class loader would skip a broken jar silently: open each one first. */
    private static void check(Path jar) throws Unusable {
        if (!Files.isRegularFile(jar)) {
            throw new Unusable("plug-in jar " + jar + ": not a file");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            file.getManifest();
        } catch (IOException | SecurityException e) {
            throw new Unusable("plug-in jar " + jar + ": not a readable jar (" + reason(e) + ")");
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
