package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.AdditionalEnvFile;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.ImageRegistryConfig;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.config.StackFileDependency;
import dev.komodosync.model.config.StackFileRequires;
import dev.komodosync.model.config.TerminationSignal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The normalisations Komodo's deserialisers apply (behaviour §2, §10.4). */
class NormalisationTest {

    private static DeploymentConfig deployment(String configLines) {
        return Fixtures.only(Fixtures.declaration("[[deployment]]\nname = \"d\"\n[deployment.config]\n" + configLines),
                KomodoKinds.DEPLOYMENT);
    }

    private static StackConfig stack(String configLines) {
        return Fixtures.only(Fixtures.declaration("[[stack]]\nname = \"s\"\n[stack.config]\n" + configLines),
                KomodoKinds.STACK);
    }

    private static BuildConfig build(String configLines) {
        return Fixtures.only(Fixtures.declaration("[[build]]\nname = \"b\"\n[build.config]\n" + configLines),
                KomodoKinds.BUILD);
    }

    @Test
    void keyValueTextGetsATrailingNewline() {
        assertThat(deployment("environment = \"A = 1\"").environment()).isEqualTo("A = 1\n");
        assertThat(deployment("environment = \"A = 1\\n\"").environment()).isEqualTo("A = 1\n");
        assertThat(deployment("environment = \"\"").environment()).isEmpty();
        assertThat(deployment("environment = \"  A = 1  \"").environment()).isEqualTo("  A = 1  \n");
    }

    @Test
    void keyValueTextAcceptsItsArrayForms() {
        DeploymentConfig config = deployment("""
                environment = [{ variable = "A", value = "1" }, { variable = "B", value = "x y" }]
                labels = [{ variable = "app", value = "web" }]
                ports = [{ local = "8080", container = "80" }]
                volumes = []
                term_signal_labels = [{ signal = "15", label = "stop nicely" }]
                """);
        assertThat(config.environment()).isEqualTo("  A = 1\n  B = x y\n");
        assertThat(config.labels()).isEqualTo("  app: web\n");
        assertThat(config.ports()).isEqualTo("  8080: 80\n");
        assertThat(config.volumes()).isEmpty();
        assertThat(config.termSignalLabels()).isEqualTo("  SIGTERM: stop nicely\n");
    }

    @Test
    void secretKeyValueTextIsNormalisedToo() {
        assertThat(build("secret_args = \"TOKEN = x\"").secretArgs()).isEqualTo(Secret.of("TOKEN = x\n"));
    }

    @Test
    void fileTextIsTrimmedAtTheEndAndEndsWithOneNewline() {
        assertThat(stack("file_contents = \"services: {}\\n\\n  \\t\"").fileContents()).isEqualTo("services: {}\n");
        assertThat(stack("file_contents = \"   \"").fileContents()).isEmpty();
        assertThat(stack("pre_deploy.command = \"  ls  \"").preDeploy().command()).isEqualTo("  ls\n");
    }

    @Test
    void stringListsAcceptAStringSplitAtCommasAndNewlines() {
        assertThat(stack("file_paths = \"a.yaml, b.yaml\\n# comment\\nc.yaml # trailing\"").filePaths())
                .containsExactly("a.yaml", "b.yaml", "c.yaml");
        assertThat(stack("file_paths = [\" a.yaml \", \"\"]").filePaths()).containsExactly(" a.yaml ", "");
    }

    @Test
    void plainArraysDoNotAcceptAString() {
        assertThat(Fixtures.load("[[deployment]]\nname = \"d\"\nconfig.links = \"a, b\"\n").errors()).hasSize(1);
    }

    @ParameterizedTest(name = "version = {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "\"1.2.3\"                             | 1.2.3",
        "\"2\"                                 | 2.0.0",
        "\"1.2.3.4\"                           | 1.2.3",
        "{ major = 1, minor = 4, patch = 2 }   | 1.4.2"})
    void versionsAreReadAsKomodoReadsThem(String toml, String expected) {
        assertThat(build("version = " + toml).version()).isEqualTo(Version.parse(expected).orElseThrow());
    }

    @Test
    void aVersionTableNeedsAllThreeParts() {
        assertThat(Fixtures.load("[[build]]\nname = \"b\"\nconfig.version = { major = 1 }\n").errors()).hasSize(2);
    }

    @Test
    void imageRegistryAcceptsOneTableOrAList() {
        assertThat(build("image_registry = { domain = \"ghcr.io\" }").imageRegistry())
                .containsExactly(new ImageRegistryConfig("ghcr.io", "", ""));
        assertThat(build("image_registry = [{ domain = \"a\" }, { domain = \"b\" }]").imageRegistry()).hasSize(2);
    }

    @Test
    void envFilesAndConfigFilesAcceptBareStrings() {
        StackConfig config = stack("""
                additional_env_files = [".env.local", { path = "x.env", track = false }]
                config_files = ["a.yaml", { path = "b.yaml", service = "web", req = "redeploy" }]
                """);
        assertThat(config.additionalEnvFiles()).containsExactly(
                new AdditionalEnvFile(".env.local", true), new AdditionalEnvFile("x.env", false));
        assertThat(config.configFiles()).containsExactly(
                new StackFileDependency("a.yaml", List.of(), StackFileRequires.NONE),
                new StackFileDependency("b.yaml", List.of("web"), StackFileRequires.REDEPLOY));
    }

    @Test
    void enumAliasesAreAccepted() {
        assertThat(deployment("termination_signal = \"3\"").terminationSignal()).isEqualTo(TerminationSignal.SIGQUIT);
    }

    @Test
    void builderServerParamsAcceptEverySpelling() {
        for (String key : List.of("server_ids", "server_id", "server", "servers")) {
            BuilderConfig config = Fixtures.only(Fixtures.declaration(
                    "[[builder]]\nname = \"b\"\nconfig.type = \"Server\"\nconfig.params." + key + " = \"nas\"\n"),
                    KomodoKinds.BUILDER);
            assertThat(config).as(key).isEqualTo(new BuilderConfig.Server(List.of("nas")));
        }
    }

    @Test
    void absentFieldsTakeTheirDefaults() {
        DeploymentConfig config = deployment("network = \"bridge\"");
        assertThat(config).isEqualTo(new DeploymentConfig("", "", "", KomodoKinds.DEPLOYMENT.defaults().image(), "",
                false, false, false, false, true, List.of(), "bridge", KomodoKinds.DEPLOYMENT.defaults().restart(), "", 1,
                TerminationSignal.SIGTERM, 10, List.of(), "", "", "", "", ""));
    }

    @Test
    void floatsAcceptIntegers() {
        assertThat(Fixtures.only(Fixtures.declaration("[[server]]\nname = \"s\"\nconfig.cpu_warning = 80\n"),
                KomodoKinds.SERVER).cpuWarning()).isEqualTo(80f);
    }
}
