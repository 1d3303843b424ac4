package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The request types the emulator serves, by route ({@code /read}, {@code /write}, {@code /execute}). */
final class Api {

    /** Answers one call; throws {@link ApiError} for a failure Core reports. */
    @FunctionalInterface
    interface Handler {
        JsonNode handle(Call call);
    }

    /** Where a request type lives; a type sent to another route is unknown there. */
    enum Route {
        READ("read"), WRITE("write"), EXECUTE("execute");

        private final String path;

        Route(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private final Map<Route, Map<String, Handler>> handlers = new TreeMap<>();

    Api() {
        for (Route route : Route.values()) {
            handlers.put(route, new TreeMap<>());
        }
    }

    void read(String type, Handler handler) {
        add(Route.READ, type, handler);
    }

    void write(String type, Handler handler) {
        add(Route.WRITE, type, handler);
    }

    void execute(String type, Handler handler) {
        add(Route.EXECUTE, type, handler);
    }

    private void add(Route route, String type, Handler handler) {
        if (handlers.get(route).put(type, handler) != null) {
            throw new IllegalStateException("two handlers for " + route.path() + "/" + type);
        }
    }

    Optional<Handler> handler(Route route, String type) {
        return Optional.ofNullable(handlers.get(route).get(type));
    }

    /** The types of a route, sorted: Core's "expected one of" list. */
    Iterable<String> types(Route route) {
        return handlers.get(route).keySet();
    }
}
