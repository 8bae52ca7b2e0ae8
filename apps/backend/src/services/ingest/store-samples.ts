import type { Payload } from "@logstag/protocol";
import type { Tx } from "../../store/db.ts";
import { copyPoints, isoToPgMicros, type PointRow } from "../../store/points-copy.ts";
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
  const rows: PointRow[] = [];
  const late = new Map<string, { targetId: string; hour: Date }>();
  const sealed = opts.sealedUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  for (const p of payloads) {
    const ids = opts.seriesIds.get(p);
    if (!ids || ids.length === 0) continue;
    const pgMicros = isoToPgMicros(p.collectedAt);
    p.data.metrics.forEach((m, i) => {
      rows.push({ seriesId: ids[i] as number, pgMicros, value: m.value });
    });
    const t = Date.parse(p.collectedAt);
    if (t < sealed) {
      const hour = new Date(Math.floor(t / HOUR_MS) * HOUR_MS);
      late.set(`${p.targetId}/${hour.getTime()}`, { targetId: p.targetId, hour });
    }
  }
  // Index order: neighbouring rows land on the same index pages.
  rows.sort((a, b) => a.seriesId - b.seriesId || a.pgMicros - b.pgMicros);
  await copyPoints(tx, orgId, rows);
  await markDirtyHours(tx, orgId, [...late.values()]);
}
