import type { MetricGroup, MetricSample, Payload } from "./payload.ts";

/*
 * A payload's samples travel in either of two forms, or both:
 * - `data.metrics`: one object per sample, `{ name, value, labels? }`;
 * - `data.metricGroups`: one entry per label set, `{ labels?, values: { name: value, … } }`.
 * A collector run shares a few label sets among many samples (a database's 14 counters carry the
 * same `{ database }`), so the grouped form sends each label set once and costs the backend no
 * object per sample to parse. The order of a payload's samples is `metrics` first, then each
 * group's values in their order.
 */

type Labels = Record<string, string>;

/** The agent's encoding: the samples grouped by label set, in order of first appearance. */
export function groupSamples(samples: readonly MetricSample[]): MetricGroup[] {
  const groups: MetricGroup[] = [];
  // Collectors often share one labels object between samples: looked up by identity first.
  const byObject = new Map<Labels, MetricGroup>();
  const bySignature = new Map<string, MetricGroup>();
  for (const s of samples) {
    const labels = s.labels && Object.keys(s.labels).length > 0 ? s.labels : undefined;
    const signature = labels ? labelSetKey(labels) : "";
    let group = labels ? byObject.get(labels) : bySignature.get(signature);
    if (group === undefined && labels) group = bySignature.get(signature);
    // A metric twice under one label set (two points of one series) opens a second group.
    if (group === undefined || Object.hasOwn(group.values, s.name)) {
      // No prototype, so that any name is a plain entry.
      const values: Record<string, number> = Object.create(null);
      group = labels ? { labels, values } : { values };
      groups.push(group);
      bySignature.set(signature, group);
    }
    if (labels) byObject.set(labels, group);
    group.values[s.name] = s.value;
  }
  return groups;
}

/** One string per label set, whatever the order of its keys (length-prefixed: unambiguous). */
function labelSetKey(labels: Labels): string {
  let key = "";
  for (const k of Object.keys(labels).sort()) {
    const v = labels[k] as string;
    key += `${k.length}:${k}${v.length}:${v}`;
  }
  return key;
}

/** How many samples a payload's data carries, in both forms. */
export function countSamples(data: Pick<Payload["data"], "metrics" | "metricGroups">): number {
  let n = data.metrics.length;
  for (const g of data.metricGroups ?? []) for (const _ in g.values) n++;
  return n;
}

/**
 * Calls `visit` for every sample of a payload's data in order (`at` counts from 0), without an
 * object per sample; stops at the first `false`. True when every sample was visited.
 */
export function everySample(
  data: Pick<Payload["data"], "metrics" | "metricGroups">,
  visit: (name: string, value: number, labels: Labels | undefined, at: number) => unknown,
): boolean {
  let at = 0;
  for (const m of data.metrics) if (visit(m.name, m.value, m.labels, at++) === false) return false;
  const groups = data.metricGroups;
  if (!groups) return true;
  for (const g of groups) {
    const { labels, values } = g;
    for (const name in values)
      if (visit(name, values[name] as number, labels, at++) === false) return false;
  }
  return true;
}

/** The samples as objects, one each: for tests and tools, not for the ingest path. */
export function expandSamples(data: Pick<Payload["data"], "metrics" | "metricGroups">) {
  const out: MetricSample[] = [];
  everySample(data, (name, value, labels) => {
    out.push(labels ? { name, value, labels } : { name, value });
  });
  return out;
}
