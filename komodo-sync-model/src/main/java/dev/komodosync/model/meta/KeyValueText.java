package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string in the key/value mini-format (behaviour §10.1): environment, labels, ports,
 * volumes, build arguments. On input a non-empty value gets a trailing newline; an array of
 * tables is also accepted and turned into text, each element giving the two {@link #arrayKeys()}
 * joined by {@link #separator()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT})
public @interface KeyValueText {
    /** The two keys of each element of the array form, e.g. {@code {"variable", "value"}}. */
    String[] arrayKeys();

    /** What joins the two values of an array element in the text, {@code " = "} or {@code ": "}. */
    String separator();

    /**
     * Whether the first key of the array form names a termination signal, written back as its
     * upper-case name ({@code term_signal_labels}).
     */
    boolean signalKeys() default false;

    /**
     * Whether Komodo parses the text when the resource is created or updated and rejects it when
     * a line is malformed (deployment {@code environment}, {@code ports}, {@code volumes}; build
     * {@code build_args}, {@code secret_args}); elsewhere a malformed line only misbehaves at run
     * time.
     */
    boolean validated() default false;
}
