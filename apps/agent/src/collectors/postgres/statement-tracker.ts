import { createHash } from "node:crypto";
import { type MetricSample, OTHER_STATEMENTS_KEY } from "@logstag/protocol";
import { type Row, textOrNull, toIso, toNumber } from "./map.ts";

/** The counters kept per statement, by pg_stat_statements column → metric name. */
export const STATEMENT_COUNTERS = {
  calls: "postgres.statements.calls",
  total_exec_time: "postgres.statements.exec_time",
  total_plan_time: "postgres.statements.plan_time",
  rows: "postgres.statements.rows",
  shared_blks_hit: "postgres.statements.shared_blks_hit",
  shared_blks_read: "postgres.statements.shared_blks_read",
  temp_blks_written: "postgres.statements.temp_blks_written",
  wal_bytes: "postgres.statements.wal_bytes",
  io_read_time: "postgres.statements.io_read_time",
  jit_time: "postgres.statements.jit_time",
} as const;
type Column = keyof typeof STATEMENT_COUNTERS;
const COLUMNS = Object.keys(STATEMENT_COUNTERS) as Column[];
export type Counters = Partial<Record<Column, number>>;

export interface Entry {
  key: string;
  /** `queryid/dbid/userid`: what the text statement looks entries up by. */
  id: string;
  queryId: string;
  toplevel: boolean | null;
  counters: Counters;
  statsSince: string | null;
}

/** 16 hex digits for (queryid, dbid, userid, toplevel): the same entry gets the same key after a restart. */
export function statementKey(queryId: string, dbid: string, userid: string, toplevel: unknown) {
  const top = toplevel === true ? "t" : toplevel === false ? "f" : "";
  return createHash("sha256")
    .update(`${queryId}/${dbid}/${userid}/${top}`)
    .digest("hex")
    .slice(0, 16);
}

/** pg_stat_statements rows → entries; rows hidden by privileges (null queryid) are counted apart. */
export function readEntries(rows: readonly Row[]): { entries: Entry[]; hidden: number } {
  const entries: Entry[] = [];
  let hidden = 0;
  for (const row of rows) {
    const queryId = textOrNull(row.queryid, 32);
    const dbid = toNumber(row.dbid);
    const userid = toNumber(row.userid);
    if (queryId === null || dbid === undefined || userid === undefined) {
      hidden++;
      continue;
    }
    const counters: Counters = {};
    for (const c of COLUMNS) {
      const v = toNumber(row[c]);
      if (v !== undefined) counters[c] = v;
    }
    const toplevel = typeof row.toplevel === "boolean" ? row.toplevel : null;
    entries.push({
      key: statementKey(queryId, String(dbid), String(userid), toplevel),
      id: `${queryId}/${dbid}/${userid}`,
      queryId,
      toplevel,
      counters,
      statsSince: toIso(row.stats_since) ?? null,
    });
  }
  return { entries, hidden };
}

/** What changed in one interval: current minus previous, or all of current after a reset. */
function delta(cur: Entry, prev: Entry | undefined, globalReset: boolean): Counters {
  const fresh =
    !prev ||
    globalReset ||
    cur.statsSince !== prev.statsSince ||
    COLUMNS.some((c) => (cur.counters[c] ?? 0) < (prev.counters[c] ?? 0));
  const out: Counters = {};
  for (const c of COLUMNS) {
    const v = cur.counters[c];
    if (v === undefined) continue;
    out[c] = fresh ? v : Math.max(0, v - (prev?.counters[c] ?? 0));
  }
  return out;
}

const add = (a: Counters, b: Counters): Counters => {
  const out: Counters = { ...a };
  for (const c of COLUMNS) if (b[c] !== undefined) out[c] = (out[c] ?? 0) + (b[c] ?? 0);
  return out;
};

/** Shares of N given to each way of ranking, so heavy callers, readers and writers all show. */
const RANKINGS: [Column, number][] = [
  ["total_exec_time", 0.5],
  ["calls", 0.2],
  ["rows", 0.1],
  ["shared_blks_read", 0.1],
  ["temp_blks_written", 0.05],
  ["wal_bytes", 0.05],
];

/** The keys with the most change in the interval, ranked several ways, at most `n`. */
export function selectTop(deltas: ReadonlyMap<string, Counters>, n: number): string[] {
  const active = [...deltas].filter(([, d]) => (d.calls ?? 0) > 0 || (d.total_exec_time ?? 0) > 0);
  const chosen = new Set<string>();
  for (const [column, share] of RANKINGS) {
    const ranked = active
      .filter(([, d]) => (d[column] ?? 0) > 0)
      .sort((a, b) => (b[1][column] ?? 0) - (a[1][column] ?? 0));
    for (const [key] of ranked.slice(0, Math.ceil(n * share))) chosen.add(key);
  }
  for (const [key] of active.sort(
    (a, b) => (b[1].total_exec_time ?? 0) - (a[1].total_exec_time ?? 0),
  )) {
    if (chosen.size >= n) break;
    chosen.add(key);
  }
  return [...chosen].slice(0, n);
}

const DAY_MS = 86_400_000;

/**
 * Turns successive full reads of pg_stat_statements into bounded per-statement counters. Each
 * reported key (and `other`) carries a cumulative value the agent builds from the deltas it
 * attributed to it, so every interval's change is counted exactly once, in a named statement or
 * in `other`, and the label stays at top N + 1 per interval. A key reported for the first time
 * starts at 0 (its first interval counts in `other`). No value ever decreases while the agent runs.
 */
export class StatementTracker {
  #prev: Map<string, Entry> | null = null;
  #reset: string | null = null;
  #reported = new Map<string, { counters: Counters; at: number }>();
  /** Keys of the agent's own statements (their text carries its marker). */
  readonly own = new Set<string>();
  /** Keys whose text was sent, and when: sent again after a day, so texts stay in retention. */
  readonly textSent = new Map<string, number>();

  /** Per-key change since the previous read; null on the first read (it is the baseline). */
  advance(entries: readonly Entry[], statsReset: string | null): Map<string, Counters> | null {
    const prev = this.#prev;
    const globalReset = prev !== null && statsReset !== this.#reset;
    this.#prev = new Map(entries.map((e) => [e.key, e]));
    this.#reset = statsReset;
    if (prev === null) return null;
    const deltas = new Map<string, Counters>();
    for (const e of entries) {
      if (this.own.has(e.key)) continue;
      deltas.set(e.key, delta(e, prev.get(e.key), globalReset));
    }
    return deltas;
  }

  /** Samples for `top` (new ones at 0) and `other`; their deltas are added to what was reported. */
  report(
    deltas: ReadonlyMap<string, Counters>,
    top: readonly string[],
    now: number,
  ): MetricSample[] {
    const chosen = new Set(top);
    let other: Counters = {};
    for (const [key, d] of deltas) {
      if (!chosen.has(key) || !this.#reported.has(key)) other = add(other, d);
    }
    const samples: MetricSample[] = [];
    const emit = (key: string, increment: Counters) => {
      const seen = this.#reported.get(key);
      const counters = seen ? add(seen.counters, increment) : zeroLike(increment);
      this.#reported.set(key, { counters, at: now });
      for (const c of COLUMNS) {
        const value = counters[c];
        if (value !== undefined) {
          samples.push({ name: STATEMENT_COUNTERS[c], value, labels: { query: key } });
        }
      }
    };
    for (const key of top) emit(key, deltas.get(key) ?? {});
    emit(OTHER_STATEMENTS_KEY, withAllColumns(other, deltas));
    for (const [key, r] of this.#reported) if (now - r.at > DAY_MS) this.#reported.delete(key);
    return samples;
  }

  /** Keys of `top` whose text was not sent in the last day. */
  needText(top: readonly string[], now: number): string[] {
    return top.filter((k) => now - (this.textSent.get(k) ?? Number.NEGATIVE_INFINITY) > DAY_MS);
  }
}

function zeroLike(c: Counters): Counters {
  const out: Counters = {};
  for (const col of COLUMNS) if (c[col] !== undefined) out[col] = 0;
  return out;
}

/** `other` reports every column the server has, even in an interval where nothing fell into it. */
function withAllColumns(other: Counters, deltas: ReadonlyMap<string, Counters>): Counters {
  const out: Counters = { ...other };
  for (const d of deltas.values()) {
    for (const c of COLUMNS) if (d[c] !== undefined && out[c] === undefined) out[c] = 0;
    break;
  }
  return out;
}
