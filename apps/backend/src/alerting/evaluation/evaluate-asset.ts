import {
  type EvalEnv,
  evaluate,
  toNumber,
  toTruth,
  type Value,
} from "../expression/evaluate-expression.ts";
import type { SeriesData } from "../expression/series-window.ts";
import type { Observation } from "../lifecycle/alert-state.ts";
import { type ConditionResult, classify } from "../lifecycle/classify.ts";
import type { AlertTemplate, CompiledSignals } from "../templates/alert-template.ts";
import { SEVERITIES, type Severity } from "../templates/template-schema.ts";
import { type AssetSeries, staleMsOf } from "./asset-data.ts";

export type SeverityMap = Partial<Record<Severity, Severity | "off">>;

export interface GroupResult {
  labels: Record<string, string>;
  labelsKey: string;
  /** In the rule's severities (after the mapping). */
  observation: Observation;
  value: number | null;
  signals: Record<string, Value>;
}

export function labelsKeyOf(labels: Record<string, string>): string {
  return JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]]),
  );
}

/** The label sets the asset's series give the template's group_by keys. */
export function groupsOf(signals: CompiledSignals, data: AssetSeries): Record<string, string>[] {
  if (signals.groupBy.length === 0) return [{}];
  const groups = new Map<string, Record<string, string>>();
  for (const metric of signals.metrics.keys()) {
    for (const s of data.get(metric) ?? []) {
      if (!signals.groupBy.every((k) => s.labels[k] !== undefined)) continue;
      const labels = Object.fromEntries(signals.groupBy.map((k) => [k, s.labels[k] as string]));
      groups.set(labelsKeyOf(labels), labels);
    }
  }
  return [...groups.values()];
}

/** The template severity an instance is active at, from the rule severity it holds. */
function templateSeverityOf(active: Severity | null, map: SeverityMap): Severity | null {
  if (!active) return null;
  for (const s of SEVERITIES) if ((map[s] ?? s) === active) return s;
  return null;
}

const EMPTY: readonly SeriesData[] = [];

/** Evaluates one asset for one group of labels at `at`. */
export function evaluateGroup(opts: {
  template: AlertTemplate;
  signals: CompiledSignals;
  params: Record<string, Value>;
  data: AssetSeries | undefined;
  labels: Record<string, string>;
  at: number;
  severityMap: SeverityMap;
  active: Severity | null;
}): GroupResult {
  const env: EvalEnv = {
    at: opts.at,
    labels: opts.labels,
    series: (m) => opts.data?.get(m) ?? EMPTY,
    staleMs: staleMsOf,
    params: opts.params,
    signals: opts.signals.exprs,
    memo: new Map(),
  };
  const num = (e: Parameters<typeof evaluate>[0] | undefined) =>
    e ? toNumber(evaluate(e, env)) : null;
  const value = toNumber(evaluate(opts.signals.exprs.value as Parameters<typeof evaluate>[0], env));
  env.memo.set("value", value);
  const results: ConditionResult[] = [];
  for (const severity of SEVERITIES) {
    const c = opts.template.conditions[severity];
    if (!c || opts.severityMap[severity] === "off") continue;
    const when = toTruth(evaluate(c.when, env));
    results.push({
      severity,
      when,
      recoverBelow: num(c.recoverBelow),
      recoverAbove: num(c.recoverAbove),
    });
  }
  let observation = classify(results, value, templateSeverityOf(opts.active, opts.severityMap));
  if (observation.kind === "match") {
    const mapped = opts.severityMap[observation.severity] ?? observation.severity;
    observation = { kind: "match", severity: mapped === "off" ? observation.severity : mapped };
  }
  const signals: Record<string, Value> = {};
  for (const name of Object.keys(opts.signals.exprs))
    signals[name] =
      env.memo.get(name) ??
      evaluate(opts.signals.exprs[name] as Parameters<typeof evaluate>[0], env);
  return { labels: opts.labels, labelsKey: labelsKeyOf(opts.labels), observation, value, signals };
}
