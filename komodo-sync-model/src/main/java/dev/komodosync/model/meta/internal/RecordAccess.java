package dev.komodosync.model.meta.internal;

/**
 * Reads the fields of a record's instances and builds new ones, by field position: generated
 * code for the built-in model ({@link BuiltInRecords}), reflection for plug-in kinds
 * ({@link ReflectiveAccess}).
 */
interface RecordAccess {

    /**
     * The value of field {@code index} of {@code instance}, an instance of the record.
     *
     * @throws IndexOutOfBoundsException when the record has no field {@code index}
     */
    Object get(Object instance, int index);

    /**
     * A new instance from one value per field, in field order.
     *
     * @throws ClassCastException when a value is not of its field's type
     * @throws RuntimeException what the record's own checks throw
     */
    Object create(Object[] values);
}
