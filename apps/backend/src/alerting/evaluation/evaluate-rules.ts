import type { InstanceRow, InstanceWrite } from "../../store/alert-instances.ts";
import type { RuleRow } from "../../store/alert-rules.ts";
import {
  INACTIVE,
  type InstanceState,
  type LifecycleEvent,
  NOTIFYING_EVENTS,
  type Observation,
  type Timing,
} from "../lifecycle/alert-state.ts";
import { nextState } from "../lifecycle/next-state.ts";
import { effectiveParams } from "../rules/rule-params.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import { type NoDataPolicy, SEVERITIES, type Severity } from "../templates/template-schema.ts";
import type { AssetSeries } from "./asset-data.ts";
import { evaluateGroup, groupsOf, labelsKeyOf, type SeverityMap } from "./evaluate-asset.ts";
import { renderAnnotations } from "./render-annotations.ts";
import type { RuleAsset } from "./rule-assets.ts";

export interface RulePlan {
  rule: RuleRow;
  template: AlertTemplate;
  assets: RuleAsset[];
}

export interface PendingEvent {
  key: string;
  ruleId: string;
  event: LifecycleEvent;
  state: string;
  severity: string | null;
  value: number | null;
  comment: string | null;
}

export const instanceKey = (ruleId: string, assetId: string, labelsKey: string) =>
  `${ruleId}/${assetId}/${labelsKey}`;

/** The rule's timing: its own overrides, else the template's. */
export function timingOf(
  rule: Pick<RuleRow, "timing" | "severities">,
  template: AlertTemplate,
): Timing {
  const enabled = SEVERITIES.filter(
    (s) => template.conditions[s] && rule.severities[s] !== "off",
  ).map((s) => (rule.severities[s] ?? s) as Severity);
  return {
    forMs: (rule.timing.forSeconds ?? template.spec.for) * 1000,
    keepFiringForMs: (rule.timing.keepFiringForSeconds ?? template.spec.keep_firing_for) * 1000,
    noData: (rule.timing.noData as NoDataPolicy | undefined) ?? template.spec.no_data,
    noDataSeverity: enabled[enabled.length - 1] ?? "warning",
  };
}

const stateOf = (row: InstanceRow | undefined): InstanceState =>
  row
    ? {
        state: row.state,
        severity: row.severity,
        since: row.since.getTime(),
        clearSince: row.clear_since?.getTime() ?? null,
      }
    : INACTIVE;

const ACTIVE = new Set(["pending", "firing", "no_data"]);

/**
 * One evaluation pass over the rules of an organization: the new state of every instance that
 * changed or is active, and the transitions to record. Pure: the caller reads and writes the store.
 */
export function evaluateRules(
  plans: RulePlan[],
  instances: InstanceRow[],
  series: { targets: Map<string, AssetSeries>; agents: Map<string, AssetSeries> },
  now: number,
): { writes: InstanceWrite[]; events: PendingEvent[] } {
  const byKey = new Map(
    instances.map((i) => [instanceKey(i.rule_id, i.asset_id, i.labels_key), i]),
  );
  const writes: InstanceWrite[] = [];
  const events: PendingEvent[] = [];
  const seen = new Set<string>();
  const knownLabels = new Map<string, Record<string, string>[]>();
  for (const i of instances) {
    const k = `${i.rule_id}/${i.asset_id}`;
    const list = knownLabels.get(k);
    if (list) list.push(i.labels);
    else knownLabels.set(k, [i.labels]);
  }

  const step = (
    plan: RulePlan,
    asset: RuleAsset,
    labels: Record<string, string>,
    observe: (active: Severity | null) => {
      observation: Observation;
      value: number | null;
      annotations: () => Record<string, string>;
    },
  ) => {
    const { rule, template } = plan;
    const key = instanceKey(rule.id, asset.id, labelsKeyOf(labels));
    if (seen.has(key)) return;
    seen.add(key);
    const row = byKey.get(key);
    const prev = stateOf(row);
    const active = prev.state === "pending" || prev.state === "firing" ? prev.severity : null;
    const r = observe(active);
    const { next, event } = nextState(prev, r.observation, timingOf(rule, template), now);
    if (!row && next.state === "inactive") return;
    if (row && !event && !ACTIVE.has(next.state)) return;
    const newEpisode = event === "pending" || (event === "firing" && prev.state !== "pending");
    const notifying = event !== null && NOTIFYING_EVENTS.has(event);
    writes.push({
      rule_id: rule.id,
      asset_kind: asset.kind,
      asset_id: asset.id,
      asset_name: asset.name,
      engine: asset.engine,
      labels_key: labelsKeyOf(labels),
      labels,
      state: next.state,
      severity: next.severity,
      since: new Date(next.since),
      clear_since: next.clearSince === null ? null : new Date(next.clearSince),
      value: r.value,
      annotations: r.annotations(),
      episode: (row?.episode ?? 0) + (newEpisode ? 1 : 0),
      evaluated_at: new Date(now),
      changed_at: notifying ? new Date(now) : (row?.changed_at ?? new Date(now)),
      clearAck: notifying || event === "deescalated",
    });
    if (event)
      events.push({
        key,
        ruleId: rule.id,
        event,
        state: next.state,
        severity: next.severity,
        value: r.value,
        comment: null,
      });
  };

  for (const plan of plans) {
    const { rule, template } = plan;
    const severityMap = rule.severities as SeverityMap;
    const inScope = new Set<string>();
    for (const asset of plan.assets) {
      inScope.add(asset.id);
      const signals = template.signals[asset.signalEngine];
      if (!signals) continue;
      const data = (asset.kind === "agent" ? series.agents : series.targets).get(asset.id);
      const params = effectiveParams(template, rule, asset.id);
      const known = knownLabels.get(`${rule.id}/${asset.id}`) ?? [];
      for (const labels of [...groupsOf(signals, data ?? new Map()), ...known]) {
        step(plan, asset, labels, (active) => {
          const g = evaluateGroup({
            template,
            signals,
            params,
            data,
            labels,
            at: now,
            severityMap,
            active,
          });
          return {
            observation: g.observation,
            value: g.value,
            annotations: () =>
              renderAnnotations(template, {
                asset: asset.name,
                engine: asset.engine,
                rule: rule.name,
                severity: g.observation.kind === "match" ? g.observation.severity : null,
                value: g.value,
                labels,
                params,
                signals: g.signals,
              }),
          };
        });
      }
    }
    // An asset that left the rule's scope (or its inventory) resolves what it had open.
    for (const i of instances) {
      if (i.rule_id !== rule.id || inScope.has(i.asset_id) || !ACTIVE.has(i.state)) continue;
      const asset: RuleAsset = {
        kind: i.asset_kind,
        id: i.asset_id,
        name: i.asset_name,
        engine: i.engine,
        signalEngine: "agent",
      };
      step(plan, asset, i.labels, () => ({
        observation: { kind: "clear" },
        value: i.value,
        annotations: () => i.annotations,
      }));
    }
  }
  return { writes, events };
}
