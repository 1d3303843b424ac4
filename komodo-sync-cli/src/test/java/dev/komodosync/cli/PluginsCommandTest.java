package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --plugins <dir>} and {@code KOMODO_SYNC_PLUGINS} load kind jars from folders, in sorted
 * order; a folder or jar that cannot be used, or a plug-in that cannot be registered, is one line
 * naming it and exit 1 — never a stack trace or "internal error".
 */
class PluginsCommandTest {

    private static final String SERVICES = "META-INF/services/dev.komodosync.model.spi.ResourceKindProvider";

    @TempDir
    Path work;

    private Path sync;

    @BeforeEach
    void writeASyncFileWithAPlugInKind() throws IOException {
        sync = work.resolve("sync");
        Files.createDirectories(sync);
        Files.writeString(sync.resolve("widgets.toml"), """
                [[widget]]
                name = "blue"
                [widget.config]
                size = "large"
                """);
    }

    @Test
    void theEnvironmentVariableLoadsEveryFolderItLists() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));
        Path plugins = work.resolve("plugins");
        widgetJar(plugins.resolve("widget.jar"), "p", "WidgetKinds", "widget");

        Cli result = Cli.run(false, Map.of(PluginJars.ENVIRONMENT, empty + java.io.File.pathSeparator + plugins),
                "plan", sync.toString(), "--state", Cli.example("homelab/snapshot.json"));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).contains("+ widget blue");
    }

    @Test
    void withoutThePlugInTheKindIsUnknown() {
        Cli result = Cli.run("validate", "--strict", sync.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains("widget");
    }

    @Test
    void jarsLoadInSortedOrderSoTheLaterOfTwoClaimantsIsNamed() throws IOException {
        Path plugins = work.resolve("plugins");
        widgetJar(plugins.resolve("b.jar"), "b", "SecondKinds", "widget");
        widgetJar(plugins.resolve("a.jar"), "a", "FirstKinds", "widget");

        Cli result = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: resource-kind plug-in b.SecondKinds: kind `widget` claims `widget`, which kind"
                + " `widget` of a.FirstKinds already has; give the kind another key");
    }

    @Test
    void aPlugInReusingABuiltInKindsKeyIsNamed() throws IOException {
        Path plugins = work.resolve("plugins");
        widgetJar(plugins.resolve("server.jar"), "p", "ServerKinds", "server");

        Cli result = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: resource-kind plug-in p.ServerKinds: kind `server` claims `server`, which"
                + " Komodo's own kind `server` already has");
    }

    @Test
    void aListedClassThatIsMissingIsNamed() throws IOException {
        Path plugins = work.resolve("plugins");
        PluginJarWriter.write(plugins.resolve("missing.jar"), Map.of(SERVICES, "p.Gone\n"), work);

        Cli result = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: resource-kind plug-in p.Gone: the class is listed in " + SERVICES
                + " but cannot be found; put the jar that holds it in the plug-ins folder");
    }

    @Test
    void aConstructorThatThrowsIsNamed() throws IOException {
        Path plugins = work.resolve("plugins");
        throwingPlugin(plugins);

        Cli result = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: resource-kind plug-in p.Throws: it failed while being loaded:"
                + " IllegalStateException: no licence; fix its constructor");
    }

    @Test
    void theStartUpThreadRunsNoPlugInCodeSoAFailingPlugInIsReportedAsWithoutIt() throws IOException {
        Path plugins = work.resolve("plugins");
        throwingPlugin(plugins);
        String[] args = {"--plugins", plugins.toString(), "plan", sync.toString()};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(args, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false,
                StartUp.begin());

        Cli without = Cli.run(args);
        assertOneLine(without, "komodo-sync: resource-kind plug-in p.Throws: it failed while being loaded");
        assertThat(code).isEqualTo(without.exitCode());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(without.err());
        assertThat(out.size()).isZero();
    }

    @Test
    void aClassThePlugInNeedsThatIsMissingIsNamed() throws IOException {
        Path plugins = work.resolve("plugins");
        PluginJarWriter.write(plugins.resolve("needs.jar"), Map.of(SERVICES, "p.Needs\n", "p/Needs.java", """
                package p;
                public final class Needs implements dev.komodosync.model.spi.ResourceKindProvider {
                    private final Object helper = new Helper();
                    public java.util.List<dev.komodosync.model.ResourceKind<?>> kinds() { return java.util.List.of(); }
                }
                """, "p/Helper.java", "package p;\nfinal class Helper {}\n"), work, Set.of("p/Helper.class"));

        Cli result = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: resource-kind plug-in p.Needs: a class it needs is missing: p/Helper; put the jar"
                + " that holds it beside the plug-in");
    }

    @Test
    void anEnumThatIsNotAKomodoEnumIsNamedWithTheFix() throws IOException {
        Path plugins = work.resolve("plugins");
        PluginJarWriter.write(plugins.resolve("paint.jar"), Map.of(SERVICES, "p.Paint\n", "p/Paint.java", """
                package p;
                import dev.komodosync.model.ResourceKind;
                public final class Paint implements dev.komodosync.model.spi.ResourceKindProvider {
                    public enum Colour { RED }
                    public record PaintConfig(Colour colour) {}
                    public java.util.List<ResourceKind<?>> kinds() {
                        return java.util.List.of(ResourceKind.builder("paint", PaintConfig.class).build());
                    }
                }
                """), work);

        Cli result = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: resource-kind plug-in p.Paint: kind `paint`: config p.Paint$PaintConfig:"
                + " field PaintConfig.colour: enum p.Paint$Colour does not implement KomodoEnum; make the enum implement"
                + " dev.komodosync.model.meta.KomodoEnum");
    }

    @Test
    void aMissingFolderIsOneLine() {
        Cli result = Cli.run("--plugins", work.resolve("nowhere").toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: plug-ins folder " + work.resolve("nowhere") + ": not found");
    }

    @Test
    void aFileGivenAsTheFolderIsOneLine() throws IOException {
        Path file = Files.writeString(work.resolve("plugins.txt"), "x");

        Cli result = Cli.run("--plugins", file.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: plug-ins folder " + file + ": not a folder");
    }

    @Test
    void aBrokenJarIsOneLine() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.writeString(plugins.resolve("broken.jar"), "not a zip at all");

        Cli result = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());

        assertOneLine(result, "komodo-sync: plug-in jar " + plugins.resolve("broken.jar") + ": not a readable jar (");
    }

    @Test
    void helpDescribesTheOptionAndTheVariable() {
        Cli help = Cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--plugins=<dir>").contains(PluginJars.ENVIRONMENT);
    }

    /** A jar in {@code plugins} whose provider {@code p.Throws} throws from its constructor. */
    private void throwingPlugin(Path plugins) throws IOException {
        PluginJarWriter.write(plugins.resolve("throws.jar"), Map.of(SERVICES, "p.Throws\n", "p/Throws.java", """
                package p;
                public final class Throws implements dev.komodosync.model.spi.ResourceKindProvider {
                    public Throws() { throw new IllegalStateException("no licence"); }
                    public java.util.List<dev.komodosync.model.ResourceKind<?>> kinds() { return java.util.List.of(); }
                }
                """), work);
    }

    private static void assertOneLine(Cli result, String start) {
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith(start).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
    }

    /** A jar whose provider {@code pkg.name} contributes a kind {@code key} with a one-string config. */
    private Path widgetJar(Path jar, String pkg, String name, String key) throws IOException {
        return PluginJarWriter.write(jar, Map.of(SERVICES, pkg + "." + name + "\n", pkg + "/" + name + ".java", """
                package %s;
                import dev.komodosync.model.ResourceKind;
                import java.util.List;
                public final class %s implements dev.komodosync.model.spi.ResourceKindProvider {
                    public record Config(String size) {}
                    public static final ResourceKind<Config> KIND = ResourceKind.builder("%s", Config.class).build();
                    public List<ResourceKind<?>> kinds() { return List.of(KIND); }
                }
                """.formatted(pkg, name, key)), work);
    }
}
