package dev.komodosync.cli;

import dev.komodosync.diff.render.internal.SecretMask;
import dev.komodosync.model.Declaration;
import java.util.Set;

/**
 * Whose secrets the command's output must not show: those of a declaration (its secret fields and
 * secret variables), and the keys that are a secret field somewhere in the model.
 *
 * @param declaration what was loaded ({@link Declaration#empty()} when nothing was)
 */
record SecretValues(Declaration declaration) {

    /** The secrets of {@code declaration}. */
    static SecretValues of(Declaration declaration) {
        return new SecretValues(declaration);
    }

    /** The secret keys of the built-in model (and the kinds discovered), without any declaration. */
    static Set<String> builtInKeys() {
        return SecretMask.builtInKeys();
    }
}
