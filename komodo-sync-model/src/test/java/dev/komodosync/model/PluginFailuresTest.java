package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.komodosync.model.plugins.BrokenPlugins;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plug-in that cannot be registered gives one exception whose one-line message names the plug-in
 * class, what is wrong and what to do; each case is a small broken plug-in listed in a services
 * file of the test's own.
 */
class PluginFailuresTest {

    @TempDir
    Path folder;

    static Stream<Arguments> brokenPlugins() {
        String prefix = BrokenPlugins.class.getName() + "$";
        return Stream.of(
                Arguments.of("com.example.MissingProvider", "com.example.MissingProvider",
                        "is listed in META-INF/services/dev.komodosync.model.spi.ResourceKindProvider but cannot be found",
                        "put the jar that holds it in the plug-ins folder"),
                Arguments.of(prefix + "NotAProvider", prefix + "NotAProvider",
                        "does not implement dev.komodosync.model.spi.ResourceKindProvider", "implement it"),
                Arguments.of(prefix + "ThrowingConstructor", prefix + "ThrowingConstructor",
                        "it failed while being loaded: IllegalStateException: no licence key found", "fix its constructor"),
                Arguments.of(prefix + "UnsupportedFieldType", prefix + "UnsupportedFieldType",
                        "kind `timer`: config " + prefix + "TimerConfig: field TimerConfig.every: unsupported type in the model:"
                                + " java.time.Duration", "use a supported type: a record"),
                Arguments.of(prefix + "PlainEnum", prefix + "PlainEnum",
                        "field PaintConfig.colour: enum " + prefix + "Colour does not implement KomodoEnum",
                        "make the enum implement dev.komodosync.model.meta.KomodoEnum"),
                Arguments.of(prefix + "ReusesBuiltInName", prefix + "ReusesBuiltInName",
                        "kind `deployment` claims `deployment`, which Komodo's own kind `deployment` already has",
                        "give the kind another key"),
                Arguments.of(prefix + "FirstWidget\n" + prefix + "SecondWidget", prefix + "SecondWidget",
                        "kind `gadget` claims `widgets`, which kind `widget` of " + prefix + "FirstWidget already has",
                        "or remove one of the two plug-ins"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenPlugins")
    void aBrokenPluginGivesOneLineNamingItAndTheFix(String listed, String plugin, String problem, String fix) throws IOException {
        KindRegistrationException failure = catchThrowableOfType(KindRegistrationException.class,
                () -> ResourceKinds.builder().discover(listing(listed)).build());

        assertThat(failure).as("a typed exception").isNotNull();
        assertThat(failure.plugin()).isEqualTo(plugin);
        assertThat(failure.problem()).contains(problem);
        assertThat(failure.fix()).contains(fix);
        assertThat(failure.getMessage()).startsWith("resource-kind plug-in " + plugin + ": ").doesNotContain("\n");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenPlugins")
    void discoverReportsItThroughTheContextClassLoader(String listed, String plugin, String problem, String fix)
            throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(listing(listed));
        try {
            KindRegistrationException failure = catchThrowableOfType(KindRegistrationException.class, ResourceKinds::discover);
            assertThat(failure).isNotNull();
            assertThat(failure.plugin()).isEqualTo(plugin);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** A loader over this test's classes whose only extra resource is a services file listing {@code providers}. */
    private ClassLoader listing(String providers) throws IOException {
        Path services = Files.createTempDirectory(folder, "plugin")
                .resolve("META-INF/services/dev.komodosync.model.spi.ResourceKindProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# broken on purpose\n" + providers + "\n");
        return new URLClassLoader(new URL[] {services.getParent().getParent().getParent().toUri().toURL()},
                getClass().getClassLoader());
    }
}
