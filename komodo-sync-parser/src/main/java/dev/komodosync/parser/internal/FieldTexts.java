package dev.komodosync.parser.internal;

import dev.komodosync.model.Secret;
import java.util.List;

/** The texts a field holds: a string, a secret's value, or the strings of a list. Not API. */
public final class FieldTexts {

    private FieldTexts() {}

    /** The texts of {@code value}; none for other values. */
    public static List<String> of(Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof Secret secret) {
            return List.of(secret.reveal());
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
