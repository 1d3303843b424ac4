package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickExitTest {

    @Test
    void theSelectorThreadOfAnHttpClientThatWasUsedIsStopped() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            List<Thread> before = selectors();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).isEqualTo("ok");
            List<Thread> made = selectors();
            made.removeAll(before);
            assertThat(made).as("the client's own selector thread").hasSize(1);

            int stopped = QuickExit.stopHttpSelectors();

            assertThat(made.get(0).isAlive()).isFalse();
            assertThat(stopped).isGreaterThanOrEqualTo(1);
            assertThat(selectors()).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withNoHttpClientNothingIsStopped() {
        QuickExit.stopHttpSelectors();
        assertThat(QuickExit.stopHttpSelectors()).isZero();
    }

    private static List<Thread> selectors() {
        List<Thread> found = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("HttpClient-") && thread.getName().endsWith("-SelectorManager")) {
                found.add(thread);
            }
        }
        return found;
    }
}
