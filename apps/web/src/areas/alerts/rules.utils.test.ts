import type { AlertRule, AlertTemplateView, TemplateParam } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  describeDryRun,
  describeParamHint,
  describeScope,
  newRuleForm,
  ruleFormFrom,
  toRuleInput,
  validateParam,
  validateRuleForm,
} from "./rules.utils.ts";

function param(overrides: Partial<TemplateParam>): TemplateParam {
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

const template: AlertTemplateView = {
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

const targetA = "00000000-0000-4000-8000-00000000000a";

describe("newRuleForm", () => {
  it("starts from the template's defaults, all targets and its own severities", () => {
    expect(newRuleForm(template)).toEqual({
      name: "Connections near the limit",
      templateId: "postgres.connections",
      params: { warning_pct: 80, ignore_idle: false },
      scopeKind: "all",
      targetIds: [],
      severities: { critical: "critical", warning: "warning" },
      enabled: true,
    });
  });
});

describe("ruleFormFrom", () => {
  it("takes the rule's values over the template's", () => {
    const rule: AlertRule = {
      id: targetA,
      name: "Mine",
      templateId: template.id,
      templateVersion: 1,
      templateName: template.name,
      category: "capacity",
      engines: ["postgres"],
      params: { warning_pct: 70 },
      scope: { kind: "targets", targetIds: [targetA] },
      severities: { warning: "off", bogus: "x" },
      overrides: {},
      timing: {},
      enabled: false,
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:00:00Z",
      firing: 0,
      pending: 0,
    };
    const form = ruleFormFrom(rule, template);
    expect(form.params).toEqual({ warning_pct: 70, ignore_idle: false });
    expect(form.scopeKind).toBe("targets");
    expect(form.targetIds).toEqual([targetA]);
    expect(form.severities).toEqual({ critical: "critical", warning: "off" });
    expect(form.enabled).toBe(false);
  });
});

describe("validateParam", () => {
  it("checks numbers against the range", () => {
    expect(validateParam(param({}), 50)).toBeNull();
    expect(validateParam(param({}), -1)).toBe("At least 0");
    expect(validateParam(param({}), 101)).toBe("At most 100");
    expect(validateParam(param({}), undefined)).toBe("Required");
    expect(validateParam(param({}), "")).toBe("Required");
    expect(validateParam(param({}), Number.NaN)).toBe("Must be a number");
  });
  it("wants whole numbers for integers and durations", () => {
    expect(validateParam(param({ type: "integer" }), 1.5)).toBe("Must be a whole number");
    expect(validateParam(param({ type: "duration", max: null }), 300)).toBeNull();
  });
  it("checks booleans and enums", () => {
    expect(validateParam(param({ type: "boolean" }), true)).toBeNull();
    expect(validateParam(param({ type: "boolean" }), "yes")).toBe("Must be yes or no");
    const choice = param({ type: "enum", values: ["a", "b"] });
    expect(validateParam(choice, "a")).toBeNull();
    expect(validateParam(choice, "c")).toBe("Pick one of the values");
  });
});

describe("validateRuleForm and toRuleInput", () => {
  it("reports the name, the scope and each parameter", () => {
    const form = { ...newRuleForm(template), name: " ", scopeKind: "targets" as const };
    form.params = { ...form.params, warning_pct: 200 };
    expect(validateRuleForm(form, template)).toEqual({
      name: "Give the rule a name",
      scope: "Pick at least one target",
      "param.warning_pct": "At most 100",
    });
  });
  it("builds the API input", () => {
    const form = {
      ...newRuleForm(template),
      name: " x ",
      scopeKind: "targets" as const,
      targetIds: [targetA],
    };
    expect(toRuleInput(form)).toEqual({
      name: "x",
      templateId: "postgres.connections",
      params: { warning_pct: 80, ignore_idle: false },
      scope: { kind: "targets", targetIds: [targetA] },
      severities: { critical: "critical", warning: "warning" },
      overrides: {},
      timing: {},
      enabled: true,
    });
    expect(toRuleInput(newRuleForm(template)).scope).toEqual({ kind: "all" });
  });
});

describe("describeParamHint", () => {
  it("shows the unit and the range", () => {
    expect(describeParamHint(param({}))).toBe("%, 0–100");
    expect(describeParamHint(param({ type: "duration", unit: null, min: 60, max: null }))).toBe(
      "seconds, ≥ 60",
    );
    expect(describeParamHint(param({ unit: null, min: null, max: 5 }))).toBe("≤ 5");
    expect(describeParamHint(param({ unit: null, min: null, max: null }))).toBe("");
  });
});

describe("describeScope", () => {
  it("names the scope", () => {
    expect(describeScope({ scope: { kind: "all" }, engines: ["postgres"] })).toBe(
      "All postgres targets",
    );
    expect(describeScope({ scope: { kind: "targets", targetIds: [targetA] }, engines: [] })).toBe(
      "1 target",
    );
    expect(describeScope({ scope: { kind: "tag", tag: "prod" }, engines: [] })).toBe("Tag prod");
  });
});

describe("describeDryRun", () => {
  const base = { from: "", to: "", stepSeconds: 60, assetsEvaluated: 2 };
  const episode = {
    assetId: targetA,
    assetName: "db-1",
    labels: {},
    severity: "warning" as const,
    firedAt: "2026-01-01T00:00:00Z",
    resolvedAt: null,
    peakValue: 90,
  };
  it("says when it would not have fired", () => {
    expect(describeDryRun({ ...base, episodes: [] })).toBe(
      "Over the last hour this rule would not have fired (2 targets evaluated).",
    );
  });
  it("names the targets it would have fired on", () => {
    expect(describeDryRun({ ...base, assetsEvaluated: 1, episodes: [episode, episode] })).toBe(
      "Over the last hour this rule would have fired 2 times, on db-1 (1 target evaluated).",
    );
  });
});
