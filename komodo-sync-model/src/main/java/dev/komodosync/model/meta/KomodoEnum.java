package dev.komodosync.model.meta;

import java.util.List;

/**
 * An enum whose constants Komodo writes as particular strings ({@code "on-failure"},
 * {@code "SIGTERM"}, {@code "ResourceSync"}), with further spellings accepted on input.
 *
 * <p>Every enum used in a config record implements this interface; the binder and the renderers
 * read and write constants only through {@link #key()} and {@link #aliases()}.
 */
public interface KomodoEnum {

    /** The string Komodo writes for this constant. */
    String key();

    /** Further spellings accepted on input (behaviour §2.3: {@code "15"} for {@code SIGTERM}). */
    default List<String> aliases() {
        return List.of();
    }
}
