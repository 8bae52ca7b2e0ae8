import {
  fail,
  formatBytes,
  formatCount,
  formatPercent,
  listNames,
  needPendingRows,
  pass,
} from "../../../health/check-helpers.ts";
import type { HealthCheck, HealthInput } from "../../../health/check-types.ts";
import {
  type ExpectedIndex,
  expectedForeignKeySchema,
  expectedIndexSchema,
  expectedSequenceSchema,
  expectedTableSchema,
  SCHEMA_KINDS,
  schemaNotCollected,
} from "./expected-schema.ts";
import { PG_DOCS } from "./settings.ts";

const tables = (i: HealthInput) =>
  needPendingRows(
    i,
    SCHEMA_KINDS.tables,
    expectedTableSchema,
    schemaNotCollected(SCHEMA_KINDS.tables),
  );
const indexes = (i: HealthInput) =>
  needPendingRows(
    i,
    SCHEMA_KINDS.indexes,
    expectedIndexSchema,
    schemaNotCollected(SCHEMA_KINDS.indexes),
  );
const foreignKeys = (i: HealthInput) =>
  needPendingRows(
    i,
    SCHEMA_KINDS.foreignKeys,
    expectedForeignKeySchema,
    schemaNotCollected(SCHEMA_KINDS.foreignKeys),
  );
const sequences = (i: HealthInput) =>
  needPendingRows(
    i,
    SCHEMA_KINDS.sequences,
    expectedSequenceSchema,
    schemaNotCollected(SCHEMA_KINDS.sequences),
  );

const q = (part: string) =>
  /^[a-z_][a-z0-9_]*$/.test(part) ? part : `"${part.replaceAll('"', '""')}"`;
const qualified = (schema: string, name: string) => `${q(schema)}.${q(name)}`;
const tableOf = (i: { schema: string; table: string }) => qualified(i.schema, i.table);
const INT4_MAX = 2_147_483_647;

/** Whether `columns` are the leading columns of a valid index of the same table. */
function coveredBy(
  all: readonly ExpectedIndex[],
  schema: string,
  table: string,
  columns: readonly string[],
) {
  return all.some(
    (ix) =>
      ix.valid &&
      ix.predicate === null &&
      ix.schema === schema &&
      ix.table === table &&
      columns.every((c, n) => ix.columns[n] === c),
  );
}

export const schemaChecks: HealthCheck[] = [
  {
    id: "postgres.unused_indexes",
    title: "Indexes never used",
    category: "performance",
    severity: "low",
    reads: [`snapshot ${SCHEMA_KINDS.indexes} (scans since the last statistics reset)`],
    why: "Every index slows down writes, takes disk and cache, and lengthens vacuum; an index no query uses only costs.",
    docsUrl: `${PG_DOCS}/monitoring-stats.html#MONITORING-PG-STAT-ALL-INDEXES-VIEW`,
    evaluate(input) {
      const unused = indexes(input).filter(
        (ix) => ix.scans === 0 && !ix.unique && !ix.primary && !ix.constraint,
      );
      if (unused.length === 0) return pass();
      const size = unused.reduce((s, ix) => s + ix.sizeBytes, 0);
      return fail({
        summary: `${unused.length} index(es) were never scanned since statistics were last reset (${formatBytes(size)}): ${listNames(unused.map((ix) => qualified(ix.schema, ix.name)))}.`,
        evidence: Object.fromEntries(
          unused
            .slice(0, 20)
            .map((ix) => [
              qualified(ix.schema, ix.name),
              `on ${tableOf(ix)}, 0 scans, ${formatBytes(ix.sizeBytes)}`,
            ]),
        ),
        recommendation:
          "Check that statistics cover a full business cycle and that standbys do not use them (their scans are counted there), then drop them concurrently.",
        command: unused
          .map((ix) => `DROP INDEX CONCURRENTLY ${qualified(ix.schema, ix.name)};`)
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.duplicate_indexes",
    title: "Duplicate indexes",
    category: "performance",
    severity: "low",
    reads: [`snapshot ${SCHEMA_KINDS.indexes}`],
    why: "Two indexes with the same columns cost twice on every write while only one is ever chosen.",
    docsUrl: `${PG_DOCS}/indexes.html`,
    evaluate(input) {
      const seen = new Map<string, ExpectedIndex>();
      const pairs: [ExpectedIndex, ExpectedIndex][] = [];
      for (const ix of indexes(input).filter((i) => i.valid)) {
        const key = [ix.schema, ix.table, ix.method, ix.predicate ?? "", ...ix.columns].join(
          "\u0000",
        );
        const first = seen.get(key);
        if (first) pairs.push([first, ix]);
        else seen.set(key, ix);
      }
      if (pairs.length === 0) return pass();
      // Keep the one backing a constraint (or the first); drop the other.
      const drop = pairs.map(([a, b]) => (b.constraint || b.primary ? a : b));
      return fail({
        summary: `${pairs.length} pair(s) of indexes cover the same columns: ${listNames(pairs.map(([a, b]) => `${a.name} = ${b.name}`))}.`,
        evidence: Object.fromEntries(
          pairs.map(([a, b]) => [
            tableOf(a),
            `${a.name} and ${b.name} on (${a.columns.join(", ")})`,
          ]),
        ),
        recommendation: "Drop one index of each pair (keep the one that backs a constraint).",
        command: drop
          .map((ix) => `DROP INDEX CONCURRENTLY ${qualified(ix.schema, ix.name)};`)
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.invalid_indexes",
    title: "Invalid indexes",
    category: "maintenance",
    severity: "medium",
    reads: [`snapshot ${SCHEMA_KINDS.indexes} (indisvalid)`],
    why: "A failed CREATE INDEX CONCURRENTLY leaves an invalid index: never used by queries, but still updated on every write.",
    docsUrl: `${PG_DOCS}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`,
    evaluate(input) {
      const invalid = indexes(input).filter((ix) => !ix.valid);
      if (invalid.length === 0) return pass();
      return fail({
        summary: `${invalid.length} invalid index(es): ${listNames(invalid.map((ix) => qualified(ix.schema, ix.name)))}.`,
        evidence: Object.fromEntries(
          invalid.map((ix) => [qualified(ix.schema, ix.name), `on ${tableOf(ix)}`]),
        ),
        recommendation: "Rebuild each one concurrently (or drop it if it is not needed).",
        command: invalid
          .map((ix) => `REINDEX INDEX CONCURRENTLY ${qualified(ix.schema, ix.name)};`)
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.table_bloat",
    title: "Tables with many dead rows (estimated bloat)",
    category: "maintenance",
    severity: "medium",
    reads: [`snapshot ${SCHEMA_KINDS.tables} (n_live_tup, n_dead_tup, size)`],
    why: "Dead rows that vacuum has not removed make tables and their indexes larger and scans slower.",
    docsUrl: `${PG_DOCS}/routine-vacuuming.html`,
    evaluate(input) {
      const bloated = tables(input)
        .filter(
          (t) => t.deadRows >= 10_000 && t.deadRows / Math.max(1, t.liveRows + t.deadRows) >= 0.2,
        )
        .sort((a, b) => b.deadRows - a.deadRows);
      if (bloated.length === 0) return pass();
      const ratio = (t: (typeof bloated)[number]) =>
        t.deadRows / Math.max(1, t.liveRows + t.deadRows);
      return fail({
        summary: `${bloated.length} table(s) hold at least 20 % dead rows; the worst: ${qualified(bloated[0]?.schema ?? "", bloated[0]?.name ?? "")} (${formatPercent(ratio(bloated[0] as (typeof bloated)[number]))}).`,
        evidence: Object.fromEntries(
          bloated
            .slice(0, 10)
            .map((t) => [
              qualified(t.schema, t.name),
              `${formatCount(t.deadRows)} dead of ${formatCount(t.liveRows + t.deadRows)} rows (${formatPercent(ratio(t))}), ${formatBytes(t.totalBytes)}, last autovacuum ${t.lastAutovacuum ?? "never"}`,
            ]),
        ),
        recommendation:
          "Vacuum them now, then make autovacuum visit them more often (lower autovacuum_vacuum_scale_factor per table); find what stops vacuum (long transactions, slots).",
        command: bloated
          .slice(0, 10)
          .map(
            (t) =>
              `VACUUM (VERBOSE, ANALYZE) ${qualified(t.schema, t.name)};\nALTER TABLE ${qualified(t.schema, t.name)} SET (autovacuum_vacuum_scale_factor = 0.02);`,
          )
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.table_autovacuum_disabled",
    title: "Autovacuum disabled on tables",
    category: "maintenance",
    severity: "high",
    reads: [`snapshot ${SCHEMA_KINDS.tables} (reloptions autovacuum_enabled)`],
    why: "A table with autovacuum_enabled = false is never vacuumed or analyzed automatically: it bloats, its statistics age and only an emergency anti-wraparound vacuum touches it.",
    docsUrl: `${PG_DOCS}/sql-createtable.html#RELOPTION-AUTOVACUUM-ENABLED`,
    evaluate(input) {
      const off = tables(input).filter((t) => t.autovacuumEnabled === false);
      if (off.length === 0) return pass();
      return fail({
        summary: `autovacuum_enabled = false on ${off.length} table(s): ${listNames(off.map((t) => qualified(t.schema, t.name)))}.`,
        evidence: Object.fromEntries(
          off.map((t) => [
            qualified(t.schema, t.name),
            `autovacuum_enabled = false, ${formatCount(t.deadRows)} dead rows, last vacuum ${t.lastVacuum ?? t.lastAutovacuum ?? "never"}`,
          ]),
        ),
        recommendation:
          "Re-enable autovacuum on these tables; tune its thresholds instead of disabling it.",
        command: off
          .map((t) => `ALTER TABLE ${qualified(t.schema, t.name)} RESET (autovacuum_enabled);`)
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.foreign_keys_without_index",
    title: "Foreign keys without an index",
    category: "performance",
    severity: "medium",
    reads: [`snapshot ${SCHEMA_KINDS.foreignKeys}`, `snapshot ${SCHEMA_KINDS.indexes}`],
    why: "Deleting or updating a referenced row scans the whole referencing table when its foreign key columns are not indexed, and takes locks for that long.",
    docsUrl: `${PG_DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-FK`,
    evaluate(input) {
      const all = indexes(input);
      const missing = foreignKeys(input).filter(
        (fk) => !coveredBy(all, fk.schema, fk.table, fk.columns),
      );
      if (missing.length === 0) return pass();
      return fail({
        summary: `${missing.length} foreign key(s) have no index on their columns: ${listNames(missing.map((fk) => `${tableOf(fk)}(${fk.columns.join(", ")})`))}.`,
        evidence: Object.fromEntries(
          missing.map((fk) => [
            fk.name,
            `${tableOf(fk)}(${fk.columns.join(", ")}) → ${fk.referencedTable}`,
          ]),
        ),
        recommendation: "Index the referencing columns (concurrently, to avoid blocking writes).",
        command: missing
          .map(
            (fk) =>
              `CREATE INDEX CONCURRENTLY ON ${tableOf(fk)} (${fk.columns.map(q).join(", ")});`,
          )
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.sequence_exhaustion",
    title: "Sequences close to their maximum",
    category: "capacity",
    severity: "high",
    reads: [`snapshot ${SCHEMA_KINDS.sequences}`],
    why: "When a sequence reaches its maximum, every insert that needs a new value fails.",
    docsUrl: `${PG_DOCS}/sql-altersequence.html`,
    evaluate(input) {
      const near = sequences(input)
        .filter((s) => s.lastValue !== null && s.increment > 0 && s.lastValue / s.maxValue >= 0.75)
        .sort((a, b) => (b.lastValue ?? 0) / b.maxValue - (a.lastValue ?? 0) / a.maxValue);
      if (near.length === 0) return pass();
      const used = (s: (typeof near)[number]) => (s.lastValue ?? 0) / s.maxValue;
      return fail({
        severity: near.some((s) => used(s) >= 0.9) ? "critical" : "high",
        summary: `${near.length} sequence(s) used at least 75 % of their range; the fullest: ${qualified(near[0]?.schema ?? "", near[0]?.name ?? "")} (${formatPercent(used(near[0] as (typeof near)[number]))}).`,
        evidence: Object.fromEntries(
          near.map((s) => [
            qualified(s.schema, s.name),
            `${s.dataType}, last value ${formatCount(s.lastValue ?? 0)} of ${formatCount(s.maxValue)} (${formatPercent(used(s))})`,
          ]),
        ),
        recommendation:
          "Move the sequence (and the column it feeds) to bigint before it runs out; the column change rewrites the table, so plan it.",
        command: near
          .map(
            (s) =>
              `ALTER SEQUENCE ${qualified(s.schema, s.name)} AS bigint;${s.ownedBy ? `\nALTER TABLE ${q(s.schema)}.${q(s.ownedBy.table)} ALTER COLUMN ${q(s.ownedBy.column)} TYPE bigint; -- rewrites the table` : ""}`,
          )
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.int4_key_exhaustion",
    title: "integer key columns close to 2,147,483,647",
    category: "capacity",
    severity: "high",
    reads: [`snapshot ${SCHEMA_KINDS.sequences} (owning column and its type)`],
    why: "A bigint sequence feeding an integer column fails inserts at 2^31 − 1 even though the sequence could go on.",
    docsUrl: `${PG_DOCS}/datatype-numeric.html#DATATYPE-INT`,
    evaluate(input) {
      const near = sequences(input).filter(
        (s) =>
          s.ownedBy &&
          ["integer", "int4", "smallint", "int2"].includes(s.ownedBy.type) &&
          s.dataType === "bigint" &&
          (s.lastValue ?? 0) >=
            (s.ownedBy.type.endsWith("2") || s.ownedBy.type === "smallint" ? 32_767 : INT4_MAX) *
              0.75,
      );
      if (near.length === 0) return pass();
      return fail({
        summary: `${near.length} ${near[0]?.ownedBy?.type} column(s) fed by a bigint sequence are past 75 % of their range: ${listNames(near.map((s) => `${s.ownedBy?.table}.${s.ownedBy?.column}`))}.`,
        evidence: Object.fromEntries(
          near.map((s) => [
            `${s.schema}.${s.ownedBy?.table}.${s.ownedBy?.column}`,
            `${s.ownedBy?.type}, sequence ${s.name} at ${formatCount(s.lastValue ?? 0)}`,
          ]),
        ),
        recommendation:
          "Change the column to bigint (it rewrites the table: plan it, or migrate through a new column filled in batches).",
        command: near
          .map(
            (s) =>
              `ALTER TABLE ${q(s.schema)}.${q(s.ownedBy?.table ?? "")} ALTER COLUMN ${q(s.ownedBy?.column ?? "")} TYPE bigint;`,
          )
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.tables_without_primary_key",
    title: "Tables without a primary key",
    category: "maintenance",
    severity: "low",
    reads: [`snapshot ${SCHEMA_KINDS.tables}`],
    why: "Rows without a key cannot be replicated logically (UPDATE and DELETE fail on publications) and duplicates creep in.",
    docsUrl: `${PG_DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-PRIMARY-KEYS`,
    evaluate(input) {
      const without = tables(input).filter((t) => !t.hasPrimaryKey && t.liveRows >= 1000);
      if (without.length === 0) return pass();
      return fail({
        summary: `${without.length} table(s) with 1,000 rows or more have no primary key: ${listNames(without.map((t) => qualified(t.schema, t.name)))}.`,
        evidence: Object.fromEntries(
          without
            .slice(0, 20)
            .map((t) => [qualified(t.schema, t.name), `${formatCount(t.liveRows)} rows`]),
        ),
        recommendation: "Add a primary key (an identity column when no natural key exists).",
        command: without
          .slice(0, 20)
          .map(
            (t) =>
              `ALTER TABLE ${qualified(t.schema, t.name)} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;`,
          )
          .join("\n"),
      });
    },
  },
];
