import type { Payload } from "@logstag/protocol";

// NUL and unpaired UTF-16 surrogates are valid in JSON strings but not in PostgreSQL text or jsonb.
const UNSTORABLE_SOURCE =
  "\\u0000|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
const UNSTORABLE = new RegExp(UNSTORABLE_SOURCE);
const UNSTORABLE_ALL = new RegExp(UNSTORABLE_SOURCE, "g");

const clean = (s: string): string => (UNSTORABLE.test(s) ? s.replace(UNSTORABLE_ALL, "\ufffd") : s);

function cleanLabels(labels: Record<string, string> | undefined) {
  if (!labels) return labels;
  let dirty = false;
  for (const k in labels) {
    if (UNSTORABLE.test(k) || UNSTORABLE.test(labels[k] as string)) dirty = true;
  }
  if (!dirty) return labels;
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [clean(k), clean(v)]));
}

/**
 * The same array when every item's labels are storable (nearly always): no copy of thousands of
 * samples. Items are samples or groups; a group's labels are cleaned once for all its samples.
 */
function withCleanLabels<T extends { labels?: Record<string, string> | undefined }>(
  items: T[],
): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const labels = cleanLabels(item.labels);
    if (labels === item.labels) {
      if (out) out.push(item);
      continue;
    }
    out ??= items.slice(0, i);
    out.push({ ...item, labels });
  }
  return out ?? items;
}

/**
 * One spelling per value before anything is compared or stored: UUIDs in lower case (the store
 * compares them as values, this code as text), and characters PostgreSQL cannot store replaced
 * by U+FFFD, so a stray byte in an error message or a label never fails a whole batch.
 */
export function normalizePayload(p: Payload): Payload {
  const inv = p.data.inventory;
  return {
    ...p,
    payloadId: p.payloadId.toLowerCase(),
    agentId: p.agentId.toLowerCase(),
    targetId: p.targetId.toLowerCase(),
    ...(p.error ? { error: { ...p.error, message: clean(p.error.message) } } : {}),
    data: {
      ...p.data,
      metrics: withCleanLabels(p.data.metrics),
      ...(p.data.metricGroups ? { metricGroups: withCleanLabels(p.data.metricGroups) } : {}),
      ...(inv
        ? {
            inventory: {
              ...inv,
              engineVersion: clean(inv.engineVersion),
              ...(inv.host !== undefined ? { host: clean(inv.host) } : {}),
            },
          }
        : {}),
    },
  };
}

/** Far beyond any real measurement, and far enough from the float8 limit that sums never overflow. */
export const MAX_ABS_VALUE = 1e300;

/** The path of the first sample whose value could overflow sums in the store, if any. */
export function findOverflowingValue(payloads: readonly Payload[]): string | undefined {
  const overflows = (v: number) => Math.abs(v) > MAX_ABS_VALUE;
  for (const [i, p] of payloads.entries()) {
    const j = p.data.metrics.findIndex((m) => overflows(m.value));
    if (j >= 0) return `payloads[${i}].data.metrics[${j}].value`;
    for (const [g, { values }] of (p.data.metricGroups ?? []).entries()) {
      for (const name in values)
        if (overflows(values[name] as number))
          return `payloads[${i}].data.metricGroups[${g}].values.${name}`;
    }
  }
  return undefined;
}
