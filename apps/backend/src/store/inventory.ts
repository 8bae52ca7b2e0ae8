import type { EngineKind, TARGET_ROLES } from "@logstag/protocol";

export type InventoryRole = (typeof TARGET_ROLES)[number];

import type { Queryable } from "./db.ts";

export async function upsertAgent(
  db: Queryable,
  orgId: string,
  a: { name: string; hostname: string; version: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into agents (org_id, name, hostname, version, last_seen_at) values ($1, $2, $3, $4, now())
     on conflict (org_id, name) do update set hostname = excluded.hostname, version = excluded.version, last_seen_at = now()
     returning id`,
    [orgId, a.name, a.hostname, a.version],
  );
  return (rows[0] as { id: string }).id;
}

export async function upsertTargets(
  db: Queryable,
  orgId: string,
  agentId: string,
  targets: { name: string; engine: EngineKind; endpoint?: string | undefined }[],
): Promise<{ name: string; id: string }[]> {
  if (targets.length === 0) return [];
  const { rows } = await db.query<{ name: string; id: string }>(
    `insert into targets (org_id, agent_id, name, engine, endpoint)
     select $1, $2, t.name, t.engine, t.endpoint from unnest($3::text[], $4::text[], $5::text[]) as t(name, engine, endpoint)
     on conflict (org_id, agent_id, name) do update set engine = excluded.engine, endpoint = excluded.endpoint
     returning name, id`,
    [
      orgId,
      agentId,
      targets.map((t) => t.name),
      targets.map((t) => t.engine),
      targets.map((t) => t.endpoint ?? null),
    ],
  );
  return rows;
}

export interface AgentRow {
  id: string;
  name: string;
  hostname: string;
  version: string;
  registered_at: Date;
  last_seen_at: Date | null;
  heartbeat_at: Date | null;
  spool_payloads: number | null;
  spool_bytes: string | null;
  spool_oldest_at: Date | null;
  dropped_payloads: string | null;
  last_error: string | null;
  clock_offset_ms: number | null;
}

export async function listAgents(db: Queryable, orgId: string): Promise<AgentRow[]> {
  const { rows } = await db.query<AgentRow>(
    `select id, name, hostname, version, registered_at, last_seen_at, heartbeat_at, spool_payloads,
            spool_bytes, spool_oldest_at, dropped_payloads, last_error, clock_offset_ms
       from agents where org_id = $1 order by name`,
    [orgId],
  );
  return rows;
}

export interface TargetRow {
  id: string;
  name: string;
  engine: EngineKind;
  agent_id: string;
  agent_name: string;
  endpoint: string | null;
  version: string | null;
  role: InventoryRole | null;
  started_at: Date | null;
  last_seen_at: Date | null;
  last_status: string | null;
  last_error: string | null;
  /** Some collector's newest outcome (within the last half hour of data) is an error. */
  degraded: boolean;
}

const TARGET_COLUMNS = `t.id, t.name, t.engine, t.agent_id, a.name as agent_name, t.endpoint, t.version, t.role,
  t.started_at, t.last_seen_at, t.last_status, t.last_error,
  exists (select 1 from collector_status c
           where c.org_id = t.org_id and c.target_id = t.id and not c.ok
             and c.reported_at > t.last_seen_at - interval '30 minutes') as degraded`;

export async function listTargets(db: Queryable, orgId: string): Promise<TargetRow[]> {
  const { rows } = await db.query<TargetRow>(
    `select ${TARGET_COLUMNS} from targets t join agents a on a.org_id = t.org_id and a.id = t.agent_id
      where t.org_id = $1 order by t.name, a.name`,
    [orgId],
  );
  return rows;
}

export async function findTarget(
  db: Queryable,
  orgId: string,
  targetId: string,
): Promise<TargetRow | undefined> {
  const { rows } = await db.query<TargetRow>(
    `select ${TARGET_COLUMNS} from targets t join agents a on a.org_id = t.org_id and a.id = t.agent_id
      where t.org_id = $1 and t.id = $2`,
    [orgId, targetId],
  );
  return rows[0];
}

/** (target id, agent id, engine) of the given targets that belong to the organization. */
export async function findOwnedTargets(
  db: Queryable,
  orgId: string,
  targetIds: string[],
): Promise<{ id: string; agent_id: string; engine: EngineKind }[]> {
  const { rows } = await db.query<{ id: string; agent_id: string; engine: EngineKind }>(
    "select id, agent_id, engine from targets where org_id = $1 and id = any($2::uuid[])",
    [orgId, targetIds],
  );
  return rows;
}

/** Serialises registrations of one organization, so its limits hold under concurrent requests. */
export async function lockOrgInventory(db: Queryable, orgId: string): Promise<void> {
  await db.query("select pg_advisory_xact_lock(3, hashtext($1))", [orgId]);
}

export async function countInventory(
  db: Queryable,
  orgId: string,
): Promise<{ agents: number; targets: number }> {
  const { rows } = await db.query<{ agents: number; targets: number }>(
    `select (select count(*)::int from agents where org_id = $1) as agents,
            (select count(*)::int from targets where org_id = $1) as targets`,
    [orgId],
  );
  return rows[0] ?? { agents: 0, targets: 0 };
}
