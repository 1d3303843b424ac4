package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that may also be written as a bare string, which then gives the named field
 * and leaves the others at their defaults: {@code all.Build = "Execute"} for
 * {@code { level = "Execute" }}, a stack's {@code additional_env_files = [".env.prod"]}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface ScalarForm {
    /** The field the bare string binds to. */
    String value();
}
