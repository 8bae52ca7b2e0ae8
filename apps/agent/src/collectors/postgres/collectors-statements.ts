import type { Diagnostic, PostgresStatement } from "@logstag/protocol";
import type { Collector } from "../types.ts";
import { AGENT_MARKER, type PostgresSession } from "./connect.ts";
import { readAllStatsDiagnostic } from "./diagnostics.ts";
import { checkPrivileges } from "./features.ts";
import { type Row, textOrNull, toIso, toNumber } from "./map.ts";
import {
  deallocDiagnostic,
  readStatementFeatures,
  type StatementFeatures,
  statementsSetupDiagnostics,
  statementTextRow,
} from "./map-statements.ts";
import {
  statements18Query,
  statements19Query,
  statements110Query,
  statements111Query,
  statementsFeaturesQuery,
  statementsInfoQuery,
  statementTexts18Query,
  statementTextsQuery,
} from "./queries-statements.ts";
import { readEntries, StatementTracker, selectTop } from "./statement-tracker.ts";

/** One tracker per server and database, kept across reconnects so deltas stay continuous. */
const trackers = new Map<string, StatementTracker>();
const deallocSeen = new Map<string, number>();

function countersQuery(f: StatementFeatures) {
  if (f.statsSince) return statements111Query;
  if (f.jit) return statements110Query;
  if (f.toplevel) return statements19Query;
  return statements18Query;
}

/** Texts of `keys`, marking the agent's own statements; returns the snapshot rows. */
async function fetchTexts(
  session: PostgresSession,
  f: StatementFeatures,
  tracker: StatementTracker,
  wanted: ReadonlyMap<string, string>,
): Promise<Map<string, PostgresStatement>> {
  const rows = await session.query(f.toplevel ? statementTextsQuery : statementTexts18Query, [
    [...new Set(wanted.values())],
  ]);
  const found = new Map<string, PostgresStatement>();
  for (const row of rows) {
    const text = textOrNull(row.query, 100_000);
    const statement = statementTextRow(row, session.queryText);
    if (!statement || !wanted.has(statement.key)) continue;
    if (text?.includes(AGENT_MARKER)) tracker.own.add(statement.key);
    else found.set(statement.key, statement);
  }
  return found;
}

/**
 * pg_stat_statements every minute: counters of the top statements by change (and `other` for
 * the rest), and the texts of statements not reported before. Never sends a statement of its own.
 */
export const statementsCollector: Collector<PostgresSession> = {
  name: "statements",
  group: "medium",
  async collect(session) {
    const [featureRow] = await session.query(statementsFeaturesQuery);
    const f = readStatementFeatures(featureRow);
    const setup = statementsSetupDiagnostics(f);
    if (!f.usable) return { metrics: [], diagnostics: setup };
    let rows: Row[];
    try {
      rows = await session.query(countersQuery(f));
    } catch (error) {
      // 55000: loaded by CREATE EXTENSION but not preloaded; the diagnostic says how to fix it.
      if ((error as { code?: unknown }).code === "55000") {
        return { metrics: [], diagnostics: statementsSetupDiagnostics({ ...f, preloaded: false }) };
      }
      throw error;
    }
    const [info] = f.info ? await session.query(statementsInfoQuery) : [];
    const trackerKey = `${session.server}/${session.database}`;
    const tracker = trackers.get(trackerKey) ?? new StatementTracker();
    trackers.set(trackerKey, tracker);
    const { entries, hidden } = readEntries(rows);
    const now = Date.now();
    const advanced = tracker.advance(entries, toIso(info?.stats_reset) ?? null);
    const deltas = advanced ?? new Map();
    const ids = new Map(entries.map((e) => [e.key, e.id]));
    // Texts are read before the final choice: the agent's own statements must not take a place.
    let top = selectTop(deltas, session.statementsTop + 10);
    const wanted = new Map(
      tracker.needText(top, now).flatMap((k) => {
        const id = ids.get(k);
        return id ? [[k, id] as const] : [];
      }),
    );
    const texts = wanted.size > 0 ? await fetchTexts(session, f, tracker, wanted) : new Map();
    for (const key of tracker.own) deltas.delete(key);
    top = selectTop(deltas, session.statementsTop);
    const statements: PostgresStatement[] = [];
    for (const key of top) {
      const statement = texts.get(key);
      if (!statement) continue;
      statements.push(statement);
      tracker.textSent.set(key, now);
    }
    const privileges = await checkPrivileges(session);
    const dealloc = toNumber(info?.dealloc);
    const grew = dealloc !== undefined && dealloc > (deallocSeen.get(trackerKey) ?? dealloc);
    if (dealloc !== undefined) deallocSeen.set(trackerKey, dealloc);
    const diagnostics: Diagnostic[] = [
      ...setup,
      ...(hidden > 0
        ? readAllStatsDiagnostic(
            privileges,
            `${hidden} statements of other roles are hidden (<insufficient privilege>) and not reported.`,
          )
        : []),
      ...(grew ? deallocDiagnostic(f) : []),
    ];
    const own = entries.filter((e) => tracker.own.has(e.key)).length;
    return {
      metrics: [
        ...(advanced ? tracker.report(deltas, top, now) : []),
        { name: "postgres.statements.entries", value: entries.length - own },
        ...(dealloc === undefined ? [] : [{ name: "postgres.statements.dealloc", value: dealloc }]),
      ],
      ...(statements.length > 0
        ? { snapshot: { kind: "postgres.statements", rows: statements, truncated: false } }
        : {}),
      diagnostics,
    };
  },
};
