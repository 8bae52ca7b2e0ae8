import type { AlertTemplateView } from "@logstag/api-contract";
import type { AlertTemplate } from "../../alerting/templates/alert-template.ts";
import { SEVERITIES } from "../../alerting/templates/template-schema.ts";

export function toTemplateView(t: AlertTemplate): AlertTemplateView {
  const s = t.spec;
  return {
    id: s.id,
    version: s.version,
    name: s.name,
    summary: s.summary,
    category: s.category,
    engines: s.engines,
    scope: s.scope,
    unit: s.unit,
    params: Object.entries(s.params).map(([name, p]) => ({
      name,
      type: p.type,
      description: p.description,
      unit: p.type === "duration" ? "seconds" : (p.unit ?? null),
      min: "min" in p && p.min !== undefined ? p.min : null,
      max: "max" in p && p.max !== undefined ? p.max : null,
      default: p.default,
      values: p.type === "enum" ? p.values : null,
      overridable: p.overridable,
    })),
    severities: SEVERITIES.filter((sev) => s.conditions[sev]),
    signals: Object.fromEntries(
      Object.entries(s.signals).map(([engine, sig]) => {
        const { group_by, ...expressions } = sig ?? { group_by: [] };
        return [engine, { groupBy: group_by, expressions: expressions as Record<string, string> }];
      }),
    ),
    conditions: Object.fromEntries(
      Object.entries(s.conditions).map(([sev, c]) => [
        sev,
        {
          when: c.when,
          recoverBelow: c.recover_below ?? null,
          recoverAbove: c.recover_above ?? null,
        },
      ]),
    ),
    forSeconds: s.for,
    keepFiringForSeconds: s.keep_firing_for,
    noData: s.no_data,
    mutesAsset: s.mutes_asset,
    annotations: {
      summary: s.annotations.summary,
      description: s.annotations.description,
      runbook: s.annotations.runbook ?? null,
    },
  };
}
