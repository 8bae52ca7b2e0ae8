import { sql } from "../sql.ts";

/** The SLRU caches (transaction status, multixacts, subtransactions, notify, …), 13+. */
export const slruQuery = sql`
  select name, blks_zeroed, blks_hit, blks_read, blks_written, blks_exists, flushes, truncates
  from pg_stat_slru
  limit 50
`;

/** Logical replication subscriptions' errors (15+). */
export const subscriptionStatsQuery = sql`
  select subname, apply_error_count, sync_error_count
  from pg_stat_subscription_stats
  limit 500
`;

/** 18+ also count the conflicts met applying changes, by kind. */
export const subscriptionConflictsQuery = sql`
  select subname, apply_error_count, sync_error_count,
         confl_insert_exists, confl_update_origin_differs, confl_update_exists,
         confl_update_missing, confl_delete_origin_differs, confl_delete_missing,
         confl_multiple_unique_conflicts
  from pg_stat_subscription_stats
  limit 500
`;
