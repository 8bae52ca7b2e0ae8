import type { PostgresSession } from "@logstag/protocol";

export interface SessionFilters {
  state: string | null;
  database: string | null;
  user: string | null;
  wait: string | null;
}

export const NO_FILTERS: SessionFilters = { state: null, database: null, user: null, wait: null };

/** Seconds from an ISO time to another, null when either is missing or unreadable. */
export function secondsBetween(from: string | null, to: string): number | null {
  if (from === null) return null;
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.max(0, (end - start) / 1000);
}

/** "Lock: relation"; an active session without a wait is on CPU; others show nothing. */
export function waitLabel(
  session: Pick<PostgresSession, "waitEventType" | "waitEvent" | "state">,
): string {
  if (session.waitEventType) {
    return session.waitEvent
      ? `${session.waitEventType}: ${session.waitEvent}`
      : session.waitEventType;
  }
  return session.state === "active" ? "CPU" : "–";
}

function valuesOf(session: PostgresSession): Record<keyof SessionFilters, string> {
  return {
    state: session.state ?? "–",
    database: session.database ?? "–",
    user: session.user ?? "–",
    wait: waitLabel(session),
  };
}

export function filterSessions(
  sessions: readonly PostgresSession[],
  filters: SessionFilters,
): PostgresSession[] {
  const keys = Object.keys(filters) as (keyof SessionFilters)[];
  return sessions.filter((session) => {
    const values = valuesOf(session);
    return keys.every((key) => filters[key] === null || filters[key] === values[key]);
  });
}

/** The distinct values of each filter in the sample, sorted, for the filter menus. */
export function filterOptions(
  sessions: readonly PostgresSession[],
): Record<keyof SessionFilters, string[]> {
  const sets = {
    state: new Set<string>(),
    database: new Set<string>(),
    user: new Set<string>(),
    wait: new Set<string>(),
  };
  for (const session of sessions) {
    const values = valuesOf(session);
    for (const key of Object.keys(sets) as (keyof SessionFilters)[]) sets[key].add(values[key]);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return {
    state: sorted(sets.state),
    database: sorted(sets.database),
    user: sorted(sets.user),
    wait: sorted(sets.wait),
  };
}

export interface AgedSession {
  session: PostgresSession;
  seconds: number;
}

export const LONG_TRANSACTION_SECONDS = 60;
export const IDLE_IN_TRANSACTION_SECONDS = 10;

/** Transactions open longer than the threshold at the sample, oldest first. */
export function longRunningTransactions(
  sessions: readonly PostgresSession[],
  sampledAt: string,
  thresholdSeconds = LONG_TRANSACTION_SECONDS,
): AgedSession[] {
  return aged(sessions, (s) => secondsBetween(s.xactStart, sampledAt), thresholdSeconds);
}

/** Sessions idle inside a transaction for longer than the threshold, longest idle first. */
export function idleInTransaction(
  sessions: readonly PostgresSession[],
  sampledAt: string,
  thresholdSeconds = IDLE_IN_TRANSACTION_SECONDS,
): AgedSession[] {
  return aged(
    sessions.filter((s) => s.state?.startsWith("idle in transaction")),
    (s) => secondsBetween(s.stateChange, sampledAt),
    thresholdSeconds,
  );
}

function aged(
  sessions: readonly PostgresSession[],
  age: (session: PostgresSession) => number | null,
  thresholdSeconds: number,
): AgedSession[] {
  const out: AgedSession[] = [];
  for (const session of sessions) {
    const seconds = age(session);
    if (seconds !== null && seconds > thresholdSeconds) out.push({ session, seconds });
  }
  return out.sort((a, b) => b.seconds - a.seconds || a.session.pid - b.session.pid);
}

/** A session with the ages the table sorts by, measured at the sample. */
export interface SessionRow {
  session: PostgresSession;
  wait: string;
  queryAge: number | null;
  xactAge: number | null;
}

export function toSessionRows(
  sessions: readonly PostgresSession[],
  sampledAt: string,
): SessionRow[] {
  return sessions.map((session) => ({
    session,
    wait: waitLabel(session),
    queryAge: secondsBetween(session.queryStart, sampledAt),
    xactAge: secondsBetween(session.xactStart, sampledAt),
  }));
}

/** The Query Explorer opens the statement a session runs from its query id, database and user. */
export function statementPath(targetId: string, session: PostgresSession): string {
  const params = new URLSearchParams({ range: "1h" });
  if (session.queryId) params.set("queryId", session.queryId);
  if (session.database) params.set("database", session.database);
  if (session.user) params.set("user", session.user);
  return `/query-explorer/${encodeURIComponent(targetId)}?${params}`;
}
