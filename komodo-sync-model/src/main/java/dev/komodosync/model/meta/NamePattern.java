package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string field holding name patterns over the resources of a kind (behaviour §7): a
 * wildcard pattern, or a {@code \regex\}. With {@link #split()} the text is a string list of
 * patterns (behaviour §7.2, Batch executions); without, the whole text is one pattern (user-group
 * permission targets, §7.3).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface NamePattern {
    /** The TOML key of the kind whose names are matched. */
    String value() default "";

    /** The sibling field whose value selects the kind, e.g. {@code "type"}. */
    String kindFromField() default "";

    /** Whether the text is split into several patterns at newlines and commas. */
    boolean split() default false;
}
