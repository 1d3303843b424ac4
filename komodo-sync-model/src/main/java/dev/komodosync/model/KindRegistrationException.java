package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

/**
 * A resource kind that cannot be registered: a plug-in ({@link dev.komodosync.model.spi.ResourceKindProvider})
 * that fails to load, whose kinds claim a key or API name another kind has, or whose config type
 * the model cannot describe. Thrown by {@link ResourceKinds#discover()} and {@link ResourceKinds.Builder}.
 *
 * <p>The message is one line a person can act on: the plug-in class, what is wrong, and what to do,
 * e.g. {@code resource-kind plug-in com.example.DnsKinds: kind `dns_record`: field DnsConfig.type:
 * enum com.example.DnsType does not implement KomodoEnum; make it implement
 * dev.komodosync.model.meta.KomodoEnum}.
 */
public final class KindRegistrationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** What {@link #plugin()} is for kinds registered by hand rather than through a provider. */
    public static final String REGISTERED_BY_HAND = "register(...)";

    private final String plugin;
    private final String problem;
    private final String fix;

    /**
     * A registration failure.
     *
     * @param plugin the provider's class name, or {@link #REGISTERED_BY_HAND}
     * @param problem what is wrong, without the plug-in's name
     * @param fix what to do about it
     * @param cause the failure underneath, if any (kept for debugging, never printed by the CLI)
     */
    public KindRegistrationException(String plugin, String problem, String fix, Throwable cause) {
        super(message(plugin, problem, fix), cause);
        this.plugin = plugin;
        this.problem = problem;
        this.fix = fix;
    }

    /** The provider's class name, or {@link #REGISTERED_BY_HAND}. */
    public String plugin() {
        return plugin;
    }

    /** What is wrong, e.g. {@code its constructor threw IllegalStateException: no token}. */
    public String problem() {
        return problem;
    }

    /** What to do, e.g. {@code give the kind another key in ResourceKind.builder(...)}. */
    public String fix() {
        return fix;
    }

    private static String message(String plugin, String problem, String fix) {
        requireNonNull(plugin, "plugin");
        requireNonNull(problem, "problem");
        requireNonNull(fix, "fix");
        String who = plugin.equals(REGISTERED_BY_HAND) ? "resource kind registered by hand" : "resource-kind plug-in " + plugin;
        return who + ": " + problem + "; " + fix;
    }
}
