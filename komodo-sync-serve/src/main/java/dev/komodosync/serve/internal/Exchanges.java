package dev.komodosync.serve.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading bounded bodies and writing answers, for the handlers. */
final class Exchanges {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Exchanges() {}

    /** A body over the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the body is larger than " + limit + " bytes");
        }
    }

    /** The body, at most {@code limit} bytes; {@link TooLarge} past it (without reading the rest). */
    static byte[] body(HttpExchange exchange, int limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    throw new TooLarge(limit);
                }
            } catch (NumberFormatException malformed) {
                // the stream's own length is checked below
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > limit) {
                    throw new TooLarge(limit);
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    /** The client's address, as the failure limit counts it. */
    static String address(HttpExchange exchange) {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    /** An empty answer. */
    static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** A plain-text answer (a line, ending with a newline). */
    static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.endsWith("\n") ? text : text + "\n");
    }

    /** A JSON error answer: {@code {"error": message}}. */
    static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, JSON.createObjectNode().put("error", message));
    }

    /** A JSON answer, two-space indented, keys in the order the tree has them. */
    static void json(HttpExchange exchange, int status, JsonNode document) throws IOException {
        String text;
        try {
            text = JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IOException("cannot write JSON", impossible);
        }
        send(exchange, status, "application/json", text);
    }

    /** Any answer. */
    static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A query parameter's value (the first), without decoding; flags have none. */
    static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        return Optional.empty();
    }
}
