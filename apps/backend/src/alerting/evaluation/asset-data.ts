import { DEFAULT_INTERVAL_SECONDS, findMetric } from "@logstag/protocol";
import type { AssetAgent, AssetTarget, CollectorFact, PointRow } from "../../store/alert-assets.ts";
import type { SeriesData } from "../expression/series-window.ts";

/** Every series of every metric on one asset. */
export type AssetSeries = Map<string, SeriesData[]>;

const MIN_STALE_MS = 90_000;

/** A bare reference counts the newest sample only while it is fresher than three collection intervals. */
export function staleMsOf(metric: string): number {
  const def = findMetric(metric);
  if (!def) return Number.POSITIVE_INFINITY;
  return Math.max(MIN_STALE_MS, 3 * DEFAULT_INTERVAL_SECONDS[def.group] * 1000);
}

function push(assets: Map<string, AssetSeries>, assetId: string, metric: string, s: SeriesData) {
  let byMetric = assets.get(assetId);
  if (!byMetric) {
    byMetric = new Map();
    assets.set(assetId, byMetric);
  }
  const list = byMetric.get(metric);
  if (list) list.push(s);
  else byMetric.set(metric, [s]);
}

/** Stored points grouped per target, metric and label set, plus the derived `target.*` metrics. */
export function buildTargetSeries(
  points: PointRow[],
  targets: AssetTarget[],
): Map<string, AssetSeries> {
  const assets = new Map<string, AssetSeries>();
  let current: { key: object; samples: { t: number; v: number }[] } | undefined;
  for (const p of points) {
    // Rows come ordered by series; the labels object is shared by every point of one series.
    const key = p.labels;
    if (current?.key !== key) {
      current = { key, samples: [] };
      push(assets, p.target_id, p.metric, { labels: p.labels, samples: current.samples });
    }
    current.samples.push({ t: p.t, v: p.value });
  }
  for (const t of targets) {
    if (!t.last_seen_at) continue;
    push(assets, t.id, "target.reachable", {
      labels: {},
      samples: [{ t: t.last_seen_at.getTime(), v: t.last_status === "error" ? 0 : 1 }],
    });
  }
  return assets;
}

/** The derived `agent.*` metrics of each agent, labelled by target name and collector. */
export function buildAgentSeries(
  agents: AssetAgent[],
  targets: AssetTarget[],
  facts: CollectorFact[],
): Map<string, AssetSeries> {
  const assets = new Map<string, AssetSeries>();
  const targetById = new Map(targets.map((t) => [t.id, t]));
  for (const a of agents) {
    if (a.last_seen_at)
      push(assets, a.id, "agent.heartbeat", {
        labels: {},
        samples: [{ t: a.last_seen_at.getTime(), v: 1 }],
      });
  }
  for (const f of facts) {
    const target = targetById.get(f.target_id);
    if (!target) continue;
    const labels = { target: target.name, collector: f.collector };
    const t = f.reported_at.getTime();
    if (f.failed !== null)
      push(assets, target.agent_id, "agent.collector_failing", {
        labels,
        samples: [{ t, v: f.failed ? 1 : 0 }],
      });
    if (f.missing !== null)
      push(assets, target.agent_id, "agent.missing_privileges", {
        labels,
        samples: [{ t, v: f.missing }],
      });
  }
  return assets;
}
