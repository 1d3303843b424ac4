package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sealed interface as an adjacently tagged union (behaviour §2.3): written as a table
 * whose {@link #tag()} key names the variant and whose {@link #content()} key holds the variant's
 * fields. Both keys are required, even when the content is empty.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Union {
    /** The key naming the variant. */
    String tag() default "type";

    /** The key holding the variant's fields. */
    String content() default "params";

    /** The variant a missing value takes. */
    String defaultVariant();
}
