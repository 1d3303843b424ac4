package dev.komodosync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.komodosync.client.internal.Pause;
import dev.komodosync.emulator.Faults;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.emulator.RecordedRequest;
import dev.komodosync.model.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the emulator on loopback: retries where a failure may pass, never where it may not. */
class KomodoClientTest {

    private KomodoEmulator core;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        core = KomodoEmulator.builder().seed(Path.of("../examples/homelab/snapshot.json")).port(0).build().start();
    }

    @AfterEach
    void stop() {
        core.close();
    }

    private KomodoClient client() {
        return client(RetryPolicy.defaults());
    }

    private KomodoClient client(RetryPolicy retries) {
        Pause recording = (duration, call) -> waits.add(duration);
        return KomodoClient.builder(core.url()).apiKey(core.adminKey()).apiSecret(Secret.of(core.adminSecret()))
                .retryPolicy(retries).pause(recording).build();
    }

    private long calls(String type) {
        return core.requests().stream().map(RecordedRequest::type).filter(type::equals).count();
    }

    @Test
    void aReadIsTriedAgainAfterA503() throws KomodoException {
        core.faults().failNext("ListTags", Faults.ANY, 503, "unavailable");
        core.faults().failNext("ListTags", Faults.ANY, 502, "bad gateway");
        JsonNode tags = client().read("ListTags", client().params());
        assertThat(tags.isArray()).isTrue();
        assertThat(calls("ListTags")).isEqualTo(3);
        assertThat(waits).hasSize(2).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(4)));
    }

    @Test
    void aReadIsTriedAgainAfterADroppedConnection() throws KomodoException {
        core.faults().dropNext("ListFullServers", Faults.ANY);
        JsonNode servers = client().read("ListFullServers", client().params().put("limit", 0));
        assertThat(servers.size()).isGreaterThan(0);
        assertThat(calls("ListFullServers")).isEqualTo(2);
    }

    @Test
    void aRateLimitedReadWaitsAsLongAsCoreSays() throws KomodoException {
        core.faults().rateLimitNext("ListTags", Faults.ANY, Duration.ofSeconds(3));
        client().read("ListTags", client().params());
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(calls("ListTags")).isEqualTo(2);
    }

    @Test
    void aReadGivesUpAfterItsAttempts() {
        for (int i = 0; i < 4; i++) {
            core.faults().failNext("ListTags", Faults.ANY, 503, "unavailable");
        }
        assertThatThrownBy(() -> client().read("ListTags", client().params()))
                .isInstanceOfSatisfying(KomodoException.class, e -> {
                    assertThat(e.problem()).isEqualTo(KomodoException.Problem.ERROR_RESPONSE);
                    assertThat(e.status()).hasValue(503);
                    assertThat(e.getMessage()).isEqualTo("POST /read/ListTags (503): unavailable");
                });
        assertThat(calls("ListTags")).isEqualTo(4);
    }

    @Test
    void aWriteIsNeverTriedAgain() {
        core.faults().failNext("CreateTag", Faults.ANY, 503, "unavailable");
        assertThatThrownBy(() -> client().write("CreateTag", client().params().put("name", "new")))
                .isInstanceOf(KomodoException.class);
        assertThat(calls("CreateTag")).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aDroppedWriteIsNotSentAgain() {
        core.faults().dropNext("CreateTag", Faults.ANY);
        assertThatThrownBy(() -> client().write("CreateTag", client().params().put("name", "new")))
                .isInstanceOfSatisfying(KomodoException.class,
                        e -> assertThat(e.problem()).isEqualTo(KomodoException.Problem.UNREACHABLE));
        assertThat(calls("CreateTag")).isEqualTo(1);
    }

    @Test
    void aCallWithAWrongSecretIsUnauthorisedAndNotTriedAgain() {
        KomodoClient wrong = KomodoClient.builder(core.url()).apiKey(core.adminKey())
                .apiSecret(Secret.of("S-not-the-secret")).pause((duration, call) -> waits.add(duration)).build();
        assertThatThrownBy(() -> wrong.read("ListTags", wrong.params()))
                .isInstanceOfSatisfying(KomodoException.class, e -> {
                    assertThat(e.problem()).isEqualTo(KomodoException.Problem.UNAUTHORIZED);
                    assertThat(e.status()).hasValue(401);
                    assertThat(e.getMessage()).startsWith("POST /read/ListTags (401): ")
                            .doesNotContain("S-not-the-secret").doesNotContain("no error text");
                });
        assertThat(waits).isEmpty();
    }

    /**
     * Core closing a kept-alive connection while the client is idle (as a server's idle timeout
     * does) costs the next write nothing: it goes out once, on a new connection.
     */
    @Test
    void aWriteAfterCoreClosedTheIdleConnectionGoesOutOnceOnANewOne() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger received = new AtomicInteger();
            AtomicInteger connections = new AtomicInteger();
            CountDownLatch closed = new CountDownLatch(1);
            Thread serving = new Thread(() -> {
                try {
                    while (received.get() < 2) {
                        try (Socket socket = server.accept()) {
                            connections.incrementAndGet();
                            if (!answerOneRequest(socket)) {
                                continue;
                            }
                            received.incrementAndGet();
                        }
                        // Closed after answering, as an idle timeout would, with no "Connection: close".
                        closed.countDown();
                    }
                } catch (IOException ignored) {
                    // the test's server socket closed
                }
            });
            serving.start();
            KomodoClient client = KomodoClient.builder(URI.create("http://127.0.0.1:" + server.getLocalPort()))
                    .apiKey("K").apiSecret(Secret.of("S")).pause((duration, call) -> waits.add(duration)).build();
            assertThat(client.write("CreateTag", client.params().put("name", "a")).path("ok").asBoolean()).isTrue();
            assertThat(closed.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(client.write("CreateTag", client.params().put("name", "b")).path("ok").asBoolean()).isTrue();
            serving.join(30_000);
            assertThat(received).hasValue(2);
            assertThat(connections).hasValue(2);
            assertThat(waits).isEmpty();
        }
    }

    /** Reads one request (headers, then a body of its Content-Length) and answers {"ok":true}; false at end of stream. */
    private static boolean answerOneRequest(Socket socket) throws IOException {
        if (!readOneRequest(socket)) {
            return false;
        }
        byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return true;
    }

    /** Reads one request: its headers, then a body of its Content-Length; false at end of stream. */
    private static boolean readOneRequest(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                return false;
            }
            head.append((char) c);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(length);
        return true;
    }

    /** An answer sent in chunks that breaks off before its last chunk is tried again, like one of a said length. */
    @Test
    void aReadWhoseChunkedAnswerBreaksOffIsTriedAgain() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger answered = new AtomicInteger();
            Thread serving = new Thread(() -> {
                try {
                    while (answered.get() < 2) {
                        try (Socket socket = server.accept()) {
                            if (!readOneRequest(socket)) {
                                continue;
                            }
                            String chunk = answered.getAndIncrement() == 0 ? "[{\"na" : "[{\"name\":\"prod\"}]";
                            String rest = answered.get() == 1 ? "" : "\r\n0\r\n\r\n";
                            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + rest).getBytes(StandardCharsets.UTF_8));
                            socket.getOutputStream().flush();
                        }
                    }
                } catch (IOException ignored) {
                    // the test's server socket closed
                }
            });
            serving.start();
            KomodoClient client = KomodoClient.builder(URI.create("http://127.0.0.1:" + server.getLocalPort()))
                    .apiKey("K").apiSecret(Secret.of("S")).pause((duration, call) -> waits.add(duration)).build();
            JsonNode tags = client.read("ListTags", client.params());
            serving.join(30_000);
            assertThat(tags.path(0).path("name").asText()).isEqualTo("prod");
            assertThat(answered).hasValue(2);
            assertThat(waits).hasSize(1);
        }
    }

    @Test
    void komodosErrorBodyIsNeverTriedAgainAndKeepsItsTrace() {
        assertThatThrownBy(() -> client().read("GetDeployment", client().params().put("deployment", "nope")))
                .isInstanceOfSatisfying(KomodoException.class, e -> {
                    assertThat(e.problem()).isEqualTo(KomodoException.Problem.ERROR_RESPONSE);
                    assertThat(e.status()).hasValue(500);
                    assertThat(e.error()).contains("nope");
                    assertThat(e.getMessage()).startsWith("POST /read/GetDeployment (500): ");
                });
        assertThat(calls("GetDeployment")).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aDuplicateNameIsKomodos409() {
        assertThatThrownBy(() -> client().write("CreateServer", client().params().put("name", "atlas")))
                .isInstanceOfSatisfying(KomodoException.class, e -> {
                    assertThat(e.status()).hasValue(409);
                    assertThat(e.error()).contains("already exists");
                });
    }

    @Test
    void aSlowAnswerIsATimeout() {
        core.faults().delayNext("ListTags", Faults.ANY, Duration.ofSeconds(2));
        KomodoClient impatient = KomodoClient.builder(core.url()).apiKey(core.adminKey())
                .apiSecret(Secret.of(core.adminSecret())).requestTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.never()).build();
        assertThatThrownBy(() -> impatient.read("ListTags", impatient.params()))
                .isInstanceOfSatisfying(KomodoException.class,
                        e -> assertThat(e.problem()).isEqualTo(KomodoException.Problem.TIMEOUT));
    }

    @Test
    void anUnreachableCoreNamesItsAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        KomodoClient client = KomodoClient.builder(nowhere).apiKey("K").apiSecret(Secret.of("S-secret"))
                .retryPolicy(RetryPolicy.never()).build();
        assertThatThrownBy(client::currentUser)
                .isInstanceOfSatisfying(KomodoException.class, e -> {
                    assertThat(e.problem()).isEqualTo(KomodoException.Problem.UNREACHABLE);
                    assertThat(e.getMessage()).contains(nowhere.toString()).doesNotContain("S-secret");
                });
    }

    @Test
    void theSecretIsSentOnlyAsItsHeaderAndShownNowhere() throws KomodoException {
        KomodoClient client = client();
        client.read("ListTags", client.params());
        assertThat(client.toString()).doesNotContain(core.adminSecret());
        assertThat(core.requests()).allSatisfy(request -> {
            assertThat(request.body()).doesNotContain(core.adminSecret());
            assertThat(request.headers().toString()).doesNotContain(core.adminSecret());
        });
    }

    @Test
    void paramsMustBeAnObject() {
        assertThatThrownBy(() -> client().read("ListTags", client().params().arrayNode()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object");
        assertThatThrownBy(() -> client().read("list tags", client().params()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request type");
    }

    @Test
    void paramsAreSentAsTheirJsonAndMustBePlainJson() {
        KomodoClient client = client();
        var params = client.params().put("build", "api").put("limit", 1);
        params.putArray("list").add(1.5).add(true).addNull().add(12345678901L).add("é\"\n");
        // No build is called api: Core answers an error, after the request was logged as sent.
        assertThatThrownBy(() -> client.read("ListBuildVersions", params)).isInstanceOf(KomodoException.class);
        assertThat(core.requests()).last().satisfies(request -> assertThat(request.body())
                .isEqualTo("{\"build\":\"api\",\"limit\":1,\"list\":[1.5,true,null,12345678901,\"é\\\"\\n\"]}"));
        int sent = core.requests().size();
        var wrapped = client.params();
        wrapped.putPOJO("object", new Object());
        assertThatThrownBy(() -> client.read("ListTags", wrapped))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ListTags");
        assertThat(core.requests()).hasSize(sent);
    }

    @Test
    void anAddressThatIsNotAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> KomodoClient.builder(URI.create("ftp://core")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    }

    /** A server that is not Komodo: what a mistyped address reaches. */
    @Test
    void aWebPageIsNotTheApi() throws IOException {
        HttpServer page = stub(200, "text/html", "<!doctype html><html><body>Komodo</body></html>");
        try {
            KomodoClient client = KomodoClient.builder(URI.create("http://127.0.0.1:" + page.getAddress().getPort() + "/ui"))
                    .apiKey("K").apiSecret(Secret.of("S")).build();
            assertThatThrownBy(client::currentUser).isInstanceOfSatisfying(KomodoException.class, e -> {
                assertThat(e.problem()).isEqualTo(KomodoException.Problem.NOT_THE_API);
                assertThat(e.getMessage()).contains("web page");
            });
        } finally {
            page.stop(0);
        }
    }

    /** An answer as its text: the bytes Core sent, checked only not to be a web page or nothing. */
    @Test
    void readTextHandsOverTheAnswerAsSent() throws Exception {
        String answer = " [{\"name\": \"é\"}, {\"name\": ";
        HttpServer list = stub(200, "application/json", answer);
        HttpServer page = stub(200, "text/html", "<!doctype html>");
        HttpServer empty = stub(200, "application/json", " \n");
        try {
            assertThat(new String(client(list).readText("ListFullStacks", client(list).params()), StandardCharsets.UTF_8))
                    .isEqualTo(answer);
            assertThatThrownBy(() -> client(list).read("ListFullStacks", client(list).params()))
                    .isInstanceOfSatisfying(KomodoException.class, e -> assertThat(e.problem()).isEqualTo(KomodoException.Problem.NOT_THE_API));
            for (HttpServer notJson : List.of(page, empty)) {
                assertThatThrownBy(() -> client(notJson).readText("ListFullStacks", client(notJson).params()))
                        .isInstanceOfSatisfying(KomodoException.class, e -> {
                            assertThat(e.problem()).isEqualTo(KomodoException.Problem.NOT_THE_API);
                            assertThat(e.call()).isEqualTo("POST /read/ListFullStacks");
                        });
            }
            assertThatThrownBy(() -> client(list).readText("list full", client(list).params()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("list full");
        } finally {
            list.stop(0);
            page.stop(0);
            empty.stop(0);
        }
    }

    /** What {@code read} throws for text that is not JSON is what a reader of {@code readText}'s text can throw. */
    @Test
    void notJsonIsTheExceptionReadThrows() throws Exception {
        HttpServer broken = stub(200, "application/json", "[1, 2");
        try {
            KomodoException read = org.junit.jupiter.api.Assertions.assertThrows(KomodoException.class,
                    () -> client(broken).read("ListTags", client(broken).params()));
            byte[] text = client(broken).readText("ListTags", client(broken).params());
            com.fasterxml.jackson.core.JsonProcessingException found = org.junit.jupiter.api.Assertions.assertThrows(
                    com.fasterxml.jackson.core.JsonProcessingException.class,
                    () -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(text));
            KomodoException made = KomodoClient.notJson("ListTags", found);
            assertThat(made.problem()).isEqualTo(read.problem());
            assertThat(made.call()).isEqualTo(read.call());
            assertThat(made.status()).isEqualTo(read.status());
            assertThat(made.getMessage()).contains("the answer is not JSON");
            assertThat(read.getMessage()).contains("the answer is not JSON");
        } finally {
            broken.stop(0);
        }
    }

    private static KomodoClient client(HttpServer server) {
        return KomodoClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).apiKey("K").apiSecret(Secret.of("S")).build();
    }

    @Test
    void aCoreOfAnotherMajorVersionIsRefused() throws IOException {
        HttpServer old = stub(200, "application/json", "{\"version\":\"1.17.5\"}");
        try {
            KomodoClient client = KomodoClient.builder(URI.create("http://127.0.0.1:" + old.getAddress().getPort()))
                    .apiKey("K").apiSecret(Secret.of("S")).build();
            assertThatThrownBy(client::coreVersion).isInstanceOfSatisfying(KomodoException.class, e -> {
                assertThat(e.problem()).isEqualTo(KomodoException.Problem.UNSUPPORTED_VERSION);
                assertThat(e.getMessage()).contains("1.17.5").contains("2.x");
            });
        } finally {
            old.stop(0);
        }
    }

    /** An answer whose connection closes before its Content-Length is read: tried again, like a dropped connection. */
    @Test
    void aReadWhoseAnswerBreaksOffIsTriedAgain() throws IOException, KomodoException {
        AtomicInteger answered = new AtomicInteger();
        byte[] whole = "[{\"name\":\"prod\"}]".getBytes(StandardCharsets.UTF_8);
        HttpServer flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        flaky.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, whole.length);
            OutputStream out = exchange.getResponseBody();
            if (answered.getAndIncrement() == 0) {
                out.write(whole, 0, 5);
                out.flush();
                exchange.close();
                return;
            }
            out.write(whole);
            out.close();
        });
        flaky.start();
        try {
            Pause recording = (duration, call) -> waits.add(duration);
            KomodoClient client = KomodoClient.builder(URI.create("http://127.0.0.1:" + flaky.getAddress().getPort()))
                    .apiKey("K").apiSecret(Secret.of("S")).pause(recording).build();
            JsonNode tags = client.read("ListTags", client.params());
            assertThat(tags.path(0).path("name").asText()).isEqualTo("prod");
            assertThat(answered).hasValue(2);
            assertThat(waits).hasSize(1);
        } finally {
            flaky.stop(0);
        }
    }

    private static HttpServer stub(int status, String contentType, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }
}
