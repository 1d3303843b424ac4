package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose declared default never replaces an existing value: an update to the
 * default is dropped (behaviour §4.5, Build {@code version}: omitting it, or {@code 0.0.0}, never
 * resets the stored version).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface KeepExistingWhenDefault {
}
