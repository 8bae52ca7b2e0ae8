import type { HeartbeatRequest, HeartbeatResponse } from "@logstag/protocol";
import { recordAgentHealth } from "../../store/agent-health.ts";
import { BACKEND_VERSION } from "../../version.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";

/** Clock offsets below this are network latency, not skew; stored as 0. */
const OFFSET_NOISE_MS = 1000;

/** Records the agent's own health: version, spool, losses, last error, clock offset. */
export async function recordHeartbeat({
  ctx,
  input,
  receivedAt = new Date(),
}: {
  ctx: Ctx;
  input: HeartbeatRequest;
  receivedAt?: Date;
}): Promise<HeartbeatResponse> {
  const offset = Date.parse(input.sentAt) - receivedAt.getTime();
  const found = await recordAgentHealth(ctx.db, ctx.orgId, {
    agentId: input.agentId.toLowerCase(),
    version: input.agentVersion,
    spoolPayloads: input.spool.payloads,
    spoolBytes: input.spool.bytes,
    spoolOldestAt: input.spool.oldestAt,
    droppedPayloads: input.droppedPayloads,
    lastError: input.lastError,
    clockOffsetMs: Math.abs(offset) < OFFSET_NOISE_MS ? 0 : Math.round(offset),
  });
  // Another organization's agent answers like a missing one.
  if (!found) throw notFound(`agent ${input.agentId}; register the agent again`);
  return { serverTime: receivedAt.toISOString(), backendVersion: BACKEND_VERSION };
}
