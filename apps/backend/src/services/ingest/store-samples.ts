import type { Payload } from "@logstag/protocol";
import type { Queryable } from "../../store/db.ts";
import {
  insertPoints,
  resolveSeriesIds,
  type SeriesKey,
  seriesKeyString,
} from "../../store/ingest.ts";

/** Labels as canonical JSON (sorted keys), so one label set is always one series. */
export function canonicalLabels(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

export async function storeSamples(
  db: Queryable,
  orgId: string,
  payloads: Payload[],
): Promise<void> {
  const keys = new Map<string, SeriesKey>();
  const samples: { key: string; ts: string; value: number }[] = [];
  for (const p of payloads) {
    for (const m of p.data.metrics) {
      const key: SeriesKey = {
        targetId: p.targetId,
        metric: m.name,
        labels: canonicalLabels(m.labels),
      };
      const k = seriesKeyString(key);
      keys.set(k, key);
      samples.push({ key: k, ts: p.collectedAt, value: m.value });
    }
  }
  if (samples.length === 0) return;
  const ids = await resolveSeriesIds(db, orgId, [...keys.values()]);
  await insertPoints(
    db,
    orgId,
    samples.map((s) => ({ seriesId: ids.get(s.key) as number, ts: s.ts, value: s.value })),
  );
}
