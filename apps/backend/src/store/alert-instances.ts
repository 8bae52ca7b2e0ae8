import type { Queryable } from "./db.ts";

export interface InstanceRow {
  org_id: string;
  id: string;
  rule_id: string;
  asset_kind: "target" | "agent";
  asset_id: string;
  asset_name: string;
  engine: string;
  labels_key: string;
  labels: Record<string, string>;
  state: "inactive" | "pending" | "firing" | "resolved" | "no_data";
  severity: "critical" | "warning" | "info" | null;
  since: Date;
  clear_since: Date | null;
  value: number | null;
  annotations: Record<string, string>;
  episode: number;
  evaluated_at: Date;
  changed_at: Date;
  acked_at: Date | null;
  acked_by: string | null;
  ack_comment: string | null;
}

export type InstanceWrite = Omit<
  InstanceRow,
  "org_id" | "id" | "acked_at" | "acked_by" | "ack_comment"
> & {
  /** Clears the acknowledgement (the state changed). */
  clearAck: boolean;
};

export async function listRuleInstances(
  db: Queryable,
  orgId: string,
  ruleIds: string[],
): Promise<InstanceRow[]> {
  const { rows } = await db.query<InstanceRow>(
    "select * from alert_instances where org_id = $1 and rule_id = any($2::uuid[])",
    [orgId, ruleIds],
  );
  return rows;
}

const COLUMNS = [
  ["rule_id", "uuid"],
  ["asset_kind", "text"],
  ["asset_id", "uuid"],
  ["asset_name", "text"],
  ["engine", "text"],
  ["labels_key", "text"],
  ["labels", "jsonb"],
  ["state", "text"],
  ["severity", "text"],
  ["since", "timestamptz"],
  ["clear_since", "timestamptz"],
  ["value", "float8"],
  ["annotations", "jsonb"],
  ["episode", "int"],
  ["evaluated_at", "timestamptz"],
  ["changed_at", "timestamptz"],
] as const;

/** Writes evaluated instances in one statement; returns their ids by `rule/asset/labels_key`. */
export async function upsertInstances(
  db: Queryable,
  orgId: string,
  writes: InstanceWrite[],
): Promise<Map<string, string>> {
  if (writes.length === 0) return new Map();
  const pick = (w: InstanceWrite, col: (typeof COLUMNS)[number][0]): unknown =>
    col === "labels" || col === "annotations" ? JSON.stringify(w[col]) : w[col];
  const arrays = COLUMNS.map(([col]) => writes.map((w) => pick(w, col)));
  const unnest = COLUMNS.map(([, type], i) => `$${i + 2}::${type}[]`).join(", ");
  const names = COLUMNS.map(([col]) => col);
  const stored = names;
  const { rows } = await db.query<{
    id: string;
    rule_id: string;
    asset_id: string;
    labels_key: string;
  }>(
    `insert into alert_instances (org_id, ${stored.join(", ")})
     select $1, ${stored.map((n) => `w.${n}`).join(", ")}
       from unnest(${unnest}) as w(${names.join(", ")})
     on conflict (org_id, rule_id, asset_id, labels_key) do update set
       ${stored
         .filter((n) => !["rule_id", "asset_id", "labels_key", "asset_kind"].includes(n))
         .map((n) => `${n} = excluded.${n}`)
         .join(",\n       ")}
     returning id, rule_id, asset_id, labels_key`,
    [orgId, ...arrays],
  );
  const ids = new Map(rows.map((r) => [`${r.rule_id}/${r.asset_id}/${r.labels_key}`, r.id]));
  const unacked = writes
    .filter((w) => w.clearAck)
    .map((w) => ids.get(`${w.rule_id}/${w.asset_id}/${w.labels_key}`));
  if (unacked.length > 0)
    await db.query(
      `update alert_instances set acked_at = null, acked_by = null, ack_comment = null
        where org_id = $1 and id = any($2::uuid[]) and acked_at is not null`,
      [orgId, unacked],
    );
  return ids;
}

export interface EventWrite {
  instanceId: string;
  ruleId: string;
  at: Date;
  event: string;
  state: string;
  severity: string | null;
  value: number | null;
  actor: string | null;
  comment: string | null;
}

export async function insertAlertEvents(
  db: Queryable,
  orgId: string,
  events: EventWrite[],
): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `insert into alert_events (org_id, instance_id, rule_id, at, event, state, severity, value, actor, comment)
     select $1, * from unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[],
                              $7::text[], $8::float8[], $9::text[], $10::text[])`,
    [
      orgId,
      events.map((e) => e.instanceId),
      events.map((e) => e.ruleId),
      events.map((e) => e.at),
      events.map((e) => e.event),
      events.map((e) => e.state),
      events.map((e) => e.severity),
      events.map((e) => e.value),
      events.map((e) => e.actor),
      events.map((e) => e.comment),
    ],
  );
}
