package dev.komodosync.model;

/**
 * The registry of diagnostic codes. A code is {@code KS} and three digits, stable forever once
 * released: KS1xx reading files and TOML, KS2xx binding to the model, KS3xx the snapshot, KS4xx
 * planning, KS5xx export, KS6xx apply. Each code has a short slug and the severity it is reported
 * with.
 */
public enum DiagnosticCode {
    /** A path given to the loader does not exist. */
    PATH_NOT_FOUND(101, "path-not-found", Severity.ERROR),
    /** A file could not be read. */
    READ_FAILED(102, "read-failed", Severity.ERROR),
    /** A file is not valid TOML. */
    TOML_SYNTAX(103, "toml-syntax", Severity.ERROR),
    /** A folder walk met a symbolic link back into a folder it is already in. */
    SYMLINK_LOOP(104, "symlink-loop", Severity.ERROR),
    /** A symbolic link leads outside the folder that was given. */
    PATH_ESCAPES_ROOT(105, "path-escapes-root", Severity.ERROR),
    /** A file is not valid UTF-8. */
    NOT_UTF8(106, "not-utf8", Severity.ERROR),
    /** A TOML file declares nothing komodo-sync knows. */
    NOTHING_DECLARED(107, "nothing-declared", Severity.WARNING),
    /** A file given by name that is not a {@code .toml} file; Komodo skips it. */
    NOT_TOML(108, "not-toml", Severity.INFO),
    /** A path that is neither a regular file nor a folder (a FIFO, a device, a link leading nowhere): never read. */
    NOT_A_FILE(109, "not-a-file", Severity.ERROR),
    /** A limit of the load exceeded: file size, number of files, nesting, string or array length, resources. */
    LIMIT_EXCEEDED(110, "limit-exceeded", Severity.ERROR),

    /** A key that no field of the table has. */
    UNKNOWN_FIELD(201, "unknown-field", Severity.WARNING),
    /** A value of the wrong TOML type. */
    WRONG_TYPE(202, "wrong-type", Severity.ERROR),
    /** A required field is missing. */
    MISSING_FIELD(203, "missing-field", Severity.ERROR),
    /** Two spellings of one field in one table. */
    DUPLICATE_FIELD(204, "duplicate-field", Severity.ERROR),
    /** Two declarations of the same kind with the same name. */
    DUPLICATE_NAME(205, "duplicate-name", Severity.ERROR),
    /** An unknown variant of a tagged union, such as an unknown execution type. */
    UNKNOWN_VARIANT(206, "unknown-variant", Severity.ERROR),
    /** A value Komodo rejects: an unknown enum constant, a bad version, an integer out of range. */
    INVALID_VALUE(207, "invalid-value", Severity.ERROR),
    /** A kind Komodo no longer has, such as {@code server_template}. */
    REMOVED_KIND(208, "removed-kind", Severity.WARNING),
    /** A top-level table that names no kind. */
    UNKNOWN_KIND(209, "unknown-kind", Severity.WARNING),
    /** A key written after a sub-table header, which puts it in that sub-table. */
    MISPLACED_KEY(210, "misplaced-key", Severity.WARNING),
    /** A config key written beside {@code name}, outside {@code [kind.config]}. */
    CONFIG_KEY_OUTSIDE_CONFIG(211, "config-key-outside-config", Severity.WARNING),
    /** A name pattern that is not a valid wildcard or regular expression. */
    INVALID_PATTERN(212, "invalid-pattern", Severity.ERROR),
    /** A regular expression that Komodo's pattern list splits at a comma. */
    PATTERN_SPLIT(213, "pattern-split", Severity.WARNING),
    /** A line of a key/value string without {@code =} or {@code :}. */
    MALFORMED_KEY_VALUE(214, "malformed-key-value", Severity.WARNING),
    /** A {@code [[VARIABLE]]} placeholder Komodo cannot interpolate. */
    INTERPOLATION_SYNTAX(215, "interpolation-syntax", Severity.WARNING),
    /** A name Komodo changes when it creates the resource. */
    NAME_NORMALISED(216, "name-normalised", Severity.WARNING),
    /** A field Komodo reads but never acts on, such as {@code deploy} on a server. */
    INEFFECTIVE_FIELD(217, "ineffective-field", Severity.WARNING),

    /** The snapshot is not valid JSON. */
    SNAPSHOT_SYNTAX(301, "snapshot-syntax", Severity.ERROR),
    /** A snapshot value of the wrong type. */
    SNAPSHOT_WRONG_TYPE(302, "snapshot-wrong-type", Severity.ERROR),
    /** The snapshot could not be read. */
    SNAPSHOT_READ_FAILED(303, "snapshot-read-failed", Severity.ERROR),
    /** Two snapshot entries that must be one: a resource id, a tag id, a kind and name, a JSON key. */
    SNAPSHOT_DUPLICATE(304, "snapshot-duplicate", Severity.ERROR),
    /** A snapshot file larger than the limit. */
    SNAPSHOT_TOO_LARGE(305, "snapshot-too-large", Severity.ERROR),
    /** A snapshot read from a live Core with a key that is not an admin's: parts are missing or masked. */
    SNAPSHOT_PARTIAL(310, "snapshot-partial", Severity.WARNING),

    /** A reference to a resource that is neither declared nor existing. */
    UNRESOLVED_REFERENCE(401, "unresolved-reference", Severity.ERROR),
    /** A name pattern that matches no resource. */
    PATTERN_MATCHES_NOTHING(402, "pattern-matches-nothing", Severity.WARNING),
    /** An {@code after} entry that names no deployment or stack. */
    UNKNOWN_DEPENDENCY(403, "unknown-dependency", Severity.ERROR),
    /** An {@code after} entry that names both a deployment and a stack. */
    AMBIGUOUS_DEPENDENCY(404, "ambiguous-dependency", Severity.ERROR),
    /** {@code after} dependencies that form a cycle. */
    DEPENDENCY_CYCLE(405, "dependency-cycle", Severity.ERROR),
    /** A {@code [[VARIABLE]]} declared nowhere and absent from the snapshot. */
    UNKNOWN_VARIABLE(406, "unknown-variable", Severity.INFO),
    /** Declarations of a kind the options leave out. */
    EXCLUDED_BY_OPTIONS(407, "excluded-by-options", Severity.INFO),
    /** A {@code match_tags} filter that matches nothing. */
    MATCH_TAGS_MATCH_NOTHING(408, "match-tags-match-nothing", Severity.WARNING),
    /** A plan that changes or deletes the sync that reads these files. */
    CHANGES_OWN_SYNC(409, "changes-own-sync", Severity.WARNING),
    /** Alerter targets written by name, which Komodo's alert routing never matches. */
    ALERTER_TARGET_BY_NAME(410, "alerter-target-by-name", Severity.WARNING),
    /** A user group member that is not an existing username. */
    UNKNOWN_USER(411, "unknown-user", Severity.WARNING),
    /** Options that contradict each other. */
    OPTION_CONFLICT(412, "option-conflict", Severity.ERROR),
    /** A plan that deletes the sync that reads these files. */
    DELETES_OWN_SYNC(413, "deletes-own-sync", Severity.ERROR),
    /**
     * A create Komodo refuses: a resource outside the plan's filters already has the name. The
     * create is left out of the plan (Komodo would plan it and fail at run time).
     */
    NAME_TAKEN(414, "name-taken", Severity.WARNING),
    /** A reference written as an existing resource's id rather than its name. */
    REFERENCE_BY_ID(415, "reference-by-id", Severity.WARNING),
    /** A restriction ({@code --only kind:name}) that names no declared or existing resource. */
    RESTRICTION_MATCHES_NOTHING(416, "restriction-matches-nothing", Severity.WARNING),
    /** The sync named as this run's own ({@code --self}) is neither declared nor existing. */
    SELF_SYNC_UNKNOWN(417, "self-sync-unknown", Severity.WARNING),
    /** Nothing is declared; an error when the run deletes, unless empty runs are allowed. */
    NOTHING_DECLARED_TO_PLAN(418, "nothing-declared-to-plan", Severity.WARNING),
    /** The plan deletes more than half of what exists in the run's scope. */
    MASS_DELETE(419, "mass-delete", Severity.WARNING),
    /**
     * A reference no file declares, found without a snapshot ({@code validate}): the resource must
     * exist in Komodo, which only a plan against what exists can tell.
     */
    UNDECLARED_REFERENCE(420, "undeclared-reference", Severity.WARNING),
    /** A secret variable declared without a value keeps its value, where Komodo would empty it (Komodo #1402). */
    SECRET_KEPT(421, "secret-kept", Severity.INFO),
    /** An {@code after} entry across kinds that Komodo resolves as the wrong kind and drops. */
    AFTER_ACROSS_KINDS(422, "after-across-kinds", Severity.INFO),
    /** A permission on a resource the same run creates, which Komodo would drop until its next run. */
    PERMISSION_ON_NEW_RESOURCE(423, "permission-on-new-resource", Severity.INFO),
    /** A restricted run leaves out deploys that Komodo would run "on creation" outside the restriction. */
    RESTRICTED_RUN_DEPLOYS(424, "restricted-run-deploys", Severity.INFO),
    /** With {@code include_resources} off no target deploys, where Komodo would still deploy some. */
    DEPLOYS_WITHOUT_RESOURCES(425, "deploys-without-resources", Severity.INFO),
    /** A Builder type change with default params, which Komodo finds no difference in and never applies. */
    BUILDER_TYPE_CHANGE(426, "builder-type-change", Severity.INFO),
    /** A {@code template}-only or {@code is_secret}-only change, which Komodo's pending view does not show. */
    HIDDEN_IN_KOMODO_VIEW(427, "hidden-in-komodo-view", Severity.INFO),
    /** A redeploy for a new build version decided otherwise than Komodo's inverted check would. */
    BUILD_VERSION_REDEPLOY(428, "build-version-redeploy", Severity.INFO),

    /** An export filtered by a tag that does not exist. */
    EXPORT_UNKNOWN_TAG(501, "export-unknown-tag", Severity.ERROR),
    /** A write-back whose result would not plan empty; nothing is written. */
    WRITE_BACK_REFUSED(502, "write-back-refused", Severity.ERROR);

    private final int number;
    private final String slug;
    private final Severity severity;

    DiagnosticCode(int number, String slug, Severity severity) {
        this.number = number;
        this.slug = slug;
        this.severity = severity;
    }

    /** The code, {@code KS} and three digits, e.g. {@code KS201}. */
    public String code() {
        return "KS" + number;
    }

    /** A short name, e.g. {@code unknown-field}. */
    public String slug() {
        return slug;
    }

    /** The severity this code is reported with. */
    public Severity severity() {
        return severity;
    }

    /** {@code KS201 unknown-field}. */
    @Override
    public String toString() {
        return code() + " " + slug;
    }
}
