package dev.komodosync.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The canonical key of a field (Komodo's own field name, as its API JSON spells it) or the
 * serialised name of an enum constant, where it is not the snake_case form of the Java name.
 *
 * <p>Without this annotation a record component {@code serverId} has the key {@code server_id}
 * and an enum constant {@code ON_FAILURE} the name {@code ON_FAILURE}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Key {
    /** The key or name. */
    String value();
}
