import { countSamples, everySample, type Payload } from "@logstag/protocol";
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

type Labels = Record<string, string> | undefined;

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
export function canonicalLabels(labels: Labels): string {
  if (!labels) return "{}";
  const keys = Object.keys(labels);
  if (keys.length <= 1) return JSON.stringify(labels);
  keys.sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, labels[k]])));
}

function sameLabels(a: Labels, b: Labels): boolean {
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
  labels: Labels[];
  ids: number[];
}

type PayloadData = Payload["data"];

function shapeOf(data: PayloadData, ids: number[]): Shape {
  const names: string[] = [];
  const labels: Labels[] = [];
  everySample(data, (name, _value, l) => {
    names.push(name);
    labels.push(l);
  });
  return { names, labels, ids };
}

function sameShape(shape: Shape, data: PayloadData): boolean {
  // The samples of a group share one labels object, as do theirs in the shape when it was built
  // from groups: one comparison per group then, not per sample.
  let seen: Labels;
  let seenAs: Labels;
  let count = 0;
  const same = everySample(data, (name, _value, labels, at) => {
    count = at + 1;
    if (name !== shape.names[at]) return false;
    const was = shape.labels[at];
    if (labels === seen && was === seenAs) return true;
    if (!sameLabels(labels, was)) return false;
    seen = labels;
    seenAs = was;
    return true;
  });
  return same && count === shape.names.length;
}

/** A cheap, unambiguous stand-in for canonicalLabels (length-prefixed), used as a cache key only. */
function labelSignature(labels: Labels): string {
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
    if (shape && sameShape(shape, p.data)) {
      out.set(p, shape.ids);
      continue;
    }
    shapes.push([shapeKey, p]);
    const targetKey = `${orgId}/${p.targetId}`;
    const known = cache.byTarget.get(targetKey);
    const ids: number[] = new Array(countSamples(p.data));
    // A group's samples share their labels: the signature is built once per labels object.
    let signed: Labels;
    let signature = "";
    everySample(p.data, (name, _value, labels, at) => {
      if (labels !== signed) {
        signed = labels;
        signature = labelSignature(labels);
      }
      const k = `${name}\u0000${signature}`;
      const id = known?.get(k);
      if (id !== undefined) {
        ids[at] = id;
        return;
      }
      const missKey = `${targetKey}\u0000${k}`;
      const entry = missing.get(missKey) ?? {
        key: { targetId: p.targetId, metric: name, labels: canonicalLabels(labels) },
        slots: [],
      };
      entry.slots.push({ ids, at });
      missing.set(missKey, entry);
    });
    out.set(p, ids);
  }
  if (missing.size > 0) await createMissing(db, orgId, cache, missing, limits);
  for (const [shapeKey, p] of shapes)
    cache.lastShape.set(shapeKey, shapeOf(p.data, out.get(p) as number[]));
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
