import type { AlertTemplateView, TemplateParam } from "@logstag/api-contract";

/** A number parameter like a template's threshold, with the given fields changed. */
export function param(overrides: Partial<TemplateParam>): TemplateParam {
  return {
    name: "warning_pct",
    type: "number",
    description: "",
    unit: "%",
    min: 0,
    max: 100,
    default: 80,
    values: null,
    overridable: true,
    ...overrides,
  };
}

export const template: AlertTemplateView = {
  id: "postgres.connections",
  version: 1,
  name: "Connections near the limit",
  summary: "",
  category: "capacity",
  engines: ["postgres"],
  scope: "instance",
  unit: "%",
  params: [param({}), param({ name: "ignore_idle", type: "boolean", default: false, unit: null })],
  severities: ["critical", "warning"],
  signals: {},
  conditions: {},
  forSeconds: 60,
  keepFiringForSeconds: 0,
  noData: "ok",
  mutesAsset: false,
  annotations: { summary: "", description: "", runbook: null },
};
