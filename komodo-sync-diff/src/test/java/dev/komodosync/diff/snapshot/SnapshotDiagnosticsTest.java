package dev.komodosync.diff.snapshot;

import static dev.komodosync.diff.snapshot.SnapshotFixtures.onlyDiagnostic;
import static dev.komodosync.diff.snapshot.SnapshotFixtures.read;
import static dev.komodosync.diff.snapshot.SnapshotFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Severity;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.ServerConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every problem the snapshot reader reports, each with its code, exact location and message. */
class SnapshotDiagnosticsTest {

    private static void assertAt(Diagnostic diagnostic, DiagnosticCode code, int line, int column) {
        assertThat(diagnostic.code()).isEqualTo(code);
        assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
        assertThat(diagnostic.location()).contains(new SourceLocation("state.json", line, column));
    }

    @Test
    void syntaxErrorIsLocatedAtTheOffendingCharacter() {
        Diagnostic d = onlyDiagnostic("{\n  \"servers\": [\n    {\"name\": \"a\",}\n  ]\n}");
        assertAt(d, DiagnosticCode.SNAPSHOT_SYNTAX, 3, 18);
        assertThat(d.message()).isEqualTo(
                "not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing colon            | {"servers" []}                   | 1 | 12 | was expecting a colon
            trailing comma in array  | {"tags": [null,]}                | 1 | 16 | expected a valid value
            unterminated object      | {"servers": []                   | 1 | 15 | expected close marker for Object
            bad literal              | {"komodo_version": nope}         | 1 | 20 | unrecognized token
            unquoted key             | {komodo_version: "2.3.2"}        | 1 | 2  | was expecting double-quote
            content after the object | {} {}                            | 1 | 4  | expected the end of the input
            """)
    void syntaxErrorsSayWhatWasExpectedWhere(String description, String json, int line, int column, String expected) {
        Diagnostic d = onlyDiagnostic(json);
        assertAt(d, DiagnosticCode.SNAPSHOT_SYNTAX, line, column);
        assertThat(d.message()).contains(expected);
    }

    @Test
    void emptyInputIsASyntaxError() {
        Diagnostic d = onlyDiagnostic("");
        assertAt(d, DiagnosticCode.SNAPSHOT_SYNTAX, 1, 1);
        assertThat(d.message()).isEqualTo("expected a JSON object, found the end of the input");
    }

    @Test
    void aSyntaxErrorNeverQuotesTheTextItFailedOn() {
        Diagnostic d = onlyDiagnostic("{\"variables\": [{\"name\": \"TOKEN\", \"value\": hunter2secret}]}");
        assertThat(d.message()).doesNotContain("hunter2").contains("unrecognized token");
        assertThat(d.hint()).hasValueSatisfying(hint -> assertThat(hint).doesNotContain("hunter2"));
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        Diagnostic d = onlyDiagnostic("{\"tags\": [{\"_id\": \"t\", \"name\": \"\uD83D\uDC33 whale\"} x]}");
        assertAt(d, DiagnosticCode.SNAPSHOT_SYNTAX, 1, 43);
    }

    @Test
    void columnsCountCodePointsWhereverTheReadsSplitTheText() {
        // a pair of surrogates, a CR LF and a lone CR at every place around the reader's chunk ends
        for (int pad = 0; pad < 64; pad++) {
            for (int chunk : new int[] {2000, 4000, 8000}) {
                int spaces = Math.max(0, chunk - 40 + pad);
                String json = "{\"tags\": [" + " ".repeat(spaces) + "{\"_id\": \"t\",\r\n\"name\":\r\"\uD83D\uDC33\uD83D\uDC33 whale\"} x]}";
                Diagnostic d = onlyDiagnostic(json);
                assertAt(d, DiagnosticCode.SNAPSHOT_SYNTAX, 3, 13);
            }
        }
    }

    @Test
    void windowsLineEndingsCountOnce() {
        Diagnostic d = onlyDiagnostic("{\r\n\"servers\": [\r\n  {,}\r\n]}");
        assertAt(d, DiagnosticCode.SNAPSHOT_SYNTAX, 3, 4);
    }

    @Test
    void wrongTypeInAConfigNamesItsJsonPointerAndIsLocatedAtTheValue() {
        String json = """
                {"deployments": [
                  {"_id": {"$oid": "d0"}, "name": "a"},
                  {"_id": {"$oid": "d1"}, "name": "b"},
                  {"_id": {"$oid": "d2"}, "name": "c"},
                  {"_id": {"$oid": "d3"}, "name": "api",
                   "config": {"server_id": "s1", "network": 5}}
                ]}
                """;
        Diagnostic d = onlyDiagnostic(json);
        assertAt(d, DiagnosticCode.SNAPSHOT_WRONG_TYPE, 6, 45);
        assertThat(d.message()).isEqualTo("/deployments/3/config/network must be a string, found an integer");
    }

    @Test
    void aWrongTypeTakesTheDefaultAndReadingGoesOn() {
        SnapshotResult result = read("""
                {"servers": [
                  {"_id": "s1", "name": "nas", "config": {"enabled": "yes", "address": "https://nas:8120"}},
                  {"_id": "s2", "name": "edge", "tags": "prod"}
                ],
                 "komodo_version": "2.3.2"}
                """);
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "/servers/0/config/enabled must be a boolean, found a string",
                "/servers/1/tags must be an array of strings, found a string");
        ServerConfig nas = result.snapshot().resources(KomodoKinds.SERVER).get(0).resource().config();
        assertThat(nas.enabled()).isFalse();
        assertThat(nas.address()).isEqualTo("https://nas:8120");
        assertThat(result.snapshot().resources(KomodoKinds.SERVER)).extracting(ExistingResource::name)
                .containsExactly("nas", "edge");
        assertThat(result.snapshot().komodoVersion()).isEqualTo("2.3.2");
        assertThat(result.hasErrors()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list that is not an array     | {"servers": {"name": "a"}}                                  | /servers must be an array, found an object
            an element that is not an object| {"servers": ["nas"]}                                        | /servers/0 must be an object, found a string
            a resource without a name       | {"stacks": [{"_id": "x"}]}                                  | /stacks/0 has no `name`; the stack is left out
            a resource without an id        | {"stacks": [{"name": "web"}]}                               | /stacks/0 has no `_id`; the stack is left out
            an id of the wrong shape        | {"stacks": [{"_id": {"oid": "x"}, "name": "web"}]}          | /stacks/0/_id must be {"$oid": "..."} or a string, found an object
            a description of the wrong type | {"stacks": [{"_id": "x", "name": "web", "description": 1}]} | /stacks/0/description must be a string, found an integer
            a config that is not an object  | {"stacks": [{"_id": "x", "name": "web", "config": []}]}     | /stacks/0/config must be an object, found an array
            an unknown enum constant        | {"deployments": [{"_id": "x", "name": "a", "config": {"restart": "sometimes"}}]} | /deployments/0/config/restart `sometimes` is not one of "no", "on-failure", "always", "unless-stopped"
            an unknown union variant        | {"builders": [{"_id": "x", "name": "b", "config": {"type": "Cloud", "params": {}}}]} | /builders/0/config/type: unknown `type` `Cloud` in `config`
            a missing required config field | {"dns_records": [{"_id": "x", "name": "www", "config": {"ttl": 60}}]} | /dns_records/0/config: missing `zone`
            an element of a list            | {"stacks": [{"_id": "x", "name": "web", "config": {"file_paths": ["a.yaml", 7]}}]} | /stacks/0/config/file_paths/1 must be a string, found an integer
            a komodo version of wrong type  | {"komodo_version": 2}                                       | /komodo_version must be a string, found an integer
            runtime that is not an object   | {"runtime": []}                                             | /runtime must be an object, found an array
            a runtime state of wrong type   | {"runtime": {"deployments": {"api": {"state": 1}}}}          | /runtime/deployments/api/state must be a string, found an integer
            a runtime entry not an object   | {"runtime": {"stacks": {"web": "running"}}}                  | /runtime/stacks/web must be an object, found a string
            an invalid build version        | {"runtime": {"build_versions": {"api": "v1.2"}}}             | /runtime/build_versions/api `v1.2` is not a version
            stack files of the wrong type   | {"stacks": [{"_id": "x", "name": "web", "info": {"deployed_contents": "compose.yaml"}}]} | /stacks/0/info/deployed_contents must be an array of objects, found a string
            a variable without a name       | {"variables": [{"value": "x"}]}                             | /variables/0 has no `name`; the variable is left out
            a user group all of wrong type  | {"user_groups": [{"_id": "g", "name": "ops", "all": {"Server": 3}}]} | /user_groups/0/all/Server must be an object, found an integer
            a user group all of no kind     | {"user_groups": [{"_id": "g", "name": "ops", "all": {"Galaxy": "Read"}}]} | /user_groups/0/all/Galaxy: `Galaxy` in `all` is not one of "System",
            an unknown permission target    | {"permissions": [{"user_target": {"type": "UserGroup", "id": "g"}, "resource_target": {"type": "Galaxy", "id": "x"}}]} | /permissions/0/resource_target/type `Galaxy` is not one of
            a root that is not an object    | [1, 2]                                                      | the snapshot must be a JSON object, found an array
            """)
    void wrongTypesNameTheirJsonPointer(String description, String json, String message) {
        Diagnostic d = onlyDiagnostic(json);
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_WRONG_TYPE);
        assertThat(d.message()).startsWith(message);
        assertThat(d.location()).isPresent();
    }

    @Test
    void aSuggestionFromTheBinderIsKeptAsTheHint() {
        Diagnostic d = onlyDiagnostic("{\"deployments\": [{\"_id\": \"x\", \"name\": \"a\", \"config\": {\"restart\": \"unless-stoped\"}}]}");
        assertThat(d.hint()).contains("did you mean \"unless-stopped\"?");
    }

    @Test
    void aHintInTomlSyntaxIsDropped() {
        Diagnostic d = onlyDiagnostic("{\"stacks\": [{\"_id\": \"x\", \"name\": \"web\", \"config\": {\"file_paths\": 7}}]}");
        assertThat(d.message()).isEqualTo("/stacks/0/config/file_paths must be an array of strings, found an integer");
        assertThat(d.hint()).isEmpty();
    }

    @Test
    void aResourceMissingItsNameIsLeftOut() {
        SnapshotResult result = read("{\"stacks\": [{\"_id\": \"x\"}, {\"_id\": \"y\", \"name\": \"web\"}]}");
        assertThat(result.snapshot().resources()).extracting(ExistingResource::name).containsExactly("web");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorKeepsItsLastValueAndEveryValueStaysLocated() {
        String json = """
                {"deployments": [
                  {"_id": {"$oid": "d0"}, "name": "api",
                   "config": {"network": "a", "links": [1, 2], "network": 7},
                   "config": {"links": ["x"], "network": 8, "restart": true}}
                ]}
                """;
        SnapshotResult all = read(json);
        // a repeated key is an error at the second (KS304), and the binding goes on with the last value
        assertThat(all.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.SNAPSHOT_DUPLICATE)
                .extracting(d -> d.location().orElseThrow().line(), d -> d.location().orElseThrow().column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 48), org.assertj.core.groups.Tuple.tuple(4, 4));
        SnapshotResult result = new SnapshotResult(all.snapshot(), all.diagnostics().stream()
                .filter(d -> d.code() != DiagnosticCode.SNAPSHOT_DUPLICATE).toList());
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "/deployments/0/config/network must be a string, found an integer",
                "/deployments/0/config/restart must be one of \"no\", \"on-failure\", \"always\", \"unless-stopped\", found a boolean");
        assertAt(result.diagnostics().get(0), DiagnosticCode.SNAPSHOT_WRONG_TYPE, 4, 42);
        assertAt(result.diagnostics().get(1), DiagnosticCode.SNAPSHOT_WRONG_TYPE, 4, 56);
    }

    @Test
    void aMissingFieldIsLocatedAtItsElement() {
        Diagnostic d = onlyDiagnostic("{\"stacks\": [\n  {\"name\": \"web\"}\n]}");
        assertAt(d, DiagnosticCode.SNAPSHOT_WRONG_TYPE, 2, 3);
    }

    @Test
    void idsMayBeOidObjectsOrStrings() {
        Snapshot snapshot = snapshot("""
                {"stacks": [
                  {"_id": {"$oid": "a1"}, "name": "one"},
                  {"_id": "a2", "name": "two"},
                  {"id": "a3", "name": "three"}
                ]}
                """);
        assertThat(snapshot.resources()).extracting(ExistingResource::id).containsExactly("a1", "a2", "a3");
    }

    @Test
    void nullMeansAbsentEverywhere() {
        Snapshot snapshot = snapshot("""
                {"komodo_version": null, "tags": null, "servers": null, "variables": [null],
                 "deployments": [
                   null,
                   {"_id": "d1", "name": "api", "description": null, "template": null, "tags": null, "info": null,
                    "config": {"server_id": null, "network": null, "restart": null, "image": null, "replicas": null}}
                 ],
                 "runtime": {"deployments": {"api": null}, "build_versions": null}}
                """);
        DeploymentConfig api = snapshot.resources(KomodoKinds.DEPLOYMENT).get(0).resource().config();
        assertThat(api).isEqualTo(KomodoKinds.DEPLOYMENT.defaults());
        assertThat(snapshot.resources(KomodoKinds.DEPLOYMENT).get(0).resource().description()).isEmpty();
        assertThat(snapshot.runtime().state(KomodoKinds.DEPLOYMENT, "api")).isEmpty();
        assertThat(snapshot.komodoVersion()).isEmpty();
    }

    @Test
    void aMissingConfigIsTheKindsDefaults() {
        Snapshot snapshot = snapshot("{\"servers\": [{\"_id\": \"s\", \"name\": \"nas\"}]}");
        assertThat(snapshot.resources(KomodoKinds.SERVER).get(0).resource().config())
                .isEqualTo(KomodoKinds.SERVER.defaults());
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        Snapshot snapshot = snapshot("""
                {"exported_by": {"tool": "x"}, "server_templates": [{"name": "old"}],
                 "servers": [{"_id": "s", "name": "nas", "future_field": [1, {"a": 2}],
                              "config": {"address": "https://nas", "brand_new_setting": true,
                                         "maintenance_windows": [{"name": "w", "duration_minutes": 5, "later": 1}]}}],
                 "runtime": {"procedures": {"x": {"state": "ok"}}, "future": 1,
                             "deployments": {"api": {"state": "running", "health": "good"}}}}
                """);
        assertThat(snapshot.resources(KomodoKinds.SERVER).get(0).resource().config().address()).isEqualTo("https://nas");
        assertThat(snapshot.runtime().targets()).containsOnlyKeys("deployments");
    }

    @Test
    void theInfoOfAKindThatDoesNotDeployIsNotRead() {
        Snapshot snapshot = snapshot("{\"servers\": [{\"_id\": \"s\", \"name\": \"nas\", \"info\": {\"deployed_contents\": 5}}]}");
        assertThat(snapshot.runtime().targets()).isEmpty();
    }

    @Test
    void anEmptyObjectIsAnEmptySnapshot() {
        assertThat(snapshot("{}")).isEqualTo(Snapshot.empty());
    }

    @Test
    void aMissingFileIsAReadFailureWithoutLocation(@TempDir Path folder) {
        SnapshotResult result = SnapshotFixtures.READER.read(folder.resolve("missing.json"));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_READ_FAILED);
            assertThat(d.message()).isEqualTo("cannot read `" + folder.resolve("missing.json").toString().replace('\\', '/')
                    + "`: no such file");
            assertThat(d.location()).isEmpty();
        });
        assertThat(result.snapshot()).isEqualTo(Snapshot.empty());
    }

    @Test
    void aFolderIsAReadFailure(@TempDir Path folder) {
        SnapshotResult result = SnapshotFixtures.READER.read(folder);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.SNAPSHOT_READ_FAILED);
    }

    @Test
    void diagnosticsNameTheFileAsGiven(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("state.json"), "{\"servers\": 1}");
        SnapshotResult result = SnapshotFixtures.READER.read(file);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.location())
                .contains(new SourceLocation(file.toString().replace('\\', '/'), 1, 13)));
    }

    @Test
    void textThatIsNotUtf8IsAReadFailure() {
        byte[] latin1 = "{\"komodo_version\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        SnapshotResult result = SnapshotFixtures.READER.read("state.json", new ByteArrayInputStream(latin1));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_READ_FAILED);
            assertThat(d.message()).isEqualTo("`state.json` is not valid UTF-8");
        });
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] json = "\uFEFF{\"komodo_version\": \"2.3.2\"}".getBytes(StandardCharsets.UTF_8);
        SnapshotResult result = SnapshotFixtures.READER.read("state.json", new ByteArrayInputStream(json));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.snapshot().komodoVersion()).isEqualTo("2.3.2");
    }

    @Test
    void aPermissionOfAUserIsDroppedUnread() {
        Snapshot snapshot = snapshot("""
                {"permissions": [{"user_target": {"type": "User", "id": "u"}, "resource_target": {"type": "Galaxy"}}]}
                """);
        assertThat(snapshot.permissions()).isEmpty();
    }
}
