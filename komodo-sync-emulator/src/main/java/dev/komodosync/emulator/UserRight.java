package dev.komodosync.emulator;

/** What a user added with {@link KomodoEmulator#addUser} may do beyond its permissions (Komodo's user flags). */
public enum UserRight {
    /** {@code admin}: bypasses every permission check. */
    ADMIN,
    /** {@code create_server_permissions}: may create servers. */
    CREATE_SERVERS,
    /** {@code create_build_permissions}: may create builds. */
    CREATE_BUILDS
}
