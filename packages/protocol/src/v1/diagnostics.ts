import { z } from "zod";

/**
 * Something a collector could not read for lack of a privilege or a server setting, with the
 * statement that fixes it. Sent with the collector's payload (even when the collection worked
 * with less data), printed by `logstag-agent check`, shown on the Assets page.
 */
export const diagnosticSchema = z
  .object({
    /** Stable id, e.g. `pg_read_all_stats`, `pg_stat_statements.preload`. */
    code: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/),
    /** What is missing, in words: `membership in pg_monitor (or pg_read_all_stats)`. */
    missing: z.string().max(300),
    /** What the collector cannot see until it is fixed. */
    impact: z.string().max(500),
    /** The statement or setting that fixes it. */
    fix: z.string().max(1000),
  })
  .strict();
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const MAX_DIAGNOSTICS_PER_PAYLOAD = 20;
