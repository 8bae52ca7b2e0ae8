import type { PostgresSchemaObject } from "@logstag/protocol";
import { needRows } from "../../../health/check-helpers.ts";
import { type HealthInput, NotEvaluatedError } from "../../../health/check-types.ts";

/**
 * What the schema checks read of the `postgres.schema` snapshot (one row per object, every
 * database the agent may connect to), derived from the protocol's rows, never a second shape.
 */
export const SCHEMA_KIND = "postgres.schema";

export type SchemaObject = PostgresSchemaObject;

export interface SchemaView {
  objects: SchemaObject[];
  /** More than one database: names then carry the database. */
  multiDatabase: boolean;
  /** Why objects may be missing (a database not read, a truncated snapshot); empty when complete. */
  gaps: string[];
}

export function readSchema(input: HealthInput): SchemaView {
  const objects = needRows(input, SCHEMA_KIND);
  const databases = objects.filter((o) => o.type === "database");
  const gaps = databases
    .filter((d) => d.collected === false)
    .map((d) => `database ${d.name} could not be read by the schema collector`);
  if (input.snapshots[SCHEMA_KIND]?.truncated) {
    gaps.push(`the ${SCHEMA_KIND} snapshot was truncated at its row limit`);
  }
  return { objects, multiDatabase: databases.length > 1, gaps };
}

/** A pass only when every database was read in full; otherwise not evaluated, never a pass. */
export function passIfComplete(view: SchemaView) {
  if (view.gaps.length > 0) {
    throw new NotEvaluatedError(
      `no finding in the objects collected, but ${view.gaps.join("; ")}`,
      "Check the agent's schema collector diagnostics (CONNECT on every database, schema_databases).",
    );
  }
  return { status: "pass" as const };
}

export const ofType = (view: SchemaView, type: SchemaObject["type"]) =>
  view.objects.filter((o) => o.type === type);

export const stat = (o: SchemaObject, key: string): number | null => o.stats?.[key] ?? null;
export const hasFlag = (o: SchemaObject, flag: NonNullable<SchemaObject["flags"]>[number]) =>
  o.flags?.includes(flag) ?? false;

const q = (part: string) =>
  /^[a-z_][a-z0-9_]*$/.test(part) ? part : `"${part.replaceAll('"', '""')}"`;
export const quoteIdent = q;

/** `schema.name` of an object (or of the table of an index or constraint), as SQL. */
export const sqlName = (schema: string | null, name: string) =>
  schema === null ? q(name) : `${q(schema)}.${q(name)}`;
export const sqlTable = (o: SchemaObject) => sqlName(o.schema, o.table ?? "");

/** A label for evidence: the database is named once several are monitored. */
export const label = (view: SchemaView, o: SchemaObject, name = sqlName(o.schema, o.name)) =>
  view.multiDatabase ? `${o.database}: ${name}` : name;

/** The `max N` of a sequence definition (`<type> start … increment … min … max N`). */
export function sequenceShape(o: SchemaObject) {
  const m = /^(\w+) start -?\d+ increment (-?\d+) min -?\d+ max (\d+)/.exec(o.definition ?? "");
  if (!m) return null;
  return { dataType: m[1] ?? "", increment: Number(m[2]), maxValue: Number(m[3]) };
}

/** The column a sequence feeds through a `nextval('…')` default, searched in its schema's tables. */
export function columnFedBy(view: SchemaView, seq: SchemaObject) {
  const names = [seq.name, `${seq.schema}.${seq.name}`].map((n) =>
    n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  );
  const feeds = new RegExp(
    `^(\\S+) (.+?)(?: not null)? default nextval\\('(?:${names.join("|")})'::regclass\\)`,
  );
  for (const t of ofType(view, "table")) {
    if (t.database !== seq.database || t.schema !== seq.schema) continue;
    for (const column of (t.definition ?? "").split(", ")) {
      const m = feeds.exec(column);
      if (m) return { table: t.name, column: m[1] ?? "", type: m[2] ?? "" };
    }
  }
  return null;
}

/** `FOREIGN KEY (a, b) REFERENCES s.t(id)` → its columns and referenced table, as SQL text. */
export function foreignKeyShape(o: SchemaObject) {
  const m = /^FOREIGN KEY \((.+?)\) REFERENCES (.+?\(.+?\))/.exec(o.definition ?? "");
  return m ? { columns: m[1] ?? "", referenced: m[2] ?? "" } : null;
}

export const isPrimaryKey = (o: SchemaObject) =>
  o.type === "constraint" && (o.definition ?? "").startsWith("PRIMARY KEY");
