import type { Queryable } from "./db.ts";

export interface DeliveryRow {
  id: string;
  channel_id: string;
  channel_name: string | null;
  policy_id: string | null;
  kind: string;
  instance_ids: string[];
  payload: unknown;
  status: "queued" | "sent" | "failed";
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

export async function insertDelivery(
  db: Queryable,
  orgId: string,
  d: {
    id: string;
    channelId: string;
    policyId: string | null;
    groupKey: string | null;
    kind: string;
    instanceIds: string[];
    payload: unknown;
    status?: "queued" | "sent" | "failed";
    lastError?: string | null;
  },
): Promise<void> {
  await db.query(
    `insert into notification_deliveries (org_id, id, channel_id, policy_id, group_key, kind,
       instance_ids, payload, status, attempts, last_error, sent_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, case when $9 = 'sent' then now() end)`,
    [
      orgId,
      d.id,
      d.channelId,
      d.policyId,
      d.groupKey,
      d.kind,
      d.instanceIds,
      JSON.stringify(d.payload),
      d.status ?? "queued",
      d.status && d.status !== "queued" ? 1 : 0,
      d.lastError ?? null,
    ],
  );
}

/** Locks a queued delivery for sending; undefined when it was sent or given up already. */
export async function claimDelivery(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<(DeliveryRow & { org_id: string }) | undefined> {
  const { rows } = await db.query<DeliveryRow & { org_id: string }>(
    `select d.*, d.org_id, null as channel_name from notification_deliveries d
      where d.org_id = $1 and d.id = $2 and d.status = 'queued' for update`,
    [orgId, id],
  );
  return rows[0];
}

export async function finishDelivery(
  db: Queryable,
  orgId: string,
  id: string,
  outcome: { status: "queued" | "sent" | "failed"; error: string | null },
): Promise<void> {
  await db.query(
    `update notification_deliveries
        set status = $3, attempts = attempts + 1, last_error = coalesce($4, last_error),
            sent_at = case when $3 = 'sent' then now() else sent_at end
      where org_id = $1 and id = $2`,
    [orgId, id, outcome.status, outcome.error],
  );
}

export async function listInstanceDeliveries(
  db: Queryable,
  orgId: string,
  instanceId: string,
): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `select d.id, d.channel_id, c.name as channel_name, d.policy_id, d.kind, d.instance_ids,
            null as payload, d.status, d.attempts, d.last_error, d.created_at, d.sent_at
       from notification_deliveries d
       left join notification_channels c on c.org_id = d.org_id and c.id = d.channel_id
      where d.org_id = $1 and $2::uuid = any(d.instance_ids)
      order by d.created_at desc limit 200`,
    [orgId, instanceId],
  );
  return rows;
}
