import type { PostgresSchemaObject, SchemaObjectType, TableStorage } from "@logstag/protocol";
import { isoOrNull, numberOrNull, type Row, textOrNull } from "./map.ts";

type SchemaFlag = NonNullable<PostgresSchemaObject["flags"]>[number];

/** Share of a sequence's range past which it is flagged. */
export const EXHAUSTION_SHARE = 0.75;

const def = (v: unknown) => textOrNull(v, 16_384);

function stats(row: Row, columns: Record<string, string>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(columns).map(([column, key]) => [key, numberOrNull(row[column])]),
  );
}

const RELKINDS: Record<string, SchemaObjectType> = {
  r: "table",
  p: "table",
  v: "view",
  m: "materialized_view",
};

/** The autovacuum parameters a table sets; only booleans leave the agent, never other reloptions. */
function storageOf(row: Row): TableStorage {
  const storage: TableStorage = {};
  if (typeof row.autovacuum_enabled === "boolean") {
    storage.autovacuum_enabled = row.autovacuum_enabled;
  }
  if (typeof row.toast_autovacuum_enabled === "boolean") {
    storage["toast.autovacuum_enabled"] = row.toast_autovacuum_enabled;
  }
  return storage;
}

export function mapDatabaseRow(row: Row, collected: boolean): PostgresSchemaObject {
  return {
    database: textOrNull(row.datname) ?? "",
    type: "database",
    schema: null,
    name: textOrNull(row.datname) ?? "",
    table: null,
    owner: textOrNull(row.owner),
    definition: `encoding ${textOrNull(row.encoding) ?? "?"} collate ${textOrNull(row.datcollate) ?? "?"}`,
    stats: stats(row, { size_bytes: "sizeBytes", xid_age: "frozenXidAge" }),
    collected,
  };
}

/** One database's catalog answers → its objects. */
export function mapSchema(
  database: string,
  r: {
    namespaces: readonly Row[];
    relations: readonly Row[];
    indexes: readonly Row[];
    constraints: readonly Row[];
    sequences: readonly Row[];
    functions: readonly Row[];
    triggers: readonly Row[];
  },
): PostgresSchemaObject[] {
  const out: PostgresSchemaObject[] = [];
  const base = (type: SchemaObjectType, schema: unknown, name: unknown, table: unknown = null) => ({
    database,
    type,
    schema: textOrNull(schema),
    name: textOrNull(name) ?? "",
    table: textOrNull(table),
  });
  for (const n of r.namespaces) {
    out.push({ ...base("schema", null, n.nspname), owner: textOrNull(n.owner), definition: null });
  }
  for (const t of r.relations) {
    const type = RELKINDS[String(t.relkind)] ?? "table";
    out.push({
      ...base(type, t.nspname, t.relname),
      owner: textOrNull(t.owner),
      definition: def(t.definition),
      stats: stats(t, {
        size_bytes: "sizeBytes",
        estimated_rows: "estimatedRows",
        n_dead_tup: "deadTuples",
        n_mod_since_analyze: "modsSinceAnalyze",
        n_tup_ins: "inserts",
        n_tup_upd: "updates",
        n_tup_del: "deletes",
        seq_scan: "seqScans",
        idx_scan: "indexScans",
        frozen_xid_age: "frozenXidAge",
      }),
      times: {
        lastVacuum: isoOrNull(t.last_vacuum),
        lastAutovacuum: isoOrNull(t.last_autovacuum),
        lastAnalyze: isoOrNull(t.last_analyze),
        lastAutoanalyze: isoOrNull(t.last_autoanalyze),
      },
      ...(type === "view" ? {} : { storage: storageOf(t) }),
    });
  }
  for (const i of r.indexes) {
    const flags: SchemaFlag[] = [];
    const scans = numberOrNull(i.idx_scan);
    const constraint = i.indisunique === true || i.backs_constraint === true;
    if (scans === 0 && !constraint) flags.push("unused_index");
    if (i.indisvalid === false) flags.push("invalid_index");
    if (i.duplicate === true) flags.push("duplicate_index");
    out.push({
      ...base("index", i.nspname, i.index_name, i.table_name),
      owner: textOrNull(i.owner),
      definition: def(i.definition),
      stats: stats(i, { size_bytes: "sizeBytes", idx_scan: "scans" }),
      flags,
    });
  }
  for (const k of r.constraints) {
    out.push({
      ...base("constraint", k.nspname, k.conname, k.table_name),
      owner: null,
      definition: def(k.definition),
      flags: k.fk_without_index === true ? ["fk_without_index"] : [],
    });
  }
  for (const s of r.sequences) {
    const last = numberOrNull(s.last_value);
    const max = numberOrNull(s.effective_max);
    const used = last !== null && max !== null && max > 0 ? last / max : null;
    out.push({
      ...base("sequence", s.schemaname, s.sequencename),
      owner: textOrNull(s.owner),
      definition: def(s.definition),
      stats: { lastValue: last, effectiveMax: max, usedShare: used },
      lastValueReadable: s.last_value_readable === true,
      flags: used !== null && used >= EXHAUSTION_SHARE ? ["near_exhaustion"] : [],
    });
  }
  for (const f of r.functions) {
    out.push({
      ...base("function", f.nspname, f.name),
      owner: textOrNull(f.owner),
      definition: def(f.definition),
    });
  }
  for (const t of r.triggers) {
    out.push({
      ...base("trigger", t.nspname, t.tgname, t.table_name),
      owner: null,
      definition: def(t.definition),
    });
  }
  return out;
}
