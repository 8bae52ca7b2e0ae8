import {
  listAlertAgents,
  listAlertTargets,
  listCollectorFacts,
  readAlertPoints,
} from "../../store/alert-assets.ts";
import type { RuleRow } from "../../store/alert-rules.ts";
import type { Db } from "../../store/db.ts";
import { INACTIVE, type InstanceState } from "../lifecycle/alert-state.ts";
import { nextState } from "../lifecycle/next-state.ts";
import { effectiveParams } from "../rules/rule-params.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import { signalEngineOf } from "../templates/compile-template.ts";
import type { Severity } from "../templates/template-schema.ts";
import { type AssetSeries, buildAgentSeries, buildTargetSeries } from "./asset-data.ts";
import { evaluateGroup, groupsOf, labelsKeyOf, type SeverityMap } from "./evaluate-asset.ts";
import { timingOf } from "./evaluate-rules.ts";
import { metricLookbacks } from "./lookback.ts";
import { type RuleAsset, ruleAssets } from "./rule-assets.ts";

export type ReplayRule = Pick<
  RuleRow,
  "id" | "scope" | "params" | "overrides" | "severities" | "timing"
>;

export interface ReplayData {
  assets: RuleAsset[];
  series: (asset: RuleAsset) => AssetSeries | undefined;
}

/** Loads what a replay of `rule` over [from, to] reads: its assets and their series. */
export async function loadReplayData(
  db: Db,
  orgId: string,
  rule: ReplayRule,
  template: AlertTemplate,
  from: Date,
  to: Date,
): Promise<ReplayData> {
  const [targets, agents] = await Promise.all([
    listAlertTargets(db, orgId),
    listAlertAgents(db, orgId),
  ]);
  const assets = ruleAssets(rule, template, targets, agents, signalEngineOf);
  if (assets[0]?.kind === "agent") {
    const agentSeries = buildAgentSeries(agents, targets, await listCollectorFacts(db, orgId));
    return { assets, series: (a) => agentSeries.get(a.id) };
  }
  const since = new Map(
    [...metricLookbacks(rule, template)]
      .filter(([m]) => !m.startsWith("target."))
      .map(([m, ms]) => [m, new Date(from.getTime() - ms)]),
  );
  const points = await readAlertPoints(db, orgId, {
    targetIds: assets.map((a) => a.id),
    since,
    until: to,
  });
  const targetSeries = buildTargetSeries(points, targets);
  return { assets, series: (a) => targetSeries.get(a.id) };
}

export interface ReplayEpisode {
  asset: RuleAsset;
  labels: Record<string, string>;
  severity: Severity;
  firedAt: number;
  resolvedAt: number | null;
  peakValue: number | null;
}

/** Steps the rule's lifecycle through time: where it would have fired, and when it would have resolved. */
export function replayRule(
  rule: ReplayRule,
  template: AlertTemplate,
  data: ReplayData,
  from: number,
  to: number,
  stepMs: number,
): ReplayEpisode[] {
  const episodes: ReplayEpisode[] = [];
  const timing = timingOf(rule, template);
  for (const asset of data.assets) {
    const signals = template.signals[asset.signalEngine];
    if (!signals) continue;
    const series = data.series(asset);
    const params = effectiveParams(template, rule, asset.id);
    for (const labels of groupsOf(signals, series ?? new Map())) {
      let state: InstanceState = INACTIVE;
      let open: ReplayEpisode | undefined;
      for (let at = from; at <= to; at += stepMs) {
        const active =
          state.state === "pending" || state.state === "firing" ? state.severity : null;
        const g = evaluateGroup({
          template,
          signals,
          params,
          data: series,
          labels,
          at,
          severityMap: rule.severities as SeverityMap,
          active,
        });
        const { next, event } = nextState(state, g.observation, timing, at);
        state = next;
        if (event === "firing") {
          open = {
            asset,
            labels,
            severity: next.severity ?? "warning",
            firedAt: at,
            resolvedAt: null,
            peakValue: g.value,
          };
          episodes.push(open);
        } else if (open && state.state === "firing") {
          if (g.value !== null && (open.peakValue === null || g.value > open.peakValue))
            open.peakValue = g.value;
          if (next.severity && next.severity !== open.severity && event === "escalated")
            open.severity = next.severity;
        } else if (open && event === "resolved") {
          open.resolvedAt = at;
          open = undefined;
        }
      }
    }
  }
  return episodes.sort(
    (a, b) => a.firedAt - b.firedAt || labelsKeyOf(a.labels).localeCompare(labelsKeyOf(b.labels)),
  );
}
