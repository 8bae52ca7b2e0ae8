import { fail, formatBytes, listNames } from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import {
  foreignKeyShape,
  hasFlag,
  label,
  ofType,
  passIfComplete,
  readSchema,
  SCHEMA_KIND,
  type SchemaObject,
  type SchemaView,
  sqlName,
  sqlTable,
  stat,
} from "./schema-view.ts";
import { PG_DOCS } from "./settings.ts";

const dropIndex = (o: SchemaObject) => `DROP INDEX CONCURRENTLY ${sqlName(o.schema, o.name)};`;
const size = (o: SchemaObject) => formatBytes(stat(o, "sizeBytes") ?? 0);

/** An index definition without its name: two indexes of a table that are the same share it. */
const body = (o: SchemaObject) => (o.definition ?? "").replace(/^.*? INDEX .+? ON /, "");

/** Whether an index backs a constraint of its table (a constraint row of the same name). */
function backsConstraint(view: SchemaView, ix: SchemaObject) {
  return ofType(view, "constraint").some(
    (k) =>
      k.database === ix.database &&
      k.schema === ix.schema &&
      k.table === ix.table &&
      k.name === ix.name,
  );
}

export const unusedIndexes: HealthCheck = {
  id: "postgres.unused_indexes",
  title: "Indexes never used",
  category: "performance",
  severity: "low",
  reads: [
    `snapshot ${SCHEMA_KIND} (index rows: flag unused_index, scans since the last statistics reset)`,
  ],
  why: "Every index slows down writes, takes disk and cache, and lengthens vacuum; an index no query uses only costs.",
  docsUrl: `${PG_DOCS}/monitoring-stats.html#MONITORING-PG-STAT-ALL-INDEXES-VIEW`,
  evaluate(input) {
    const view = readSchema(input);
    const unused = ofType(view, "index").filter((ix) => hasFlag(ix, "unused_index"));
    if (unused.length === 0) return passIfComplete(view);
    const total = unused.reduce((s, ix) => s + (stat(ix, "sizeBytes") ?? 0), 0);
    return fail({
      summary: `${unused.length} index(es) were never scanned since statistics were last reset (${formatBytes(total)}): ${listNames(unused.map((ix) => label(view, ix)))}.`,
      evidence: Object.fromEntries(
        unused
          .slice(0, 20)
          .map((ix) => [
            label(view, ix),
            `on ${sqlTable(ix)}, ${stat(ix, "scans") ?? 0} scans, ${size(ix)}`,
          ]),
      ),
      recommendation:
        "Check that statistics cover a full business cycle and that standbys do not use them (their scans are counted there), then drop them concurrently.",
      command: unused.map(dropIndex).join("\n"),
    });
  },
};

export const duplicateIndexes: HealthCheck = {
  id: "postgres.duplicate_indexes",
  title: "Duplicate indexes",
  category: "performance",
  severity: "low",
  reads: [`snapshot ${SCHEMA_KIND} (index rows: flag duplicate_index, definition)`],
  why: "Two indexes with the same columns cost twice on every write while only one is ever chosen.",
  docsUrl: `${PG_DOCS}/indexes.html`,
  evaluate(input) {
    const view = readSchema(input);
    const groups = new Map<string, SchemaObject[]>();
    for (const ix of ofType(view, "index").filter((i) => hasFlag(i, "duplicate_index"))) {
      const key = [ix.database, ix.schema, ix.table, body(ix)].join("\u0000");
      groups.set(key, [...(groups.get(key) ?? []), ix]);
    }
    const sets = [...groups.values()].filter((g) => g.length > 1);
    if (sets.length === 0) return passIfComplete(view);
    // Keep the one backing a constraint (or the first); drop the others.
    const drop = sets.flatMap((g) => {
      const keep = g.find((ix) => backsConstraint(view, ix)) ?? g[0];
      return g.filter((ix) => ix !== keep);
    });
    return fail({
      summary: `${sets.length} set(s) of indexes have the same definition: ${listNames(sets.map((g) => g.map((ix) => ix.name).join(" = ")))}.`,
      evidence: Object.fromEntries(
        sets.map((g) => [
          label(view, g[0] as SchemaObject, sqlTable(g[0] as SchemaObject)),
          `${g.map((ix) => ix.name).join(" and ")}: ${body(g[0] as SchemaObject)}`,
        ]),
      ),
      recommendation: "Drop all but one index of each set (keep the one that backs a constraint).",
      command: drop.map(dropIndex).join("\n"),
    });
  },
};

export const invalidIndexes: HealthCheck = {
  id: "postgres.invalid_indexes",
  title: "Invalid indexes",
  category: "maintenance",
  severity: "medium",
  reads: [`snapshot ${SCHEMA_KIND} (index rows: flag invalid_index, from indisvalid)`],
  why: "A failed CREATE INDEX CONCURRENTLY leaves an invalid index: never used by queries, but still updated on every write.",
  docsUrl: `${PG_DOCS}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`,
  evaluate(input) {
    const view = readSchema(input);
    const invalid = ofType(view, "index").filter((ix) => hasFlag(ix, "invalid_index"));
    if (invalid.length === 0) return passIfComplete(view);
    return fail({
      summary: `${invalid.length} invalid index(es): ${listNames(invalid.map((ix) => label(view, ix)))}.`,
      evidence: Object.fromEntries(
        invalid.map((ix) => [label(view, ix), `on ${sqlTable(ix)}, ${size(ix)}`]),
      ),
      recommendation: "Rebuild each one concurrently (or drop it if it is not needed).",
      command: invalid
        .map((ix) => `REINDEX INDEX CONCURRENTLY ${sqlName(ix.schema, ix.name)};`)
        .join("\n"),
    });
  },
};

export const foreignKeysWithoutIndex: HealthCheck = {
  id: "postgres.foreign_keys_without_index",
  title: "Foreign keys without an index",
  category: "performance",
  severity: "medium",
  reads: [`snapshot ${SCHEMA_KIND} (constraint rows: flag fk_without_index, definition)`],
  why: "Deleting or updating a referenced row scans the whole referencing table when its foreign key columns are not indexed, and takes locks for that long.",
  docsUrl: `${PG_DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-FK`,
  evaluate(input) {
    const view = readSchema(input);
    const missing = ofType(view, "constraint").filter((k) => hasFlag(k, "fk_without_index"));
    if (missing.length === 0) return passIfComplete(view);
    const columns = (k: SchemaObject) => foreignKeyShape(k)?.columns ?? "?";
    return fail({
      summary: `${missing.length} foreign key(s) have no index on their columns: ${listNames(missing.map((k) => label(view, k, `${sqlTable(k)}(${columns(k)})`)))}.`,
      evidence: Object.fromEntries(
        missing.map((k) => [
          label(view, k, k.name),
          `${sqlTable(k)}(${columns(k)}) → ${foreignKeyShape(k)?.referenced ?? k.definition ?? "?"}`,
        ]),
      ),
      recommendation: "Index the referencing columns (concurrently, to avoid blocking writes).",
      command: missing
        .filter((k) => foreignKeyShape(k))
        .map((k) => `CREATE INDEX CONCURRENTLY ON ${sqlTable(k)} (${columns(k)});`)
        .join("\n"),
    });
  },
};
