import type { MetricSample } from "@logstag/protocol";

/** INFO fields of every section asked for: `used_memory` → `"966616"`. */
export type Info = ReadonlyMap<string, string>;

/** `# Section` headers and blank lines dropped; a value is everything after the first colon. */
export function parseInfo(reply: unknown): Info {
  const fields = new Map<string, string>();
  if (typeof reply !== "string") return fields;
  for (const raw of reply.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const colon = line.indexOf(":");
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return fields;
}

/** `calls=3,usec=14,usec_per_call=4.67` → its numbers by key. */
export function parseFields(value: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of value.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return fields;
}

/** The number in a field; undefined when the field is missing or not a number. */
export function numberOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Builds samples from [metric, value] pairs, leaving out the values the server did not report. */
export function samples(
  pairs: [name: string, value: number | undefined, labels?: Record<string, string>][],
): MetricSample[] {
  return pairs.flatMap(([name, value, labels]) =>
    value === undefined ? [] : [labels ? { name, value, labels } : { name, value }],
  );
}

/** 1 for `ok`, 0 for anything else (`err`), undefined when absent. */
export function okFlag(value: string | undefined): number | undefined {
  return value === undefined ? undefined : value === "ok" ? 1 : 0;
}

/** INFO fields whose names start with `prefix`, without it: `cmdstat_get` → `get`. */
export function withPrefix(info: Info, prefix: string): [string, string][] {
  return [...info]
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, v]) => [k.slice(prefix.length), v]);
}
