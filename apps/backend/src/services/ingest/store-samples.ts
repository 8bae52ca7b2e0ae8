import { everySample, type Payload } from "@logstag/protocol";
import type { Tx } from "../../store/db.ts";
import { copyPoints, isoToPgMicros, PointBatch } from "../../store/points-copy.ts";
import { markDirtyHours } from "../../store/rollup-dirty.ts";

export { canonicalLabels } from "./series-ids.ts";

const HOUR_MS = 3_600_000;

/** The points of a request in columns, and which rows came from which payload. */
export interface CollectedPoints {
  batch: PointBatch;
  rows: Map<Payload, { from: number; to: number }>;
}

/**
 * Copies every sample's series id, time and value into columns (from either form, without an
 * object per sample) and empties the payloads' sample lists. Parsed samples are thousands of
 * values per request: released here, before the transaction's round trips, they die young instead
 * of being copied and promoted by the garbage collector while the request waits for the store.
 */
export function collectPoints(
  payloads: Payload[],
  seriesIds: Map<Payload, number[]>,
): CollectedPoints {
  let samples = 0;
  for (const p of payloads) samples += seriesIds.get(p)?.length ?? 0;
  const batch = new PointBatch(samples);
  const rows = new Map<Payload, { from: number; to: number }>();
  for (const p of payloads) {
    const ids = seriesIds.get(p);
    const from = batch.length;
    if (ids && ids.length > 0) {
      const pgMicros = isoToPgMicros(p.collectedAt);
      everySample(p.data, (_name, value, _labels, at) => {
        batch.push(ids[at] as number, pgMicros, value);
      });
    }
    rows.set(p, { from, to: batch.length });
    p.data.metrics.length = 0;
    if (p.data.metricGroups) p.data.metricGroups.length = 0;
  }
  return { batch, rows };
}

/**
 * Writes the points of the accepted payloads with one COPY. Payloads collected before the rollup
 * seal arrive after their minute was rolled up: their (target, hour) is marked for a redo.
 */
export async function storeSamples(
  tx: Tx,
  orgId: string,
  accepted: Payload[],
  opts: { points: CollectedPoints; sealedUntil: Date | null },
): Promise<void> {
  const { batch, rows } = opts.points;
  const keep = new Set(accepted);
  for (const [p, { from, to }] of rows) if (!keep.has(p) && to > from) batch.drop(from, to);
  const late = new Map<string, { targetId: string; hour: Date }>();
  const sealed = opts.sealedUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  for (const p of accepted) {
    const span = rows.get(p);
    if (!span || span.to === span.from) continue;
    const t = Date.parse(p.collectedAt);
    if (t < sealed) {
      const hour = new Date(Math.floor(t / HOUR_MS) * HOUR_MS);
      late.set(`${p.targetId}/${hour.getTime()}`, { targetId: p.targetId, hour });
    }
  }
  await copyPoints(tx, orgId, batch);
  await markDirtyHours(tx, orgId, [...late.values()]);
}
