import type { AlertRule } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { template } from "./alert-test-data.ts";
import {
  describeDryRun,
  describeScope,
  knownTags,
  newRuleForm,
  ruleFormFrom,
  toRuleInput,
  validateRuleForm,
} from "./rules.utils.ts";

const targetA = "00000000-0000-4000-8000-00000000000a";
const targetB = "00000000-0000-4000-8000-00000000000b";

describe("newRuleForm", () => {
  it("starts from the template's defaults, all targets and its own severities", () => {
    expect(newRuleForm(template)).toEqual({
      name: "Connections near the limit",
      templateId: "postgres.connections",
      params: { warning_pct: 80, ignore_idle: false },
      scopeKind: "all",
      targetIds: [],
      tag: "",
      severities: { critical: "critical", warning: "warning" },
      forSeconds: "",
      keepFiringForSeconds: "",
      noData: "",
      overrides: [],
      overrideDraft: { targetId: null, param: null, value: undefined },
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
      overrides: { [targetA]: { warning_pct: 95 } },
      timing: { forSeconds: 0, noData: "alert" },
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
    expect(form.forSeconds).toBe(0);
    expect(form.keepFiringForSeconds).toBe("");
    expect(form.noData).toBe("alert");
    expect(form.overrides).toEqual([{ targetId: targetA, param: "warning_pct", value: 95 }]);
    expect(toRuleInput(form).overrides).toEqual({ [targetA]: { warning_pct: 95 } });
    const byTag = ruleFormFrom({ ...rule, scope: { kind: "tag", tag: "prod" } }, template);
    expect([byTag.scopeKind, byTag.tag]).toEqual(["tag", "prod"]);
    expect(toRuleInput({ ...form, forSeconds: "" }).timing).toEqual({ noData: "alert" });
    expect(toRuleInput({ ...form, forSeconds: 30 }).timing).toEqual({
      noData: "alert",
      forSeconds: 30,
    });
    expect(toRuleInput({ ...form, keepFiringForSeconds: 120, noData: "" }).timing).toEqual({
      forSeconds: 0,
      keepFiringForSeconds: 120,
    });
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
  it("accepts an empty pending time and refuses a negative, fractional or too long one", () => {
    const form = newRuleForm(template);
    expect(validateRuleForm({ ...form, forSeconds: 0 }, template)).toEqual({});
    expect(validateRuleForm({ ...form, forSeconds: -1 }, template)).toEqual({
      forSeconds: "At least 0",
    });
    expect(validateRuleForm({ ...form, forSeconds: 1.5 }, template)).toEqual({
      forSeconds: "Must be a whole number of seconds",
    });
    expect(validateRuleForm({ ...form, forSeconds: 86_401 }, template)).toEqual({
      forSeconds: "At most 86400 (a day)",
    });
  });
  it("checks the keep-firing time like the pending time", () => {
    const form = newRuleForm(template);
    expect(validateRuleForm({ ...form, keepFiringForSeconds: 0 }, template)).toEqual({});
    // An override picked but never added refuses the save rather than vanishing from it.
    const draft = { targetId: targetA, param: null, value: undefined };
    expect(validateRuleForm({ ...form, overrideDraft: draft }, template)).toEqual({
      overrideDraft: "Add this override, or clear it, before saving",
    });
    expect(validateRuleForm({ ...form, keepFiringForSeconds: 2.5 }, template)).toEqual({
      keepFiringForSeconds: "Must be a whole number of seconds",
    });
    expect(validateRuleForm({ ...form, keepFiringForSeconds: 90_000 }, template)).toEqual({
      keepFiringForSeconds: "At most 86400 (a day)",
    });
  });
  it("reports each refused override by its place in the list", () => {
    const form = {
      ...newRuleForm(template),
      overrides: [
        { targetId: targetA, param: "warning_pct", value: 50 },
        { targetId: targetA, param: "ignore_idle", value: 3 },
      ],
    };
    expect(validateRuleForm(form, template)).toEqual({ "override.1": "Must be yes or no" });
    const scoped = { ...form, scopeKind: "targets" as const, targetIds: [targetB] };
    expect(validateRuleForm(scoped, template)["override.0"]).toBe(
      "This target is not in the rule's scope; add it there or remove this override",
    );
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
    const byTag = { ...newRuleForm(template), scopeKind: "tag" as const, tag: " production " };
    expect(toRuleInput(byTag).scope).toEqual({ kind: "tag", tag: "production" });
    expect(validateRuleForm({ ...byTag, tag: " " }, template)).toEqual({ scope: "Name the tag" });
  });
});

describe("knownTags", () => {
  it("lists each tag of the targets once, sorted", () => {
    expect(knownTags([{ tags: ["prod", "eu"] }, { tags: [] }, { tags: ["eu", "cache"] }])).toEqual([
      "cache",
      "eu",
      "prod",
    ]);
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
