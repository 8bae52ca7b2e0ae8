import type { IngestBatch, IngestResult, Payload } from "@logstag/protocol";
import { withTransaction } from "../../store/db.ts";
import { claimPayloads, recordTargetObservations, touchAgents } from "../../store/ingest.ts";
import { findOwnedTargets } from "../../store/inventory.ts";
import type { Ctx } from "../context.ts";
import { AppError } from "../errors.ts";
import { observeTargets } from "./observe-targets.ts";
import { storeSamples } from "./store-samples.ts";

/**
 * Stores one agent request in one transaction: every payload must name a target of the caller's
 * organization (or nothing is stored); payload ids seen before are acknowledged and skipped.
 */
export async function ingestBatch({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: IngestBatch;
}): Promise<IngestResult> {
  const targetIds = [...new Set(input.payloads.map((p) => p.targetId))];
  const owned = new Map(
    (await findOwnedTargets(ctx.db, ctx.orgId, targetIds)).map((t) => [t.id, t]),
  );
  input.payloads.forEach((p, i) => {
    const target = owned.get(p.targetId);
    // Another organization's target answers exactly like a missing one: ids do not leak existence.
    if (!target || target.agent_id !== p.agentId) {
      throw new AppError(
        "not_found",
        `payloads[${i}]: target ${p.targetId} of agent ${p.agentId} not found; register the agent again`,
      );
    }
    if (target.engine !== p.engine) {
      throw new AppError(
        "bad_request",
        `payloads[${i}]: target ${p.targetId} is a ${target.engine} target, not ${p.engine}`,
      );
    }
  });

  return withTransaction(ctx.db, async (tx) => {
    const fresh = await claimPayloads(tx, ctx.orgId, input.payloads);
    const accepted: Payload[] = input.payloads.filter((p) => fresh.has(p.payloadId));
    await storeSamples(tx, ctx.orgId, accepted);
    await recordTargetObservations(tx, ctx.orgId, observeTargets(accepted));
    await touchAgents(tx, ctx.orgId, [...new Set(input.payloads.map((p) => p.agentId))]);
    return { accepted: accepted.length, duplicates: input.payloads.length - accepted.length };
  });
}
