import { sql } from "../sql.ts";

/** The SLRU caches (transaction status, multixacts, subtransactions, notify, …), 13+. */
export const slruQuery = sql`
  select name, blks_zeroed, blks_hit, blks_read, blks_written, blks_exists, flushes, truncates
  from pg_stat_slru
  limit 50
`;

/** Logical replication subscriptions' errors (15+; 18 adds conflict counts, not read here). */
export const subscriptionStatsQuery = sql`
  select subname, apply_error_count, sync_error_count
  from pg_stat_subscription_stats
  limit 500
`;
