package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Further spellings accepted on input for a field or an enum constant (behaviour §1.1, §2):
 * {@code server} for {@code server_id}, {@code stage} for {@code stages}, {@code "15"} for
 * {@code SIGTERM}. An alias is not an unknown key; two spellings of one field in one table are an
 * error, as in Komodo.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Alias {
    /** The accepted spellings, besides the canonical key. */
    String[] value();
}
