import { randomUUID } from "node:crypto";

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)] as T;

function junk(rnd: () => number, foreignTargetId: string): Json {
  return pick(rnd, [
    () => null,
    () => true,
    () => -1,
    () => 0,
    () => 1e308,
    () => -1e-308,
    () => "",
    () => "x".repeat(Math.floor(rnd() * 400)),
    () => "\u0000\ud800'\";--",
    () => [],
    () => ({}),
    () => ({ a: { b: { c: [1, 2, { d: null }] } } }),
    () => randomUUID(),
    () => foreignTargetId,
    () => "2999-01-01T00:00:00Z",
    () => "1970-01-01T00:00:00Z",
    () => "2025-13-45T99:99:99Z",
    () => new Date(Date.now() - rnd() * 30 * 86_400_000).toISOString(),
    () => "NaN",
    () => "postgres.connections",
    () => "redis.memory",
    () => ({ name: "postgres.uptime", value: rnd() * 1e6 }),
    () => ({ state: "z".repeat(300) }),
  ])();
}

/** Every container in the document with the path to it. */
function containers(doc: Json): Container[] {
  const out: Container[] = [];
  const walk = (v: Json) => {
    if (v === null || typeof v !== "object") return;
    out.push(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child);
  };
  walk(doc);
  return out;
}

/** One structural change somewhere in the document: drop, replace, add, duplicate or retype. */
export function mutateOnce(doc: Json, rnd: () => number, foreignTargetId: string): void {
  const target = pick(rnd, containers(doc));
  const keys = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target);
  const op = Math.floor(rnd() * 5);
  if (keys.length === 0 || op === 2) {
    if (Array.isArray(target)) target.push(junk(rnd, foreignTargetId));
    else target[`extra${Math.floor(rnd() * 10)}`] = junk(rnd, foreignTargetId);
    return;
  }
  const key = pick(rnd, keys as (string | number)[]);
  const rec = target as Record<string | number, Json>;
  if (op === 0) {
    if (Array.isArray(target)) target.splice(key as number, 1);
    else delete rec[key];
  } else if (op === 1) {
    rec[key] = junk(rnd, foreignTargetId);
  } else if (op === 3 && Array.isArray(target)) {
    target.push(structuredClone(target[key as number] as Json));
  } else {
    const v = rec[key];
    rec[key] = typeof v === "number" ? String(v) : typeof v === "string" ? Number(v) || 0 : null;
  }
}

/** Byte-level damage to a serialized body: a flipped byte, a cut, or an inserted character. */
export function damageText(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * text.length);
  switch (Math.floor(rnd() * 3)) {
    case 0:
      return text.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 128)) + text.slice(at + 1);
    case 1:
      return text.slice(0, at);
    default:
      return `${text.slice(0, at)}${pick(rnd, ["{", "]", '"', ",", "\\", "\u00ff"])}${text.slice(at)}`;
  }
}
