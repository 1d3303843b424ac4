package dev.komodosync.apply;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Variable;
import dev.komodosync.model.config.ResourceTargetVariant;
import java.util.List;
import java.util.Set;

/**
 * The calls an apply makes, by name, as typed Java (komodo-api §3). Resources, groups and
 * variables are named, never identified by id: an implementation resolves what it must. Every
 * call either succeeds or throws a {@link KomodoApiException} holding Komodo's error text (never
 * a secret). The applier makes the calls of one round of deploys from several threads at once;
 * every other call one at a time.
 *
 * <p>{@code komodo-sync-client}'s {@code HttpKomodoApi} implements it over HTTP.
 */
public interface KomodoApi {

    /**
     * {@code Create<Kind>}: creates a declared resource with the config fields its declaration
     * gave (references as names). Its meta is set by a following {@link #updateResourceMeta}.
     */
    void createResource(DeclaredResource<?> declared) throws KomodoApiException;

    /** {@code UpdateResourceMeta}: sets the members {@code meta} holds on the named resource. */
    void updateResourceMeta(ResourceKind<?> kind, String name, MetaUpdate meta) throws KomodoApiException;

    /**
     * {@code Update<Kind>}: sends only the given top-level config fields of the declaration, by
     * their canonical keys ({@code server_id}, {@code image}, ...), with their declared values.
     */
    void updateResource(DeclaredResource<?> declared, Set<String> fields) throws KomodoApiException;

    /** {@code Delete<Kind>}: deletes the named resource. */
    void deleteResource(ResourceKind<?> kind, String name) throws KomodoApiException;

    /** {@code CreateVariable}. */
    void createVariable(Variable variable) throws KomodoApiException;

    /** {@code UpdateVariableValue}: the value is revealed only into this call. */
    void updateVariableValue(String name, Secret value) throws KomodoApiException;

    /** {@code UpdateVariableDescription}. */
    void updateVariableDescription(String name, String description) throws KomodoApiException;

    /** {@code UpdateVariableIsSecret}. */
    void updateVariableIsSecret(String name, boolean secret) throws KomodoApiException;

    /** {@code DeleteVariable}. */
    void deleteVariable(String name) throws KomodoApiException;

    /** {@code CreateUserGroup}. */
    void createUserGroup(String name) throws KomodoApiException;

    /** {@code SetUsersInUserGroup}: the full list of member usernames. */
    void setUsersInUserGroup(String group, List<String> users) throws KomodoApiException;

    /** {@code SetEveryoneUserGroup}. */
    void setEveryoneUserGroup(String group, boolean everyone) throws KomodoApiException;

    /** {@code UpdatePermissionOnResourceType}: the group's level on every resource of a type. */
    void updatePermissionOnResourceType(String group, ResourceTargetVariant type, PermissionGrant grant)
            throws KomodoApiException;

    /** {@code UpdatePermissionOnTarget}: the group's permission on one resource, named. */
    void updatePermissionOnTarget(String group, ResourceTargetVariant type, String resource, PermissionGrant grant)
            throws KomodoApiException;

    /** {@code DeleteUserGroup}: the implementation finds the group's id. */
    void deleteUserGroup(String name) throws KomodoApiException;

    /**
     * {@code Deploy} or {@code DeployStack} on the named target, waiting for it to complete.
     *
     * @return how it ended: a failure Komodo's sync would see (komodo-api §3.7) is a failed outcome
     * @throws KomodoApiException when the execution could not be started or followed
     */
    DeployOutcome deploy(ResourceKind<?> kind, String name) throws KomodoApiException;
}
