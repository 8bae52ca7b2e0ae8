import type { Queryable } from "./db.ts";

export interface AgentHealthUpdate {
  agentId: string;
  version: string;
  spoolPayloads: number;
  spoolBytes: number;
  spoolOldestAt: string | null;
  droppedPayloads: number;
  lastError: string | null;
  clockOffsetMs: number;
}

/** Stores a heartbeat; false when the agent is not one of the organization's. */
export async function recordAgentHealth(
  db: Queryable,
  orgId: string,
  h: AgentHealthUpdate,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `update agents set heartbeat_at = now(), last_seen_at = now(), version = $3,
        spool_payloads = $4, spool_bytes = $5, spool_oldest_at = $6, dropped_payloads = $7,
        last_error = $8, clock_offset_ms = $9
      where org_id = $1 and id = $2`,
    [
      orgId,
      h.agentId,
      h.version,
      h.spoolPayloads,
      h.spoolBytes,
      h.spoolOldestAt,
      h.droppedPayloads,
      h.lastError,
      h.clockOffsetMs,
    ],
  );
  return (rowCount ?? 0) > 0;
}
