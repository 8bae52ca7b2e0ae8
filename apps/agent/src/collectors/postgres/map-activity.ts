import {
  MAX_QUERY_TEXT_BYTES,
  type MetricSample,
  type PostgresSession,
  type QueryTextMode,
  SNAPSHOT_KINDS,
  type Snapshot,
} from "@logstag/protocol";
import { fingerprintQuery, normalizeQuery } from "./fingerprint.ts";
import { isoOrNull, type Row, textOrNull, toIso, toNumber } from "./map.ts";

/** Reported at 0 when no session waits on them, so the stacked chart has no gaps. */
const WAIT_EVENT_TYPES = [
  "CPU",
  "LWLock",
  "Lock",
  "BufferPin",
  "Activity",
  "Extension",
  "Client",
  "IPC",
  "Timeout",
  "IO",
];

const TOTALS = {
  blocked: "postgres.activity.blocked",
  idle_in_transaction: "postgres.activity.idle_in_transaction",
} as const;

const LONGEST = {
  longest_transaction: "postgres.activity.longest_transaction",
  longest_query: "postgres.activity.longest_query",
  longest_idle_in_transaction: "postgres.activity.longest_idle_in_transaction",
} as const;

/**
 * The sessions sample grouped like activitySummaryQuery's answer, which it replaces while the
 * sample is complete: non-idle sessions without walsenders, ages measured at the sample's time.
 */
export function summarizeSessions(rows: readonly Row[]): Row[] {
  const groups = new Map<string, Record<string, number>>();
  for (const row of rows) {
    if (row.state === "idle" || row.backend_type === "walsender") continue;
    const type = textOrNull(row.wait_event_type, 64) ?? "CPU";
    const g = groups.get(type) ?? {};
    groups.set(type, g);
    const now = Date.parse(String(toIso(row.sampled_at) ?? ""));
    const age = (at: unknown) => (now - Date.parse(toIso(at) ?? "")) / 1000;
    const idleInTransaction = String(row.state).startsWith("idle in transaction");
    const add = (key: string, n: number) => {
      g[key] = (g[key] ?? 0) + n;
    };
    const max = (key: string, v: number) => {
      if (Number.isFinite(v)) g[key] = Math.max(g[key] ?? 0, v);
    };
    add("active", row.state === "active" ? 1 : 0);
    add("blocked", type === "Lock" ? 1 : 0);
    add("idle_in_transaction", idleInTransaction ? 1 : 0);
    // Autovacuum, parallel and logical replication workers run long by design.
    const client = row.backend_type === "client backend";
    if (client) max("longest_transaction", age(row.xact_start));
    if (client && row.state === "active") max("longest_query", age(row.query_start));
    if (idleInTransaction) max("longest_idle_in_transaction", age(row.state_change));
  }
  return [...groups].map(([wait_event_type, g]) => ({ wait_event_type, ...g }));
}

/** activitySummaryQuery rows (one per wait event type) → the activity metrics. */
export function mapActivitySummary(rows: readonly Row[]): MetricSample[] {
  const active = new Map<string, number>(WAIT_EVENT_TYPES.map((t) => [t, 0]));
  const totals = { blocked: 0, idle_in_transaction: 0 };
  const longest = { longest_transaction: 0, longest_query: 0, longest_idle_in_transaction: 0 };
  for (const row of rows) {
    const type = textOrNull(row.wait_event_type, 64) ?? "CPU";
    active.set(type, (active.get(type) ?? 0) + (toNumber(row.active) ?? 0));
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
      totals[key] += toNumber(row[key]) ?? 0;
    }
    for (const key of Object.keys(longest) as (keyof typeof longest)[]) {
      longest[key] = Math.max(longest[key], toNumber(row[key]) ?? 0);
    }
  }
  return [
    ...[...active].map(([type, value]) => ({
      name: "postgres.activity.active",
      value,
      labels: { wait_event_type: type },
    })),
    ...Object.entries(totals).map(([key, value]) => ({
      name: TOTALS[key as keyof typeof TOTALS],
      value,
    })),
    ...Object.entries(longest).map(([key, value]) => ({
      name: LONGEST[key as keyof typeof LONGEST],
      value: Math.round(Math.max(0, value) * 1000) / 1000,
    })),
  ];
}

const encoder = new TextEncoder();
const queryBuffer = new Uint8Array(MAX_QUERY_TEXT_BYTES);

/** Cuts `text` to at most `MAX_QUERY_TEXT_BYTES` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string): { text: string; truncated: boolean } {
  const { read } = encoder.encodeInto(text, queryBuffer);
  return read < text.length
    ? { text: text.slice(0, read), truncated: true }
    : { text, truncated: false };
}

function clientOf(row: Row): string | null {
  const addr = textOrNull(row.client_addr, 100);
  const port = toNumber(row.client_port);
  const host = textOrNull(row.client_hostname, 180);
  if (addr) return `${host ? `${host} ` : ""}${addr}${port && port > 0 ? `:${port}` : ""}`;
  return port === -1 ? "local" : null;
}

/** pid 0 in pg_blocking_pids is a prepared transaction: it becomes their pseudo-pids. */
function pidList(value: unknown, prepared: readonly number[]): number[] {
  if (!Array.isArray(value)) return [];
  const pids = value.map(toNumber).filter((n): n is number => n !== undefined);
  return [...new Set(pids.flatMap((n) => (n === 0 ? prepared : n > 0 ? [n] : [])))];
}

/**
 * A prepared transaction holds locks without a session. It is shown as one, with a negative
 * pseudo-pid (minus its transaction id) and `prepared transaction` as its backend type.
 */
export const preparedPid = (row: Row): number | undefined => {
  const xid = toNumber(row.xid);
  return xid === undefined ? undefined : -xid;
};

function preparedSession(row: Row, pid: number): PostgresSession {
  return {
    pid,
    backendStart: null,
    backendType: "prepared transaction",
    state: "prepared",
    waitEventType: null,
    waitEvent: null,
    database: textOrNull(row.database),
    user: textOrNull(row.owner),
    application: textOrNull(row.gid),
    client: null,
    xactStart: isoOrNull(row.prepared),
    queryStart: null,
    stateChange: isoOrNull(row.prepared),
    query: null,
    queryTruncated: false,
    queryFingerprint: null,
    queryId: null,
    blockedBy: [],
    lockWaitStart: null,
    lockMode: null,
    lockType: null,
    lockRelation: null,
  };
}

/** Query text as the target's `query_text` says: literals replaced (default), as is, or none. */
export function queryTextFor(
  raw: string | null,
  mode: QueryTextMode,
): { query: string | null; truncated: boolean; fingerprint: string | null } {
  if (raw === null) return { query: null, truncated: false, fingerprint: null };
  const cut = truncateUtf8(raw);
  const fingerprint = fingerprintQuery(cut.text);
  if (mode === "none") return { query: null, truncated: cut.truncated, fingerprint };
  if (mode === "raw") return { query: cut.text, truncated: cut.truncated, fingerprint };
  return {
    query: truncateUtf8(normalizeQuery(cut.text)).text,
    truncated: cut.truncated,
    fingerprint,
  };
}

/**
 * activitySessionsQuery rows + the lock each waiting session waits for (+ prepared transactions
 * when some session is blocked by one) → the session sample.
 */
export function mapSessions(
  rows: readonly Row[],
  waitingLocks: readonly Row[],
  mode: QueryTextMode = "normalized",
  preparedXacts: readonly Row[] = [],
): Snapshot {
  const max = SNAPSHOT_KINDS["postgres.activity"].maxRows;
  const locks = new Map<number, Row>();
  for (const lock of waitingLocks) {
    const pid = toNumber(lock.pid);
    if (pid !== undefined && !locks.has(pid)) locks.set(pid, lock);
  }
  const sessions: PostgresSession[] = [];
  const prepared = preparedXacts.flatMap((r) => {
    const pid = preparedPid(r);
    return pid === undefined ? [] : [{ pid, row: r }];
  });
  const preparedPids = prepared.map((p) => p.pid);
  for (const row of rows.slice(0, max)) {
    const pid = toNumber(row.pid);
    if (pid === undefined) continue;
    const text = queryTextFor(typeof row.query === "string" ? row.query : null, mode);
    const lock = locks.get(pid);
    sessions.push({
      pid,
      backendStart: isoOrNull(row.backend_start),
      backendType: textOrNull(row.backend_type),
      state: textOrNull(row.state),
      waitEventType: textOrNull(row.wait_event_type),
      waitEvent: textOrNull(row.wait_event),
      database: textOrNull(row.datname),
      user: textOrNull(row.usename),
      application: textOrNull(row.application_name),
      client: clientOf(row),
      xactStart: isoOrNull(row.xact_start),
      queryStart: isoOrNull(row.query_start),
      stateChange: isoOrNull(row.state_change),
      query: text.query,
      queryTruncated: text.truncated || row.server_truncated === true,
      queryTextMode: mode,
      queryFingerprint: text.fingerprint,
      queryId: queryIdOf(row.query_id),
      blockedBy: pidList(row.blocked_by, preparedPids),
      lockWaitStart: lock ? isoOrNull(lock.waitstart) : null,
      lockMode: lock ? textOrNull(lock.mode) : null,
      lockType: lock ? textOrNull(lock.locktype) : null,
      lockRelation: lock ? textOrNull(lock.relation) : null,
    });
  }
  for (const p of prepared) {
    if (sessions.length >= max) break;
    if (sessions.some((s) => s.blockedBy.includes(p.pid)))
      sessions.push(preparedSession(p.row, p.pid));
  }
  return { kind: "postgres.activity", rows: sessions, truncated: rows.length > max };
}

/** Whether some waiting session is blocked by a prepared transaction (pid 0). */
export const blockedByPrepared = (rows: readonly Row[]): boolean =>
  rows.some((r) => Array.isArray(r.blocked_by) && r.blocked_by.some((p) => toNumber(p) === 0));

/** 0 means "not computed" in pg_stat_activity. */
function queryIdOf(value: unknown): string | null {
  const id = textOrNull(value, 32);
  return id && id !== "0" ? id : null;
}

/** Whether any sampled session waits on a lock, which is when the lock details are worth reading. */
export const hasLockWaits = (rows: readonly Row[]): boolean =>
  rows.some((r) => Array.isArray(r.blocked_by) && r.blocked_by.length > 0);
