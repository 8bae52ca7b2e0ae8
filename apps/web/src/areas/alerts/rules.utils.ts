import type {
  AlertRule,
  AlertSeverity,
  AlertTemplateView,
  DryRunResponse,
  NoDataPolicyName,
  RuleInput,
  RuleScope,
  RuleTiming,
} from "@logstag/api-contract";
import { type ParamValue, validateParam } from "./param.utils.ts";
import {
  EMPTY_OVERRIDE_DRAFT,
  type OverrideDraft,
  type OverrideRow,
  overrideRowsFrom,
  toOverrides,
  validateOverrideRows,
} from "./rule-overrides.utils.ts";

export type SeverityChoice = AlertSeverity | "off";

export interface RuleForm {
  name: string;
  templateId: string;
  params: Record<string, ParamValue>;
  scopeKind: RuleScope["kind"];
  targetIds: string[];
  /** The tag of a rule scoped by tag. */
  tag: string;
  severities: Partial<Record<AlertSeverity, SeverityChoice>>;
  /** How long the condition must hold before the alert fires; "" keeps the template's `for`. */
  forSeconds: number | "";
  /** How long a firing alert outlives a clear condition; "" keeps the template's. */
  keepFiringForSeconds: number | "";
  /** What a target without data counts as; "" keeps the template's policy. */
  noData: NoDataPolicyName | "";
  /** Parameter values for single targets. */
  overrides: OverrideRow[];
  /** The override being filled in, not yet added to `overrides`. */
  overrideDraft: OverrideDraft;
  enabled: boolean;
}

/** What each no-data policy does, as the form offers it. */
export const NO_DATA_LABELS = {
  ok: "Count as clear",
  keep_last: "Keep the last state",
  alert: "Fire at the lowest severity",
  no_data: "Show a no-data alert",
} as const satisfies Record<NoDataPolicyName, string>;

/** A fresh form for a template: its defaults, all targets, each severity kept as is. */
export function newRuleForm(template: AlertTemplateView): RuleForm {
  return {
    name: template.name,
    templateId: template.id,
    params: Object.fromEntries(template.params.map((p) => [p.name, p.default])),
    scopeKind: "all",
    targetIds: [],
    tag: "",
    severities: Object.fromEntries(template.severities.map((s) => [s, s])),
    forSeconds: "",
    keepFiringForSeconds: "",
    noData: "",
    overrides: [],
    overrideDraft: EMPTY_OVERRIDE_DRAFT,
    enabled: true,
  };
}

/** The form for editing a rule; values the rule does not set fall back to the template's. */
export function ruleFormFrom(rule: AlertRule, template: AlertTemplateView): RuleForm {
  const base = newRuleForm(template);
  return {
    ...base,
    name: rule.name,
    params: { ...base.params, ...rule.params },
    scopeKind: rule.scope.kind,
    targetIds: rule.scope.kind === "targets" ? rule.scope.targetIds : [],
    tag: rule.scope.kind === "tag" ? rule.scope.tag : "",
    severities: { ...base.severities, ...pickSeverities(rule.severities) },
    forSeconds: rule.timing.forSeconds ?? "",
    keepFiringForSeconds: rule.timing.keepFiringForSeconds ?? "",
    noData: rule.timing.noData ?? "",
    overrides: overrideRowsFrom(rule.overrides),
    enabled: rule.enabled,
  };
}

const SEVERITY_CHOICES: readonly SeverityChoice[] = ["critical", "warning", "info", "off"];

function pickSeverities(map: Record<string, string>): RuleForm["severities"] {
  const out: RuleForm["severities"] = {};
  for (const [from, to] of Object.entries(map)) {
    const key = SEVERITY_CHOICES.find((s) => s === from && s !== "off");
    const value = SEVERITY_CHOICES.find((s) => s === to);
    if (key && key !== "off" && value) out[key] = value;
  }
  return out;
}

/**
 * Every refused field of the form, by field name (`name`, `scope`, `param.<name>`, `forSeconds`,
 * `keepFiringForSeconds`, `override.<index>`, `overrideDraft`).
 */
export function validateRuleForm(
  form: RuleForm,
  template: AlertTemplateView,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.name.trim() === "") errors.name = "Give the rule a name";
  if (form.scopeKind === "targets" && form.targetIds.length === 0)
    errors.scope = "Pick at least one target";
  if (form.scopeKind === "tag" && form.tag.trim() === "") errors.scope = "Name the tag";
  for (const param of template.params) {
    const error = validateParam(param, form.params[param.name]);
    if (error) errors[`param.${param.name}`] = error;
  }
  const forError = validateTimingSeconds(form.forSeconds);
  if (forError) errors.forSeconds = forError;
  const keepError = validateTimingSeconds(form.keepFiringForSeconds);
  if (keepError) errors.keepFiringForSeconds = keepError;
  const chosen = form.scopeKind === "targets" ? form.targetIds : null;
  for (const [index, error] of Object.entries(
    validateOverrideRows(form.overrides, template, chosen),
  ))
    errors[`override.${index}`] = error;
  // An override filled in but never added would be lost on save without a word.
  if (form.overrideDraft.targetId !== null || form.overrideDraft.param !== null)
    errors.overrideDraft = "Add this override, or clear it, before saving";
  return errors;
}

/** A timing override is optional; when given, a whole number of seconds up to a day. */
function validateTimingSeconds(value: number | ""): string | null {
  if (value === "") return null;
  if (!Number.isInteger(value)) return "Must be a whole number of seconds";
  if (value < 0) return "At least 0";
  if (value > MAX_FOR_SECONDS) return `At most ${MAX_FOR_SECONDS} (a day)`;
  return null;
}

export const MAX_FOR_SECONDS = 86_400;

function toScope(form: RuleForm): RuleScope {
  switch (form.scopeKind) {
    case "all":
      return { kind: "all" };
    case "targets":
      return { kind: "targets", targetIds: form.targetIds };
    case "tag":
      return { kind: "tag", tag: form.tag.trim() };
  }
}

/** The tags of the given targets, each once, sorted: what a rule scoped by tag can pick from. */
export function knownTags(targets: readonly { tags: readonly string[] }[]): string[] {
  return [...new Set(targets.flatMap((t) => t.tags))].sort();
}

export function toRuleInput(form: RuleForm): RuleInput {
  return {
    name: form.name.trim(),
    templateId: form.templateId,
    params: form.params,
    scope: toScope(form),
    severities: form.severities,
    overrides: toOverrides(form.overrides),
    timing: toTiming(form),
    enabled: form.enabled,
  };
}

/** Only the timing the form sets; the template's values apply to the rest. */
function toTiming(form: RuleForm): RuleTiming {
  const timing: RuleTiming = {};
  if (form.forSeconds !== "") timing.forSeconds = form.forSeconds;
  if (form.keepFiringForSeconds !== "") timing.keepFiringForSeconds = form.keepFiringForSeconds;
  if (form.noData !== "") timing.noData = form.noData;
  return timing;
}

export function describeScope(rule: Pick<AlertRule, "scope" | "engines">): string {
  switch (rule.scope.kind) {
    case "all":
      return `All ${rule.engines.join(", ")} targets`;
    case "targets":
      return `${rule.scope.targetIds.length} target${rule.scope.targetIds.length === 1 ? "" : "s"}`;
    case "tag":
      return `Tag ${rule.scope.tag}`;
  }
}

/** One sentence on what the dry run found. */
export function describeDryRun(result: DryRunResponse): string {
  const assets = `${result.assetsEvaluated} target${result.assetsEvaluated === 1 ? "" : "s"} evaluated`;
  if (result.episodes.length === 0)
    return `Over the last hour this rule would not have fired (${assets}).`;
  const names = [...new Set(result.episodes.map((e) => e.assetName))];
  const times = result.episodes.length === 1 ? "once" : `${result.episodes.length} times`;
  return `Over the last hour this rule would have fired ${times}, on ${names.join(", ")} (${assets}).`;
}
