import {
  fail,
  formatBytes,
  formatCount,
  formatPercent,
  listNames,
} from "../../../health/check-helpers.ts";
import { type HealthCheck, NotEvaluatedError } from "../../../health/check-types.ts";
import {
  isPrimaryKey,
  label,
  ofType,
  passIfComplete,
  quoteIdent,
  readSchema,
  SCHEMA_KIND,
  type SchemaObject,
  type SchemaView,
  sqlName,
  stat,
} from "./schema-view.ts";
import { PG_DOCS } from "./settings.ts";

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

/** The autovacuum parameters a table or materialized view turns off, as `ALTER … RESET` names them. */
function disabledParameters(o: SchemaObject): string[] {
  const storage = o.storage ?? {};
  return (["autovacuum_enabled", "toast.autovacuum_enabled"] as const).filter(
    (p) => storage[p] === false,
  );
}

/** `database.schema.table`: the finding names the database even when one is monitored. */
const qualified = (o: SchemaObject) => `${o.database}.${sqlName(o.schema, o.name)}`;

function autovacuumEvidence(t: SchemaObject): string {
  const parameters = disabledParameters(t).map((p) => `${p} = false`);
  const vacuums = `last autovacuum ${t.times?.lastAutovacuum ?? "never"}, last vacuum ${t.times?.lastVacuum ?? "never"}`;
  return `${parameters.join(", ")}; ${formatCount(stat(t, "deadTuples") ?? 0)} dead rows, ${vacuums}, xid age ${formatCount(stat(t, "frozenXidAge") ?? 0)}`;
}

function resetStatement(view: SchemaView, o: SchemaObject): string {
  const kind = o.type === "materialized_view" ? "MATERIALIZED VIEW" : "TABLE";
  const where = view.multiDatabase ? ` -- in database ${quoteIdent(o.database)}` : "";
  return `ALTER ${kind} ${sqlName(o.schema, o.name)} RESET (${disabledParameters(o).join(", ")});${where}`;
}

export const tableAutovacuumDisabled: HealthCheck = {
  id: "postgres.table_autovacuum_disabled",
  title: "Autovacuum disabled on tables",
  category: "maintenance",
  severity: "high",
  reads: [
    `snapshot ${SCHEMA_KIND} (table and materialized view rows: storage autovacuum_enabled, toast.autovacuum_enabled; deadTuples, frozenXidAge)`,
  ],
  why: "A table with autovacuum_enabled = false is never vacuumed or analyzed automatically: it bloats, its statistics age and only an emergency anti-wraparound vacuum touches it.",
  docsUrl: `${PG_DOCS}/sql-createtable.html#RELOPTION-AUTOVACUUM-ENABLED`,
  evaluate(input) {
    const view = readSchema(input);
    const tables = view.objects.filter((o) => o.type === "table" || o.type === "materialized_view");
    const unknown = tables.filter((t) => t.storage === undefined);
    const off = tables.filter((t) => disabledParameters(t).length > 0);
    if (off.length === 0 && unknown.length > 0) {
      throw new NotEvaluatedError(
        `the ${SCHEMA_KIND} rows of ${unknown.length} table(s) do not carry their storage parameters (pg_class.reloptions): the agent predates them, so autovacuum_enabled = false cannot be seen (update the agent)`,
      );
    }
    if (off.length === 0) return passIfComplete(view);
    return fail({
      summary: `Autovacuum is disabled on ${off.length} table(s): ${listNames(off.map(qualified))}.`,
      evidence: Object.fromEntries(
        off.slice(0, 20).map((t) => [qualified(t), autovacuumEvidence(t)]),
      ),
      recommendation:
        "Reset the parameter so the server's autovacuum settings apply again, then vacuum the table once. If autovacuum was turned off because it got in the way, tune it per table (cost limit, scale factor) instead of disabling it.",
      command: off
        .slice(0, 20)
        .map(
          (t) =>
            `${resetStatement(view, t)}\nVACUUM (VERBOSE, ANALYZE) ${sqlName(t.schema, t.name)};`,
        )
        .join("\n"),
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
