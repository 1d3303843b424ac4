package dev.komodosync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotWriter;
import dev.komodosync.emulator.EmulatorUser;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.emulator.RecordedRequest;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A live Core, the emulator on loopback, read into a snapshot: what it was seeded with, and nothing else. */
class SnapshotFetcherTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../examples/homelab/snapshot.json", "../examples/seed/snapshot.json"})
    void aFetchedSnapshotEqualsTheOneCoreWasSeededWith(String file) throws Exception {
        Snapshot seeded = SnapshotReader.create().read(Path.of(file)).snapshot();
        try (KomodoEmulator core = KomodoEmulator.builder().seed(Path.of(file)).port(0).build().start()) {
            FetchedSnapshot fetched = SnapshotFetcher.builder(admin(core)).build().fetch();
            assertThat(fetched.result().diagnostics()).isEmpty();
            assertThat(fetched.partial()).isFalse();
            boolean seededAdmin = seeded.users().stream().anyMatch(u -> u.id().equals(core.adminUserId()));
            String written = SnapshotWriter.write(fetched.result().snapshot());
            assertThat(differences(seededAdmin ? tree(written) : withoutUser(written, core.adminUserId()),
                    tree(SnapshotWriter.write(seeded)), "")).isEmpty();
        }
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Math.max(3, Long.getLong("komodo.propertyCases", 300) / 30)).boxed();
    }

    /**
     * Generated worlds of every kind: what the client reads over HTTP is everything Core holds
     * (the emulator's own dump of its store). The generator's ids become ObjectIds first, as
     * Core's always are: Core looks a 24-hex string up as an id only, anything else as a name.
     * Runtime is left out here: a generated world may say a deployment on a disabled server runs,
     * or runs no image, which Core's status cache never shows (the examples, which are consistent,
     * compare runtime too).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void generatedWorldsOfEveryKindAreReadWhole(long seed) throws Exception {
        String world = withObjectIds(SnapshotWriter.write(new WorldGenerator(seed).generate().snapshot()));
        try (KomodoEmulator core = KomodoEmulator.builder().seedJson(world).port(0).build().start()) {
            FetchedSnapshot fetched = SnapshotFetcher.builder(admin(core)).concurrency(3).build().fetch();
            assertThat(fetched.result().diagnostics()).isEmpty();
            assertThat(differences(tree(SnapshotWriter.write(fetched.result().snapshot())), tree(core.dumpText()), ""))
                    .filteredOn(difference -> !difference.startsWith("/runtime/")).isEmpty();
            assertThat(fetched.result().snapshot().permissions()).hasSameSizeAs(
                    SnapshotReader.create().read("world.json", world).snapshot().permissions());
        }
    }

    /** Every {@code $oid} of a snapshot's JSON, and every mention of it, as a 24-hex ObjectId. */
    static String withObjectIds(String json) {
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\\\"\\$oid\\\"\\s*:\\s*\\\"([^\\\"]+)\\\"").matcher(json);
        java.util.Map<String, String> hex = new java.util.LinkedHashMap<>();
        while (ids.find()) {
            hex.computeIfAbsent(ids.group(1), id -> String.format("%024x", hex.size() + 1));
        }
        String rewritten = json;
        for (java.util.Map.Entry<String, String> id : hex.entrySet()) {
            rewritten = rewritten.replace("\"" + id.getKey() + "\"", "\"" + id.getValue() + "\"");
        }
        return rewritten;
    }

    /** What a writer may start on early is what the result holds: the same resources and tags, told once. */
    @Test
    void resourcesBoundIsToldOnceWithTheResultsResourcesAndTags() throws Exception {
        try (KomodoEmulator core = homelab()) {
            List<Snapshot> told = new CopyOnWriteArrayList<>();
            FetchedSnapshot fetched = SnapshotFetcher.builder(admin(core)).whenResourcesBound(told::add).build().fetch();
            Snapshot result = fetched.result().snapshot();
            assertThat(told).hasSize(1);
            assertThat(result.resources()).isNotEmpty();
            assertThat(told.get(0).resources()).isEqualTo(result.resources());
            assertThat(told.get(0).tags()).isEqualTo(result.tags()).isNotEmpty();
            assertThat(told.get(0).variables()).isEmpty();
            SnapshotWriter.PreparedResources prepared = SnapshotWriter.prepare(told.get(0));
            ByteArrayOutputStream spliced = new ByteArrayOutputStream();
            SnapshotWriter.write(result, prepared, spliced);
            assertThat(spliced.toString(StandardCharsets.UTF_8)).isEqualTo(SnapshotWriter.write(result));
        }
    }

    @Test
    void progressCountsEveryCall() throws Exception {
        try (KomodoEmulator core = homelab()) {
            List<int[]> reports = new CopyOnWriteArrayList<>();
            FetchedSnapshot fetched = SnapshotFetcher.builder(admin(core))
                    .progress((done, total) -> reports.add(new int[] {done, total})).build().fetch();
            assertThat(reports).isNotEmpty();
            assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(fetched.calls());
            assertThat(reports).allSatisfy(r -> assertThat(r[0]).isLessThanOrEqualTo(r[1]));
            assertThat(core.requests()).hasSize(fetched.calls());
        }
    }

    @Test
    void theRequestsOfOneSnapshotAreKomodosReadCalls() throws Exception {
        try (KomodoEmulator core = homelab()) {
            SnapshotFetcher.builder(admin(core)).build().fetch();
            List<String> calls = core.requests().stream().map(r -> r.method() + " " + r.path() + " " + r.body())
                    .sorted().toList();
            Path golden = Path.of("src/test/resources/homelab-snapshot-requests.txt");
            if (Boolean.getBoolean("komodo.updateGolden")) {
                Files.writeString(golden, String.join("\n", calls) + "\n");
            }
            List<String> expected = Files.readAllLines(golden).stream().filter(line -> !line.isBlank()).sorted().toList();
            assertThat(calls).isEqualTo(expected);
            for (RecordedRequest request : core.requests()) {
                if (request.method().equals("POST")) {
                    assertThat(request.header("Content-Type")).isEqualTo("application/json");
                }
                assertThat(request.header("X-Api-Key")).isEqualTo(core.adminKey());
            }
        }
    }

    @Test
    void aKeyThatIsNotAnAdminsStopsTheFetchNamingWhatItCannotRead() throws Exception {
        try (KomodoEmulator core = homelab()) {
            EmulatorUser bob = core.addUser("bob");
            KomodoClient client = KomodoClient.builder(core.url()).apiKey(bob.apiKey())
                    .apiSecret(Secret.of(bob.apiSecret())).build();
            assertThatThrownBy(() -> SnapshotFetcher.builder(client).build().fetch())
                    .isInstanceOfSatisfying(KomodoException.class, e -> {
                        assertThat(e.problem()).isEqualTo(KomodoException.Problem.NOT_AN_ADMIN);
                        assertThat(e.getMessage()).contains("'bob'").contains("permissions").contains("secret");
                    });
            assertThat(core.requests()).extracting(RecordedRequest::path).containsExactly("/user");
        }
    }

    @Test
    void aPartialSnapshotIsMarkedAndWarns() throws Exception {
        try (KomodoEmulator core = homelab()) {
            EmulatorUser bob = core.addUser("bob");
            KomodoClient client = KomodoClient.builder(core.url()).apiKey(bob.apiKey())
                    .apiSecret(Secret.of(bob.apiSecret())).build();
            FetchedSnapshot fetched = SnapshotFetcher.builder(client).allowPartial(true).build().fetch();
            assertThat(fetched.partial()).isTrue();
            assertThat(fetched.username()).isEqualTo("bob");
            assertThat(fetched.result().diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_PARTIAL));
            assertThat(fetched.result().hasErrors()).isFalse();
            assertThat(core.requests()).extracting(RecordedRequest::type)
                    .doesNotContain("ListUsers", "ListUserTargetPermissions");
        }
    }

    @Test
    void wrongCredentialsAreOneClearFailure() throws Exception {
        try (KomodoEmulator core = homelab()) {
            KomodoClient client = KomodoClient.builder(core.url()).apiKey(core.adminKey())
                    .apiSecret(Secret.of("S-not-the-secret")).build();
            assertThatThrownBy(() -> SnapshotFetcher.builder(client).build().fetch())
                    .isInstanceOfSatisfying(KomodoException.class, e -> {
                        assertThat(e.problem()).isEqualTo(KomodoException.Problem.UNAUTHORIZED);
                        assertThat(e.status()).hasValue(401);
                        assertThat(e.getMessage()).startsWith("GET /user (401): ").doesNotContain("S-not-the-secret");
                    });
        }
    }

    /**
     * The lists read as text are parsed on the binding thread, element by element: an answer that
     * breaks off in the middle, or is not an array, fails the fetch as a read of it fails, naming
     * the call.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[{\"name\": \"web\"}, {\"name\":", "{\"name\": \"web\"}", "[{\"name\": \"web\"}] <html>"})
    void aListAnswerThatIsNotAJsonArrayFailsTheFetchNamingTheCall(String stacks) throws Exception {
        com.sun.net.httpserver.HttpServer core = stubCore(stacks);
        try {
            KomodoClient client = KomodoClient.builder(java.net.URI.create("http://127.0.0.1:" + core.getAddress().getPort()))
                    .apiKey("K").apiSecret(Secret.of("S")).build();
            if (stacks.endsWith("<html>")) {
                // Text after the array is not looked at, as a tree read of the answer never looked at it.
                FetchedSnapshot withText = SnapshotFetcher.builder(client).build().fetch();
                com.sun.net.httpserver.HttpServer plain = stubCore(stacks.substring(0, stacks.indexOf(" <html>")));
                try {
                    FetchedSnapshot without = SnapshotFetcher.builder(KomodoClient.builder(java.net.URI.create(
                            "http://127.0.0.1:" + plain.getAddress().getPort())).apiKey("K").apiSecret(Secret.of("S")).build()).build().fetch();
                    assertThat(withText.result().diagnostics()).isEqualTo(without.result().diagnostics()).isNotEmpty();
                    assertThat(SnapshotWriter.write(withText.result().snapshot())).isEqualTo(SnapshotWriter.write(without.result().snapshot()));
                } finally {
                    plain.stop(0);
                }
                return;
            }
            assertThatThrownBy(() -> SnapshotFetcher.builder(client).build().fetch()).isInstanceOfSatisfying(KomodoException.class, e -> {
                assertThat(e.problem()).isEqualTo(KomodoException.Problem.NOT_THE_API);
                assertThat(e.call()).isEqualTo("POST /read/ListFullStacks");
                assertThat(e.getMessage()).contains(stacks.startsWith("[") ? "not JSON" : "not a JSON array");
            });
        } finally {
            core.stop(0);
        }
    }

    /** A Core of one admin and nothing else, but for the stacks, which it answers with {@code stacks}. */
    private static com.sun.net.httpserver.HttpServer stubCore(String stacks) throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String body = switch (path) {
                case "/user" -> "{\"username\": \"admin\", \"admin\": true}";
                case "/read/GetVersion" -> "{\"version\": \"2.3.2\"}";
                case "/read/ListFullStacks" -> stacks;
                default -> "[]";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (java.io.OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    private static KomodoEmulator homelab() {
        return KomodoEmulator.builder().seed(Path.of("../examples/homelab/snapshot.json")).port(0).build().start();
    }

    static KomodoClient admin(KomodoEmulator core) {
        return KomodoClient.builder(core.url()).apiKey(core.adminKey()).apiSecret(Secret.of(core.adminSecret())).build();
    }

    /** Where two trees differ, as JSON pointers with both values: what a failure shows. */
    static List<String> differences(JsonNode fetched, JsonNode seeded, String at) {
        List<String> found = new java.util.ArrayList<>();
        if (fetched.isObject() && seeded.isObject()) {
            java.util.Set<String> keys = new java.util.TreeSet<>();
            fetched.fieldNames().forEachRemaining(keys::add);
            seeded.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                found.addAll(differences(fetched.path(key), seeded.path(key), at + "/" + key));
            }
        } else if (fetched.isArray() && seeded.isArray() && fetched.size() == seeded.size()) {
            for (int i = 0; i < fetched.size(); i++) {
                found.addAll(differences(fetched.get(i), seeded.get(i), at + "/" + i));
            }
        } else if (!fetched.equals(seeded)) {
            found.add(at + ": fetched " + fetched + ", seeded " + seeded);
        }
        return found;
    }

    /** The snapshot JSON with every list in name order: Core lists by name, a file in any order. */
    private static JsonNode tree(String json) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(json);
        for (java.util.Map.Entry<String, JsonNode> section : tree.properties()) {
            if (section.getValue() instanceof ArrayNode array) {
                List<JsonNode> elements = new java.util.ArrayList<>();
                array.forEach(elements::add);
                elements.sort(java.util.Comparator.comparing(SnapshotFetcherTest::sortKey));
                array.removeAll();
                elements.forEach(array::add);
            }
        }
        return tree;
    }

    private static String sortKey(JsonNode element) {
        if (element.has("name")) {
            return element.get("name").asText();
        }
        return element.has("username") ? element.get("username").asText() : element.toString();
    }

    /** The snapshot JSON without the emulator's own user (and the key, when no user is left). */
    private static JsonNode withoutUser(String json, String userId) throws IOException {
        ObjectNode tree = (ObjectNode) tree(json);
        if (tree.get("users") instanceof ArrayNode users) {
            for (Iterator<JsonNode> it = users.iterator(); it.hasNext(); ) {
                if (it.next().path("_id").path("$oid").asText().equals(userId)) {
                    it.remove();
                }
            }
        }
        return tree;
    }
}
