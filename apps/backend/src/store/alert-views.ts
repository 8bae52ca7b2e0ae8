import type { InstanceRow } from "./alert-instances.ts";
import type { Queryable } from "./db.ts";

export type AlertViewRow = InstanceRow & { rule_name: string; template_id: string };

export interface AlertFilter {
  view: "active" | "all";
  severity?: string;
  engine?: string;
  ruleId?: string;
  assetId?: string;
  ids?: string[];
}

export async function listAlertViews(
  db: Queryable,
  orgId: string,
  f: AlertFilter,
): Promise<AlertViewRow[]> {
  const { rows } = await db.query<AlertViewRow>(
    `select i.*, r.name as rule_name, r.template_id
       from alert_instances i join alert_rules r on r.org_id = i.org_id and r.id = i.rule_id
      where i.org_id = $1
        and ($2 = 'all' or i.state in ('pending', 'firing', 'no_data'))
        and ($3::text is null or i.severity = $3)
        and ($4::text is null or i.engine = $4)
        and ($5::uuid is null or i.rule_id = $5)
        and ($6::uuid is null or i.asset_id = $6)
        and ($7::uuid[] is null or i.id = any($7::uuid[]))
      order by case i.state when 'firing' then 0 when 'no_data' then 1 when 'pending' then 2 else 3 end,
               case i.severity when 'critical' then 0 when 'warning' then 1 else 2 end,
               i.since desc
      limit 2000`,
    [
      orgId,
      f.view,
      f.severity ?? null,
      f.engine ?? null,
      f.ruleId ?? null,
      f.assetId ?? null,
      f.ids ?? null,
    ],
  );
  return rows;
}

export interface EventRow {
  at: Date;
  event: string;
  state: string;
  severity: string | null;
  value: number | null;
  actor: string | null;
  comment: string | null;
}

export async function listInstanceEvents(
  db: Queryable,
  orgId: string,
  instanceId: string,
): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    `select at, event, state, severity, value, actor, comment from alert_events
      where org_id = $1 and instance_id = $2 order by at desc, id desc limit 500`,
    [orgId, instanceId],
  );
  return rows;
}

export async function acknowledgeInstance(
  db: Queryable,
  orgId: string,
  id: string,
  by: string,
  comment: string | null,
): Promise<void> {
  await db.query(
    `update alert_instances set acked_at = now(), acked_by = $3, ack_comment = $4
      where org_id = $1 and id = $2`,
    [orgId, id, by, comment],
  );
}

/** Assets with a firing alert of a template that mutes its asset (target down). */
export async function listMutedAssets(
  db: Queryable,
  orgId: string,
  mutingTemplates: string[],
): Promise<Set<string>> {
  if (mutingTemplates.length === 0) return new Set();
  const { rows } = await db.query<{ asset_id: string; id: string }>(
    `select i.asset_id, i.id from alert_instances i
       join alert_rules r on r.org_id = i.org_id and r.id = i.rule_id
      where i.org_id = $1 and i.state = 'firing' and r.template_id = any($2::text[])`,
    [orgId, mutingTemplates],
  );
  return new Set(rows.map((r) => r.asset_id));
}

export async function deleteAlertHistoryBefore(db: Queryable, before: Date): Promise<number> {
  const events = await db.query("delete from alert_events where at < $1", [before]);
  const deliveries = await db.query("delete from notification_deliveries where created_at < $1", [
    before,
  ]);
  const instances = await db.query(
    "delete from alert_instances where state in ('resolved', 'inactive') and since < $1",
    [before],
  );
  return (events.rowCount ?? 0) + (deliveries.rowCount ?? 0) + (instances.rowCount ?? 0);
}
