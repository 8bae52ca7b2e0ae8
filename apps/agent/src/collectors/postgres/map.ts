import type { CollectionError, Inventory, MetricSample } from "@logstag/protocol";
import type { PostgresConnection } from "./config.ts";

export type Row = Readonly<Record<string, unknown>>;

/** States a client backend can be in; each is reported, at 0 when no session is in it. */
const CONNECTION_STATES = [
  "active",
  "idle",
  "idle in transaction",
  "idle in transaction (aborted)",
];

/** pg returns bigint and numeric as strings, int4 and float as numbers. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export function toIso(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

export const isoOrNull = (value: unknown): string | null => toIso(value) ?? null;

/** Text columns; anything else (null, numbers) becomes null. */
export function textOrNull(value: unknown, max = 256): string | null {
  return typeof value === "string" ? value.slice(0, max) : null;
}

export const numberOrNull = (value: unknown): number | null => toNumber(value) ?? null;

/** One sample per numeric column; null columns (not tracked, not visible) are skipped. */
export function columnSamples(
  row: Row | undefined,
  columns: Readonly<Record<string, string>>,
  labels?: Record<string, string>,
): MetricSample[] {
  if (!row) return [];
  const samples: MetricSample[] = [];
  for (const [column, name] of Object.entries(columns)) {
    const value = toNumber(row[column]);
    if (value === undefined) continue;
    samples.push(labels ? { name, value, labels } : { name, value });
  }
  return samples;
}

export function mapInstance(row: Row | undefined): {
  metrics: MetricSample[];
  inventory: Inventory;
} {
  if (!row) throw new Error("the instance query returned no row");
  const metrics: MetricSample[] = [];
  const max = toNumber(row.max_connections);
  if (max !== undefined) metrics.push({ name: "postgres.connections.max", value: max });
  const uptime = toNumber(row.uptime_seconds);
  if (uptime !== undefined) metrics.push({ name: "postgres.uptime", value: Math.floor(uptime) });
  const startedAt = toIso(row.started_at);
  const inventory: Inventory = {
    engineVersion: engineVersion(row.version, row.server_version),
    role: row.in_recovery === true ? "replica" : "primary",
    ...(startedAt ? { startedAt } : {}),
  };
  return { metrics, inventory };
}

/** "PostgreSQL 16.4 (Debian 16.4-1) on x86_64-pc-linux-gnu, compiled by …" → the part before " on ". */
export function engineVersion(version: unknown, serverVersion: unknown): string {
  const full = typeof version === "string" ? version.split(" on ")[0]?.trim() : undefined;
  const short = typeof serverVersion === "string" ? `PostgreSQL ${serverVersion}` : "PostgreSQL";
  return (full || short).slice(0, 200);
}

/** The instance query's `connections` column: `{ state: count }`, null when there are none. */
export function mapConnections(connections: unknown): MetricSample[] {
  const counts = new Map<string, number>(CONNECTION_STATES.map((s) => [s, 0]));
  const entries =
    typeof connections === "object" && connections !== null ? Object.entries(connections) : [];
  for (const [key, count] of entries) {
    const state = key === "" ? "unknown" : key;
    counts.set(state, (counts.get(state) ?? 0) + (toNumber(count) ?? 0));
  }
  return [...counts].map(([state, value]) => ({
    name: "postgres.connections",
    value,
    labels: { state },
  }));
}

const DATABASE_COUNTERS = [
  "numbackends",
  "xact_commit",
  "xact_rollback",
  "blks_read",
  "blks_hit",
  "tup_returned",
  "tup_fetched",
  "tup_inserted",
  "tup_updated",
  "tup_deleted",
  "conflicts",
  "temp_files",
  "temp_bytes",
  "deadlocks",
  "checksum_failures",
  // 14+
  "sessions",
  "sessions_abandoned",
  "sessions_fatal",
  "sessions_killed",
  "session_time",
  "active_time",
  "idle_in_transaction_time",
] as const;

/** One sample per counter per database; the shared-objects row (null datname) is skipped. */
export function mapDatabaseStats(rows: readonly Row[]): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const row of rows) {
    if (typeof row.datname !== "string") continue;
    for (const column of DATABASE_COUNTERS) {
      const value = toNumber(row[column]);
      if (value === undefined) continue;
      samples.push({
        name: `postgres.database.${column}`,
        value,
        labels: { database: row.datname },
      });
    }
  }
  return samples;
}

interface DriverError {
  code?: unknown;
  message?: unknown;
}

function asDriverError(error: unknown): DriverError {
  return typeof error === "object" && error !== null ? error : {};
}

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  ECONNRESET: "connection reset by the server",
};

/** Maps a `pg` error (SQLSTATE in `code`) or a socket error to the protocol's error kinds. */
export function describePostgresError(error: unknown, c: PostgresConnection): CollectionError {
  const { code, message: raw } = asDriverError(error);
  const message = typeof raw === "string" ? raw : String(error);
  const at = `${c.host}:${c.port}`;
  const kind = (k: CollectionError["kind"], m: string): CollectionError => ({
    kind: k,
    message: m.slice(0, 2000),
  });
  if (code === "28P01" || code === "28000") {
    return kind(
      "connection",
      `authentication failed for user "${c.user}" at ${at}; check user and password`,
    );
  }
  if (code === "3D000")
    return kind("connection", `database "${c.database}" does not exist at ${at}`);
  if (code === "53300") return kind("connection", `too many connections at ${at}: ${message}`);
  if (code === "42501") {
    return kind("privilege", `${message} (grant pg_monitor to "${c.user}")`);
  }
  if (code === "57014") return kind("timeout", `statement cancelled by timeout: ${message}`);
  if (code === "55P03") return kind("timeout", `lock wait timed out: ${message}`);
  if (code === "LOGSTAG_CONNECTION_CAP") return kind("connection", message);
  if (typeof code === "string" && code in CONNECTION_CODES) {
    return kind("connection", `${CONNECTION_CODES[code]} at ${at}`);
  }
  if (typeof code === "string" && /^(08|57P)/.test(code)) {
    return kind("connection", `connection to ${at} lost: ${message}`);
  }
  if (
    (typeof code === "string" && /CERT|TLS|SSL/.test(code)) ||
    /certificate|self[- ]signed|does not support SSL/i.test(message)
  ) {
    return kind(
      "connection",
      `TLS to ${at} failed: ${message} (check sslmode, and sslrootcert for a private CA)`,
    );
  }
  // The server accepted the connection but never answered: hung, or a black hole.
  if (/timeout expired|connection timeout/i.test(message)) {
    return kind("timeout", `timed out connecting to ${at}`);
  }
  // pg's own words for a client whose socket already died (server restart, network drop).
  if (/connection terminated|not queryable|client was closed|connection error/i.test(message)) {
    return kind("connection", `connection to ${at} closed unexpectedly: ${message}`);
  }
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
    return kind("query", `${message} (SQLSTATE ${code})`);
  }
  return kind("internal", message);
}
