import type { Payload } from "@logstag/protocol";
import type { TenantLimits } from "../../limits-config.ts";
import type { Db } from "../../store/db.ts";
import {
  findSeriesIds,
  insertSeries,
  type SeriesKey,
  seriesKeyString,
} from "../../store/ingest.ts";
import { checkSeriesLimits } from "./series-limits.ts";

export type SeriesLimits = Pick<TenantLimits, "seriesPerTarget" | "seriesPerOrg">;

const MAX_CACHED = 1_000_000;

type Sample = Payload["data"]["metrics"][number];

interface SeriesCache {
  /** Per organization and target: `metric \0 label signature` → series id. */
  byTarget: Map<string, Map<string, number>>;
  /**
   * Per organization, target and collector: the series (names and labels) of the last payload and
   * their ids. A collector sends the same series in the same order run after run, so most
   * payloads match it sample by sample and need no key at all.
   */
  lastShape: Map<string, Shape>;
  size: number;
}

// Series ids never change once created, so each process remembers them; a miss costs one
// round trip that creates what is missing. Only committed ids enter the cache.
const caches = new WeakMap<Db, SeriesCache>();

/** Labels as canonical JSON (sorted keys), so one label set is always one series. */
export function canonicalLabels(labels: Record<string, string> | undefined): string {
  if (!labels) return "{}";
  const keys = Object.keys(labels);
  if (keys.length <= 1) return JSON.stringify(labels);
  keys.sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, labels[k]])));
}

function sameLabels(a: Sample["labels"], b: Sample["labels"]): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}

// Names and labels only, not the samples: the request's samples are released once stored.
interface Shape {
  names: string[];
  labels: Sample["labels"][];
  ids: number[];
}

function shapeOf(samples: Sample[], ids: number[]): Shape {
  return { names: samples.map((s) => s.name), labels: samples.map((s) => s.labels), ids };
}

function sameShape(shape: Shape, samples: Sample[]): boolean {
  if (shape.names.length !== samples.length) return false;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] as Sample;
    if (s.name !== shape.names[i] || !sameLabels(s.labels, shape.labels[i])) return false;
  }
  return true;
}

/** A cheap, unambiguous stand-in for canonicalLabels (length-prefixed), used as a cache key only. */
function labelSignature(labels: Record<string, string> | undefined): string {
  if (!labels) return "";
  const keys = Object.keys(labels);
  if (keys.length === 1) {
    const k = keys[0] as string;
    return `${k.length}:${k}${labels[k]}`;
  }
  let sig = "";
  for (const k of keys.sort())
    sig += `${k.length}:${k}${(labels[k] as string).length}:${labels[k]}`;
  return sig;
}

/** The series id of every sample, per payload and in sample order; creates series seen first. */
export async function resolvePayloadSeries(
  db: Db,
  orgId: string,
  payloads: Payload[],
  limits: SeriesLimits,
): Promise<Map<Payload, number[]>> {
  const cache = caches.get(db) ?? { byTarget: new Map(), lastShape: new Map(), size: 0 };
  caches.set(db, cache);
  const out = new Map<Payload, number[]>();
  const shapes: [string, Payload][] = [];
  const missing: Missing = new Map();
  for (const p of payloads) {
    const shapeKey = `${orgId}/${p.targetId}/${p.collector}`;
    const shape = cache.lastShape.get(shapeKey);
    if (shape && sameShape(shape, p.data.metrics)) {
      out.set(p, shape.ids);
      continue;
    }
    shapes.push([shapeKey, p]);
    const targetKey = `${orgId}/${p.targetId}`;
    const known = cache.byTarget.get(targetKey);
    const metrics = p.data.metrics;
    const ids: number[] = new Array(metrics.length);
    for (let at = 0; at < metrics.length; at++) {
      const m = metrics[at] as Payload["data"]["metrics"][number];
      const k = `${m.name}\u0000${labelSignature(m.labels)}`;
      const id = known?.get(k);
      if (id !== undefined) {
        ids[at] = id;
        continue;
      }
      const missKey = `${targetKey}\u0000${k}`;
      const entry = missing.get(missKey) ?? {
        key: { targetId: p.targetId, metric: m.name, labels: canonicalLabels(m.labels) },
        slots: [],
      };
      entry.slots.push({ ids, at });
      missing.set(missKey, entry);
    }
    out.set(p, ids);
  }
  if (missing.size > 0) await createMissing(db, orgId, cache, missing, limits);
  for (const [shapeKey, p] of shapes)
    cache.lastShape.set(shapeKey, shapeOf(p.data.metrics, out.get(p) as number[]));
  return out;
}

type Missing = Map<string, { key: SeriesKey; slots: { ids: number[]; at: number }[] }>;

async function createMissing(
  db: Db,
  orgId: string,
  cache: SeriesCache,
  missing: Missing,
  limits: SeriesLimits,
): Promise<void> {
  const keys = [...missing.values()].map((e) => e.key);
  const created = await findSeriesIds(db, orgId, keys);
  const fresh = keys.filter((k) => !created.has(seriesKeyString(k)));
  if (fresh.length > 0) {
    await checkSeriesLimits(db, orgId, fresh, limits);
    await insertSeries(db, orgId, fresh);
    for (const [k, id] of await findSeriesIds(db, orgId, fresh)) created.set(k, id);
  }
  if (cache.size + missing.size > MAX_CACHED) {
    cache.byTarget.clear();
    cache.lastShape.clear();
    cache.size = 0;
  }
  for (const [missKey, { key, slots }] of missing) {
    const id = created.get(seriesKeyString(key));
    if (id === undefined) throw new Error(`series ${seriesKeyString(key)} was not created`);
    const cut = missKey.indexOf("\u0000");
    const targetKey = missKey.slice(0, cut);
    const perTarget = cache.byTarget.get(targetKey) ?? new Map<string, number>();
    cache.byTarget.set(targetKey, perTarget);
    perTarget.set(missKey.slice(cut + 1), id);
    cache.size++;
    for (const s of slots) s.ids[s.at] = id;
  }
}
