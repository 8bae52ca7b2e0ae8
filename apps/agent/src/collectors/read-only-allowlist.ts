/**
 * Everything a collector statement may touch. Adding a name here is a product decision:
 * only catalog, statistics and status views and side-effect-free functions belong here.
 */
export const READ_ONLY_ALLOWLIST = {
  relations: [
    "pg_stat_activity",
    "pg_stat_database",
    "pg_stat_database_conflicts",
    "pg_stat_bgwriter",
    "pg_stat_checkpointer",
    "pg_stat_wal",
    "pg_stat_replication",
    "pg_stat_user_tables",
    "pg_stat_user_indexes",
    "pg_statio_user_tables",
    "pg_settings",
    "pg_database",
    "pg_locks",
    "pg_roles",
  ],
  functions: [
    // Server status
    "version",
    "current_setting",
    "pg_postmaster_start_time",
    "pg_is_in_recovery",
    "pg_backend_pid",
    "pg_database_size",
    // Plain SQL functions without side effects
    "count",
    "sum",
    "min",
    "max",
    "avg",
    "coalesce",
    "nullif",
    "greatest",
    "least",
    "extract",
    "now",
    "round",
  ],
} as const;
