package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The inclusive range of an integer field narrower than its Java type (Komodo's {@code u8} and
 * {@code u32}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface Range {
    /** The smallest accepted value. */
    long min();

    /** The largest accepted value. */
    long max();
}
