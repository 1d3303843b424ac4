package dev.komodosync.model.execution;

/**
 * Maintenance executions, which only an admin may configure (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface MaintenanceExecution extends Execution
        permits MaintenanceExecution.ClearRepoCache,
                MaintenanceExecution.BackupCoreDatabase,
                MaintenanceExecution.GlobalAutoUpdate,
                MaintenanceExecution.RotateAllServerKeys,
                MaintenanceExecution.RotateCoreKeys {

    /**
     * Clears Core's repo cache.
     */
    record ClearRepoCache() implements MaintenanceExecution {}

    /**
     * Backs up Core's database.
     */
    record BackupCoreDatabase() implements MaintenanceExecution {}

    /**
     * Runs the auto-update check of every resource.
     */
    record GlobalAutoUpdate(boolean skipAutoUpdate) implements MaintenanceExecution {}

    /**
     * Rotates every connected server's keys.
     */
    record RotateAllServerKeys() implements MaintenanceExecution {}

    /**
     * Rotates Core's keys.
     */
    record RotateCoreKeys(boolean force) implements MaintenanceExecution {}
}
