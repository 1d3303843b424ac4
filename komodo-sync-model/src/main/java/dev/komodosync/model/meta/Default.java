package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a field takes when a declaration leaves it out (behaviour §2), written as text and
 * read according to the field's type: {@code "true"}, {@code "10"}, {@code "90.0"}, an enum
 * constant's serialised name, a {@code Version} such as {@code "0.0.0"}, or the variant name of
 * a tagged union. A field without this annotation defaults to the zero value of its type:
 * {@code ""}, {@code false}, {@code 0}, an empty list or map, {@code Optional.empty()}, or the
 * defaults of a nested record. This annotation is the single place a default is written.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface Default {
    /** The default, as text. */
    String value();
}
