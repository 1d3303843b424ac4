package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that names another resource (behaviour §4.3): written by name in TOML, stored as
 * an id by Komodo, turned back into a name before diffing. On a list, every element is a reference.
 *
 * <p>Either {@link #value()} gives the referenced kind's TOML key, or {@link #kindFromField()}
 * names a sibling field whose value (a {@code ResourceTargetVariant}) gives the kind.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface Reference {
    /** The TOML key of the referenced kind, e.g. {@code "server"}. */
    String value() default "";

    /** The sibling field whose value selects the referenced kind, e.g. {@code "type"}. */
    String kindFromField() default "";
}
