import type { IngestBatch, IngestResult, Payload } from "@logstag/protocol";
import { recordCollectorOutcomes } from "../../store/collector-status.ts";
import { withTransaction } from "../../store/db.ts";
import { claimPayloads, recordTargetObservations, touchAgents } from "../../store/ingest.ts";
import { findOwnedTargets } from "../../store/inventory.ts";
import { enterIngest } from "../../store/rollup-state.ts";
import type { Ctx } from "../context.ts";
import { AppError, badRequest } from "../errors.ts";
import { storeSnapshots } from "../snapshots/store-snapshots.ts";
import { findOverflowingValue, normalizePayload } from "./normalize-payload.ts";
import { collectorOutcomes, observeTargets } from "./observe-targets.ts";
import { preparePayloadDays } from "./payload-days.ts";
import { resolvePayloadSeries, type SeriesLimits } from "./series-ids.ts";
import { asStoreBusy } from "./store-busy.ts";
import { collectPoints, storeSamples } from "./store-samples.ts";
import { ingestGate, timeseriesSettings } from "./timeseries-settings.ts";

/**
 * Stores one agent request in one transaction, answering only after commit: every payload must
 * name a target of the caller's organization (or nothing is stored); payload ids seen before are
 * acknowledged and skipped; payloads older than raw retention are acknowledged and not stored.
 */
export async function ingestBatch({
  ctx,
  input,
  limits,
}: {
  ctx: Ctx;
  input: IngestBatch;
  limits: SeriesLimits;
}): Promise<IngestResult> {
  try {
    return await storeBatch(ctx, input.payloads, limits);
  } catch (err) {
    throw asStoreBusy(err);
  }
}

/**
 * Waits for the organization's turn to write (see IngestGate). The HTTP layer takes it before the
 * request body is read, so a backlog costs no parsing.
 */
export function waitForIngestTurn(ctx: Ctx): Promise<() => void> {
  return ingestGate.acquire(ctx.orgId);
}

async function storeBatch(ctx: Ctx, sent: Payload[], limits: SeriesLimits): Promise<IngestResult> {
  const overflowing = findOverflowingValue(sent);
  if (overflowing) throw badRequest(`${overflowing}: values beyond ±1e300 cannot be stored`);
  const payloads = sent.map(normalizePayload);
  await checkOwnership(ctx, payloads);
  // A payload id twice in one batch is one payload: the first copy.
  const seen = new Set<string>();
  const unique = payloads.filter((p) => !seen.has(p.payloadId) && seen.add(p.payloadId));
  const { raw } = timeseriesSettings().retentionDays;
  const { expired } = await preparePayloadDays(ctx.db, unique, raw);
  const live = unique.filter((p) => !expired.has(p.payloadId));
  const seriesIds = await resolvePayloadSeries(ctx.db, ctx.orgId, live, limits);
  const points = collectPoints(live, seriesIds);
  return withTransaction(ctx.db, async (tx) => {
    const sealedUntil = await enterIngest(tx);
    const fresh = await claimPayloads(tx, ctx.orgId, live);
    const accepted = live.filter((p) => fresh.has(p.payloadId));
    await storeSamples(tx, ctx.orgId, accepted, { points, sealedUntil });
    await storeSnapshots(tx, ctx.orgId, accepted);
    await recordTargetObservations(tx, ctx.orgId, observeTargets(accepted));
    await recordCollectorOutcomes(tx, ctx.orgId, collectorOutcomes(accepted));
    await touchAgents(tx, ctx.orgId, [...new Set(payloads.map((p) => p.agentId))]);
    return {
      accepted: accepted.length + expired.size,
      duplicates: payloads.length - accepted.length - expired.size,
    };
  });
}

async function checkOwnership(ctx: Ctx, payloads: Payload[]): Promise<void> {
  const targetIds = [...new Set(payloads.map((p) => p.targetId))];
  const owned = new Map(
    (await findOwnedTargets(ctx.db, ctx.orgId, targetIds)).map((t) => [t.id, t]),
  );
  payloads.forEach((p, i) => {
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
}
