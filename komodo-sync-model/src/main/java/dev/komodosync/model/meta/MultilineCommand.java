package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a shell command in the multi-line command mini-format (behaviour §10.3): comment lines,
 * {@code " \"} continuations, lines joined with {@code &&}. Normalised on input like
 * {@link FileText}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface MultilineCommand {
}
