import {
  fail,
  formatBytes,
  formatCount,
  formatPercent,
  listNames,
} from "../../../health/check-helpers.ts";
import { type HealthCheck, NotEvaluatedError } from "../../../health/check-types.ts";
import {
  columnFedBy,
  isPrimaryKey,
  label,
  ofType,
  passIfComplete,
  quoteIdent,
  readSchema,
  SCHEMA_KIND,
  type SchemaObject,
  type SchemaView,
  sequenceShape,
  sqlName,
  stat,
} from "./schema-view.ts";
import { PG_DOCS } from "./settings.ts";

const INT4_MAX = 2_147_483_647;
const NEAR = 0.75;

/** Tables (not views); reltuples is -1 until a table is first vacuumed or analyzed. */
const tablesOf = (view: SchemaView) => ofType(view, "table");
const liveRows = (t: SchemaObject) => Math.max(0, stat(t, "estimatedRows") ?? 0);

export const tableBloat: HealthCheck = {
  id: "postgres.table_bloat",
  title: "Tables with many dead rows (estimated bloat)",
  category: "maintenance",
  severity: "medium",
  reads: [`snapshot ${SCHEMA_KIND} (table rows: deadTuples, estimatedRows, sizeBytes)`],
  why: "Dead rows that vacuum has not removed make tables and their indexes larger and scans slower.",
  docsUrl: `${PG_DOCS}/routine-vacuuming.html`,
  evaluate(input) {
    const view = readSchema(input);
    const tables = tablesOf(view);
    const counted = tables.filter((t) => stat(t, "deadTuples") !== null);
    if (tables.length > 0 && counted.length === 0) {
      throw new NotEvaluatedError(
        `the ${SCHEMA_KIND} table rows carry no dead-row count (n_dead_tup of pg_stat_user_tables), so bloat cannot be estimated`,
      );
    }
    const dead = (t: SchemaObject) => stat(t, "deadTuples") ?? 0;
    const ratio = (t: SchemaObject) => dead(t) / Math.max(1, liveRows(t) + dead(t));
    const bloated = counted
      .filter((t) => dead(t) >= 10_000 && ratio(t) >= 0.2)
      .sort((a, b) => dead(b) - dead(a));
    const worst = bloated[0];
    if (!worst) return passIfComplete(view);
    return fail({
      summary: `${bloated.length} table(s) hold at least 20 % dead rows; the worst: ${label(view, worst)} (${formatPercent(ratio(worst))}).`,
      evidence: Object.fromEntries(
        bloated
          .slice(0, 10)
          .map((t) => [
            label(view, t),
            `${formatCount(dead(t))} dead of ${formatCount(liveRows(t) + dead(t))} rows (${formatPercent(ratio(t))}), ${formatBytes(stat(t, "sizeBytes") ?? 0)}, last autovacuum ${t.times?.lastAutovacuum ?? "never"}`,
          ]),
      ),
      recommendation:
        "Vacuum them now, then make autovacuum visit them more often (lower autovacuum_vacuum_scale_factor per table); find what stops vacuum (long transactions, slots).",
      command: bloated
        .slice(0, 10)
        .map(
          (t) =>
            `VACUUM (VERBOSE, ANALYZE) ${sqlName(t.schema, t.name)};\nALTER TABLE ${sqlName(t.schema, t.name)} SET (autovacuum_vacuum_scale_factor = 0.02);`,
        )
        .join("\n"),
    });
  },
};

export const tableAutovacuumDisabled: HealthCheck = {
  id: "postgres.table_autovacuum_disabled",
  title: "Autovacuum disabled on tables",
  category: "maintenance",
  severity: "high",
  reads: [`snapshot ${SCHEMA_KIND} (table rows: storage parameters, not sent yet)`],
  why: "A table with autovacuum_enabled = false is never vacuumed or analyzed automatically: it bloats, its statistics age and only an emergency anti-wraparound vacuum touches it.",
  docsUrl: `${PG_DOCS}/sql-createtable.html#RELOPTION-AUTOVACUUM-ENABLED`,
  evaluate(input) {
    readSchema(input);
    // A table's row holds its columns and statistics but not pg_class.reloptions: no row says
    // whether autovacuum_enabled is set, and a missing vacuum time does not prove it is.
    throw new NotEvaluatedError(
      `the ${SCHEMA_KIND} table rows do not include the table storage parameters (pg_class.reloptions), so autovacuum_enabled = false cannot be seen`,
    );
  },
};

/** Sequences with their range; a sequence whose last value is unknown cannot be judged. */
function sequencesOf(view: SchemaView) {
  const known = [];
  const unknown: SchemaObject[] = [];
  for (const s of ofType(view, "sequence")) {
    const last = stat(s, "lastValue");
    const shape = sequenceShape(s);
    if (last === null || !shape) unknown.push(s);
    else known.push({ s, last, ...shape, effectiveMax: stat(s, "effectiveMax") ?? shape.maxValue });
  }
  return { known, unknown };
}

/** No finding: pass only when every sequence's last value was read. */
function passIfAllRead(view: SchemaView, unknown: SchemaObject[]) {
  if (unknown.length === 0) return passIfComplete(view);
  throw new NotEvaluatedError(
    `the last value of ${unknown.length} sequence(s) is unknown (${listNames(unknown.map((s) => label(view, s)))}): the monitoring role lacks USAGE on them, or they were never used`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${[...new Set(unknown.map((s) => quoteIdent(s.schema ?? "public")))].join(", ")} TO <the agent's role>;`,
  );
}

export const sequenceExhaustion: HealthCheck = {
  id: "postgres.sequence_exhaustion",
  title: "Sequences close to their maximum",
  category: "capacity",
  severity: "high",
  reads: [`snapshot ${SCHEMA_KIND} (sequence rows: lastValue, definition max)`],
  why: "When a sequence reaches its maximum, every insert that needs a new value fails.",
  docsUrl: `${PG_DOCS}/sql-altersequence.html`,
  evaluate(input) {
    const view = readSchema(input);
    const { known, unknown } = sequencesOf(view);
    const used = (s: (typeof known)[number]) => s.last / s.maxValue;
    const near = known
      .filter((s) => s.increment > 0 && used(s) >= NEAR)
      .sort((a, b) => used(b) - used(a));
    const fullest = near[0];
    if (!fullest) return passIfAllRead(view, unknown);
    return fail({
      severity: near.some((s) => used(s) >= 0.9) ? "critical" : "high",
      summary: `${near.length} sequence(s) used at least 75 % of their range; the fullest: ${label(view, fullest.s)} (${formatPercent(used(fullest))}).`,
      evidence: Object.fromEntries(
        near.map((s) => [
          label(view, s.s),
          `${s.dataType}, last value ${formatCount(s.last)} of ${formatCount(s.maxValue)} (${formatPercent(used(s))})`,
        ]),
      ),
      recommendation:
        "Move the sequence (and the column it feeds) to bigint before it runs out; the column change rewrites the table, so plan it.",
      command: near
        .map((s) => {
          const fed = columnFedBy(view, s.s);
          const column = fed
            ? `\nALTER TABLE ${sqlName(s.s.schema, fed.table)} ALTER COLUMN ${quoteIdent(fed.column)} TYPE bigint; -- rewrites the table`
            : "";
          return `ALTER SEQUENCE ${sqlName(s.s.schema, s.s.name)} AS bigint;${column}`;
        })
        .join("\n"),
    });
  },
};

export const int4KeyExhaustion: HealthCheck = {
  id: "postgres.int4_key_exhaustion",
  title: "integer key columns close to 2,147,483,647",
  category: "capacity",
  severity: "high",
  reads: [
    `snapshot ${SCHEMA_KIND} (sequence rows: lastValue, effectiveMax = the limit of the column fed)`,
  ],
  why: "A bigint sequence feeding an integer column fails inserts at 2^31 − 1 even though the sequence could go on.",
  docsUrl: `${PG_DOCS}/datatype-numeric.html#DATATYPE-INT`,
  evaluate(input) {
    const view = readSchema(input);
    const { known, unknown } = sequencesOf(view);
    const near = known.filter(
      (s) =>
        s.effectiveMax < s.maxValue &&
        s.effectiveMax <= INT4_MAX &&
        s.last >= s.effectiveMax * NEAR,
    );
    if (near.length === 0) return passIfAllRead(view, unknown);
    const fed = (s: (typeof near)[number]) => columnFedBy(view, s.s);
    const columnLabel = (s: (typeof near)[number]) => {
      const f = fed(s);
      return f
        ? `${sqlName(s.s.schema, f.table)}.${quoteIdent(f.column)}`
        : `the column fed by ${s.s.name}`;
    };
    return fail({
      summary: `${near.length} integer column(s) fed by a larger sequence are past 75 % of their range: ${listNames(near.map(columnLabel))}.`,
      evidence: Object.fromEntries(
        near.map((s) => [
          label(view, s.s, columnLabel(s)),
          `limit ${formatCount(s.effectiveMax)}, sequence ${s.s.name} (${s.dataType}) at ${formatCount(s.last)} (${formatPercent(s.last / s.effectiveMax)})`,
        ]),
      ),
      recommendation:
        "Change the column to bigint (it rewrites the table: plan it, or migrate through a new column filled in batches).",
      command:
        near
          .flatMap((s) => {
            const f = fed(s);
            return f
              ? [
                  `ALTER TABLE ${sqlName(s.s.schema, f.table)} ALTER COLUMN ${quoteIdent(f.column)} TYPE bigint;`,
                ]
              : [];
          })
          .join("\n") || null,
    });
  },
};

export const tablesWithoutPrimaryKey: HealthCheck = {
  id: "postgres.tables_without_primary_key",
  title: "Tables without a primary key",
  category: "maintenance",
  severity: "low",
  reads: [`snapshot ${SCHEMA_KIND} (table rows: estimatedRows; constraint rows: PRIMARY KEY)`],
  why: "Rows without a key cannot be replicated logically (UPDATE and DELETE fail on publications) and duplicates creep in.",
  docsUrl: `${PG_DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-PRIMARY-KEYS`,
  evaluate(input) {
    const view = readSchema(input);
    const keyed = new Set(
      ofType(view, "constraint")
        .filter(isPrimaryKey)
        .map((k) => [k.database, k.schema, k.table].join("\u0000")),
    );
    const without = tablesOf(view).filter(
      (t) => !keyed.has([t.database, t.schema, t.name].join("\u0000")) && liveRows(t) >= 1000,
    );
    if (without.length === 0) return passIfComplete(view);
    return fail({
      summary: `${without.length} table(s) with 1,000 rows or more have no primary key: ${listNames(without.map((t) => label(view, t)))}.`,
      evidence: Object.fromEntries(
        without
          .slice(0, 20)
          .map((t) => [label(view, t), `${formatCount(liveRows(t))} rows (estimate)`]),
      ),
      recommendation: "Add a primary key (an identity column when no natural key exists).",
      command: without
        .slice(0, 20)
        .map(
          (t) =>
            `ALTER TABLE ${sqlName(t.schema, t.name)} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;`,
        )
        .join("\n"),
    });
  },
};
