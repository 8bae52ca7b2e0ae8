import { z } from "zod";
import { QUERY_TEXT_MODES } from "./normalize-query.ts";

const name = z.string().max(256);

/** Statement text of pg_stat_statements is cut to this many UTF-8 bytes on the agent. */
export const MAX_STATEMENT_TEXT_BYTES = 8192;

/** The `query` label value of the per-statement metrics that sums every statement outside the top. */
export const OTHER_STATEMENTS_KEY = "other";

/**
 * A pg_stat_statements entry the agent reports for the first time (or again after a day): what
 * the `query` label of the `postgres.statements.*` metrics stands for. `key` is 16 hex digits
 * derived from (queryid, dbid, userid, toplevel), stable across agent restarts.
 */
export const postgresStatementSchema = z
  .object({
    key: z.string().regex(/^[0-9a-f]{16}$/),
    queryId: z.string().max(32).nullable(),
    database: name.nullable(),
    user: name.nullable(),
    /** false: run inside a function or procedure (pg_stat_statements.track = all, 14+). */
    toplevel: z.boolean().nullable(),
    /** pg_stat_statements text with its constants as $n; further normalized unless the target sends raw text. */
    text: z.string().max(MAX_STATEMENT_TEXT_BYTES).nullable(),
    textTruncated: z.boolean(),
    textMode: z.enum(QUERY_TEXT_MODES),
  })
  .strict();
export type PostgresStatement = z.infer<typeof postgresStatementSchema>;
