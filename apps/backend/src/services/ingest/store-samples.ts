import type { Payload } from "@logstag/protocol";
import type { Tx } from "../../store/db.ts";
import { copyPoints, isoToPgMicros, PointBatch } from "../../store/points-copy.ts";
import { markDirtyHours } from "../../store/rollup-dirty.ts";

export { canonicalLabels } from "./series-ids.ts";

const HOUR_MS = 3_600_000;

/**
 * Writes the samples of the accepted payloads with one COPY. Payloads collected before the rollup
 * seal arrive after their minute was rolled up: their (target, hour) is marked for a redo.
 */
export async function storeSamples(
  tx: Tx,
  orgId: string,
  payloads: Payload[],
  opts: { seriesIds: Map<Payload, number[]>; sealedUntil: Date | null },
): Promise<void> {
  let samples = 0;
  for (const p of payloads) samples += p.data.metrics.length;
  const batch = new PointBatch(samples);
  const late = new Map<string, { targetId: string; hour: Date }>();
  const sealed = opts.sealedUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  for (const p of payloads) {
    const ids = opts.seriesIds.get(p);
    if (!ids || ids.length === 0) continue;
    const pgMicros = isoToPgMicros(p.collectedAt);
    const metrics = p.data.metrics;
    for (let i = 0; i < metrics.length; i++)
      batch.push(ids[i] as number, pgMicros, (metrics[i] as { value: number }).value);
    const t = Date.parse(p.collectedAt);
    if (t < sealed) {
      const hour = new Date(Math.floor(t / HOUR_MS) * HOUR_MS);
      late.set(`${p.targetId}/${hour.getTime()}`, { targetId: p.targetId, hour });
    }
  }
  await copyPoints(tx, orgId, batch);
  await markDirtyHours(tx, orgId, [...late.values()]);
}
