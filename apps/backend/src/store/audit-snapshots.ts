import type { Queryable } from "./db.ts";

/** Reads of the state before a change, so its audit record can say what it was. */

export async function findAgentSnapshot(
  db: Queryable,
  orgId: string,
  name: string,
): Promise<{ id: string } | undefined> {
  const { rows } = await db.query<{ id: string }>(
    "select id from agents where org_id = $1 and name = $2",
    [orgId, name],
  );
  return rows[0];
}

export interface TargetSnapshot {
  id: string;
  name: string;
  engine: string;
  endpoint: string | null;
}

export async function listTargetSnapshots(
  db: Queryable,
  orgId: string,
  agentId: string,
): Promise<TargetSnapshot[]> {
  const { rows } = await db.query<TargetSnapshot>(
    "select id, name, engine, endpoint from targets where org_id = $1 and agent_id = $2",
    [orgId, agentId],
  );
  return rows;
}
