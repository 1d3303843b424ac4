package dev.komodosync.model;

/**
 * A kind whose config type the model cannot describe (a field of an unsupported type, an enum that
 * is not a {@link dev.komodosync.model.meta.KomodoEnum}, a bad {@code @Default}): thrown when the
 * kind is built, and carrying what to do, so that a plug-in that builds such a kind gets a
 * {@link KindRegistrationException} with that advice.
 */
final class KindConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String fix;

    KindConfigException(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    /** What to do. */
    String fix() {
        return fix;
    }

    /** The failure describing {@code configClass} for kind {@code key}, with the advice that fits it. */
    static KindConfigException describing(String key, Class<?> configClass, RuntimeException failure) {
        String problem = String.valueOf(failure.getMessage());
        String fix = problem.contains("does not implement KomodoEnum")
                ? "make the enum implement dev.komodosync.model.meta.KomodoEnum (its key() is the TOML spelling)"
                : problem.contains("unsupported") || problem.contains("raw collection") || problem.contains("map keys")
                ? "use a supported type: a record, a sealed @Union interface, a KomodoEnum enum, String, boolean, int,"
                        + " long, float, double, Secret, Version, List<T>, Map<String, T> or Optional<T>"
                : "correct the config type's annotations";
        return new KindConfigException("kind `" + key + "`: config " + configClass.getName() + ": " + problem, fix, failure);
    }
}
