import type { Payload } from "@logstag/protocol";
import type { CollectorOutcome } from "../../store/collector-status.ts";
import type { TargetObservation } from "../../store/ingest.ts";

const UNREACHABLE = new Set(["connection", "timeout"]);

/**
 * The newest payload of each target decides its status: "error" only when the target could not be
 * reached (a missing privilege leaves it up, with the error shown). Inventory facts come from
 * whichever payload carries them.
 */
export function observeTargets(payloads: Payload[]): TargetObservation[] {
  const byTarget = new Map<string, TargetObservation>();
  const sorted = [...payloads].sort(
    (a, b) => Date.parse(a.collectedAt) - Date.parse(b.collectedAt),
  );
  for (const p of sorted) {
    const prev = byTarget.get(p.targetId);
    const inv = p.data.inventory;
    byTarget.set(p.targetId, {
      targetId: p.targetId,
      seenAt: p.collectedAt,
      status: p.error && UNREACHABLE.has(p.error.kind) ? "error" : "ok",
      error: p.error ? `${p.collector}: ${p.error.message}` : null,
      version: inv?.engineVersion ?? prev?.version ?? null,
      role: inv?.role ?? prev?.role ?? null,
      startedAt: inv?.startedAt ?? prev?.startedAt ?? null,
    });
  }
  return [...byTarget.values()];
}

/** The newest outcome of each (target, collector) in the batch: one row each for the store. */
export function collectorOutcomes(payloads: Payload[]): CollectorOutcome[] {
  const newest = new Map<string, CollectorOutcome>();
  for (const p of payloads) {
    const key = `${p.targetId}\u0000${p.collector}`;
    const seen = newest.get(key);
    if (seen && Date.parse(seen.reportedAt) > Date.parse(p.collectedAt)) continue;
    newest.set(key, {
      targetId: p.targetId,
      collector: p.collector,
      reportedAt: p.collectedAt,
      ok: p.status === "ok",
      error: p.error ? `${p.error.kind}: ${p.error.message}` : null,
    });
  }
  return [...newest.values()];
}
