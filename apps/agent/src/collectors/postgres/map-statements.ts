import {
  type Diagnostic,
  MAX_STATEMENT_TEXT_BYTES,
  type PostgresStatement,
  type QueryTextMode,
} from "@logstag/protocol";
import { quoteIdent, statementsDiagnostics } from "./diagnostics.ts";
import { normalizeQuery } from "./fingerprint.ts";
import { type Row, textOrNull, toNumber } from "./map.ts";
import { statementKey } from "./statement-tracker.ts";

export interface StatementFeatures {
  /** The view exists in the agent's database and has the 1.8+ columns. */
  usable: boolean;
  installed: boolean;
  version: string | null;
  execTime: boolean;
  toplevel: boolean;
  jit: boolean;
  statsSince: boolean;
  info: boolean;
  /** undefined when the role may not read shared_preload_libraries. */
  preloaded: boolean | undefined;
  preload: string | undefined;
  computeQueryId: string | null;
  maxEntries: number | undefined;
  database: string;
}

/** `pg_stat_statements` or `$libdir/pg_stat_statements` in shared_preload_libraries. */
export function preloads(preload: string): boolean {
  return preload
    .split(",")
    .map((l) => l.trim().replace(/^"|"$/g, ""))
    .some((l) => l === "pg_stat_statements" || l === "$libdir/pg_stat_statements");
}

export function readStatementFeatures(row: Row | undefined): StatementFeatures {
  const preload = typeof row?.preload === "string" ? row.preload : undefined;
  const installed = row?.installed === true;
  const execTime = row?.exec_time === true;
  return {
    usable: installed && execTime,
    installed,
    version: textOrNull(row?.version, 32),
    execTime,
    toplevel: row?.toplevel === true,
    jit: row?.jit === true,
    statsSince: row?.stats_since === true,
    info: row?.info === true,
    preloaded: preload === undefined ? undefined : preloads(preload),
    preload,
    computeQueryId: textOrNull(row?.compute_query_id, 32),
    maxEntries: toNumber(row?.max_entries),
    database: textOrNull(row?.database) ?? "postgres",
  };
}

/** What keeps query statistics from being collected, with the fix. */
export function statementsSetupDiagnostics(f: StatementFeatures): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (f.preloaded === false || (f.preloaded === undefined && !f.installed)) {
    out.push(...statementsDiagnostics(f.preload ?? "", f.installed, f.database));
  } else if (!f.installed) {
    out.push(...statementsDiagnostics(f.preload, false, f.database));
  }
  if (f.installed && !f.execTime) {
    out.push({
      code: "pg_stat_statements.version",
      missing: `pg_stat_statements 1.8 or newer (installed: ${f.version ?? "unknown"})`,
      impact: "Query statistics cannot be collected from this old version of the extension.",
      fix: `ALTER EXTENSION pg_stat_statements UPDATE; -- in ${quoteIdent(f.database)}`,
    });
  }
  if (f.computeQueryId === "off") {
    out.push({
      code: "compute_query_id",
      missing: "compute_query_id (it is off)",
      impact:
        "pg_stat_statements records nothing, and sessions in the Activity Explorer cannot be linked to their query.",
      fix: "ALTER SYSTEM SET compute_query_id = 'auto'; SELECT pg_reload_conf();",
    });
  }
  return out;
}

/** dealloc grew: entries are evicted before the agent can read them. */
export function deallocDiagnostic(f: StatementFeatures): Diagnostic[] {
  const now = f.maxEntries ?? 5000;
  return [
    {
      code: "pg_stat_statements.max",
      missing: `room in pg_stat_statements (pg_stat_statements.max = ${now} was reached)`,
      impact:
        "Statements are evicted between two collections: their counts are lost and the top statements are incomplete.",
      fix: `ALTER SYSTEM SET pg_stat_statements.max = ${now * 2}; -- then restart PostgreSQL`,
    },
  ];
}

const encoder = new TextEncoder();

function cutUtf8(text: string, max: number): { text: string; truncated: boolean } {
  const buffer = new Uint8Array(max);
  const { read } = encoder.encodeInto(text, buffer);
  return read < text.length
    ? { text: text.slice(0, read), truncated: true }
    : { text, truncated: false };
}

/**
 * A text row → the snapshot row. pg_stat_statements already replaced constants by $n, but keeps
 * utility statements (ALTER ROLE … PASSWORD '…', SET …) as written: normalized mode replaces
 * their literals too.
 */
export function statementTextRow(row: Row, mode: QueryTextMode): PostgresStatement | null {
  const queryId = textOrNull(row.queryid, 32);
  const dbid = toNumber(row.dbid);
  const userid = toNumber(row.userid);
  if (queryId === null || dbid === undefined || userid === undefined) return null;
  const raw = typeof row.query === "string" ? row.query : null;
  const shown = raw === null || mode === "none" ? null : mode === "raw" ? raw : normalizeQuery(raw);
  const cut = shown === null ? null : cutUtf8(shown, MAX_STATEMENT_TEXT_BYTES);
  const toplevel = typeof row.toplevel === "boolean" ? row.toplevel : null;
  return {
    key: statementKey(queryId, String(dbid), String(userid), toplevel),
    queryId,
    database: textOrNull(row.datname),
    user: textOrNull(row.rolname),
    toplevel,
    text: cut?.text ?? null,
    textTruncated: (cut?.truncated ?? false) || (raw !== null && raw.length >= 8192),
    textMode: mode,
  };
}
