package dev.komodosync.parser.internal;

import dev.komodosync.model.Secret;
import java.util.ArrayList;
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
            List<String> texts = new ArrayList<>(list.size());
            for (Object element : list) {
                if (element instanceof String text) {
                    texts.add(text);
                }
            }
            return texts;
        }
        return List.of();
    }
}
