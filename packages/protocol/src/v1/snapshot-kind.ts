import type { z } from "zod";
import type { EngineKind } from "./engines.ts";

/**
 * How long snapshots of a kind are kept: `raw` with the raw time series (7 days by default),
 * `history` with change history (400 days by default), for kinds that describe what a server
 * *is* (schema, query texts) rather than what it is doing.
 */
export type SnapshotRetention = "raw" | "history";

/**
 * Rows of a kind compared between two snapshots: objects that appear, change or disappear become
 * change events. `key` identifies an object across snapshots; only `fields` are compared, so
 * statistics that move on every collection never count as a change.
 */
export interface ChangeTracking {
  key(row: unknown): string;
  /** What the object is, for the timeline: e.g. `{ type: "table", name: "app.public.orders" }`. */
  object(row: unknown): { type: string; name: string };
  fields: readonly string[];
  /**
   * Fields of `fields` that older agents did not send: a row without the field says nothing about
   * it, so it is compared only when both rows carry it (an agent upgrade is not a change).
   */
  addedFields?: readonly string[];
  /**
   * Rows of one snapshot that were not collected this time (e.g. a database the agent could not
   * reach): their objects are neither dropped nor created. Returns the scope of each row.
   */
  scope?(row: unknown): string;
  /** Scopes a snapshot covered completely; objects in other scopes are not compared. */
  coveredScopes?(rows: readonly unknown[]): ReadonlySet<string>;
}

export interface SnapshotKindDef {
  /** The engine whose catalog defines it (Valkey targets send Redis's kinds). */
  engine: EngineKind;
  /** Schema of one row; the payload is refused when any row does not match. */
  row: z.ZodType;
  /** Collectors cap their rows at this and set `truncated`. */
  maxRows: number;
  description: string;
  /** `raw` when absent. */
  retention?: SnapshotRetention;
  /** The row field that identifies a row across snapshots, for look-ups by key. */
  rowKey?: string;
  /** Compare each snapshot with the previous one and record what changed. */
  changes?: ChangeTracking;
  /**
   * Rows as a caller without the `query-text.raw` capability may see them (raw statement text
   * replaced by its normalized form). Absent: the rows hold nothing that needs it.
   */
  redactRaw?(row: unknown): unknown;
}
