import type { Payload } from "@logstag/protocol";
import type { Db } from "../../store/db.ts";
import { resolveSeriesIds, type SeriesKey, seriesKeyString } from "../../store/ingest.ts";

const MAX_CACHED = 1_000_000;

// Series ids never change once created, so each process remembers them; a miss costs one
// round trip that creates what is missing. Only committed ids enter the cache.
const caches = new WeakMap<Db, Map<string, number>>();

/** Labels as canonical JSON (sorted keys), so one label set is always one series. */
export function canonicalLabels(labels: Record<string, string> | undefined): string {
  if (!labels) return "{}";
  const keys = Object.keys(labels);
  if (keys.length <= 1) return JSON.stringify(labels);
  keys.sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, labels[k]])));
}

/** The series id of every sample, per payload and in sample order; creates series seen first. */
export async function resolvePayloadSeries(
  db: Db,
  orgId: string,
  payloads: Payload[],
): Promise<Map<Payload, number[]>> {
  const cache = caches.get(db) ?? new Map<string, number>();
  caches.set(db, cache);
  const out = new Map<Payload, number[]>();
  const missing = new Map<string, { key: SeriesKey; slots: { ids: number[]; at: number }[] }>();
  for (const p of payloads) {
    const ids: number[] = new Array(p.data.metrics.length).fill(-1);
    p.data.metrics.forEach((m, at) => {
      const key: SeriesKey = {
        targetId: p.targetId,
        metric: m.name,
        labels: canonicalLabels(m.labels),
      };
      const k = `${orgId}\u0000${seriesKeyString(key)}`;
      const id = cache.get(k);
      if (id !== undefined) {
        ids[at] = id;
        return;
      }
      const entry = missing.get(k) ?? { key, slots: [] };
      entry.slots.push({ ids, at });
      missing.set(k, entry);
    });
    out.set(p, ids);
  }
  if (missing.size === 0) return out;
  const created = await resolveSeriesIds(
    db,
    orgId,
    [...missing.values()].map((e) => e.key),
  );
  if (cache.size + missing.size > MAX_CACHED) cache.clear();
  for (const [k, { key, slots }] of missing) {
    const id = created.get(seriesKeyString(key));
    if (id === undefined) throw new Error(`series ${seriesKeyString(key)} was not created`);
    cache.set(k, id);
    for (const s of slots) s.ids[s.at] = id;
  }
  return out;
}
