package dev.komodosync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A tiny test client: the path form with a key pair, and raw requests for the transport tests. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: status, body text, and the body as JSON when it is JSON. */
    record Response(int status, String text, Map<String, java.util.List<String>> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        String error() {
            return json().path("error").asText();
        }
    }

    private final URI base;
    private final String key;
    private final String secret;

    Http(URI base, String key, String secret) {
        this.base = base;
        this.key = key;
        this.secret = secret;
    }

    static Http admin(KomodoEmulator emulator) {
        return new Http(emulator.url(), emulator.adminKey(), emulator.adminSecret());
    }

    static Http as(KomodoEmulator emulator, EmulatorUser user) {
        return new Http(emulator.url(), user.apiKey(), user.apiSecret());
    }

    Response read(String type, String params) {
        return post("/read/" + type, params);
    }

    Response write(String type, String params) {
        return post("/write/" + type, params);
    }

    Response execute(String type, String params) {
        return post("/execute/" + type, params);
    }

    /** A call that must succeed; its JSON. */
    JsonNode ok(String route, String type, String params) {
        Response response = post("/" + route + "/" + type, params);
        if (response.status() != 200) {
            throw new AssertionError(type + " answered " + response.status() + ": " + response.text());
        }
        return response.json();
    }

    Response post(String path, String body) {
        return send("POST", path, body, "X-Api-Key", key, "X-Api-Secret", secret, "Content-Type", "application/json");
    }

    Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of a full document. */
    static String id(JsonNode document) {
        return document.path("_id").path("$oid").asText();
    }

    /** Polls GetUpdate until Complete (at most 10 s). */
    JsonNode awaitUpdate(JsonNode update) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode current = ok("read", "GetUpdate", "{\"id\":\"" + id(update) + "\"}");
            if (current.path("status").asText().equals("Complete")) {
                return current;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("update " + id(update) + " did not complete");
    }
}
