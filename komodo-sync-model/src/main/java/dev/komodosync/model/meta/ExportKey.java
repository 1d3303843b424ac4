package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The key under which a field is written on export and named in plan paths, where Komodo's
 * export renames it (behaviour §11.2): {@code server_id} is exported as {@code server}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface ExportKey {
    /** The exported key. */
    String value();
}
