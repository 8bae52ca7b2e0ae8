import type {
  AlertRule,
  AlertSeverity,
  AlertTemplateView,
  DryRunResponse,
  RuleInput,
  TemplateParam,
} from "@logstag/api-contract";

export type ParamValue = number | boolean | string;
export type SeverityChoice = AlertSeverity | "off";

export interface RuleForm {
  name: string;
  templateId: string;
  params: Record<string, ParamValue>;
  scopeKind: "all" | "targets";
  targetIds: string[];
  severities: Partial<Record<AlertSeverity, SeverityChoice>>;
  enabled: boolean;
}

/** A fresh form for a template: its defaults, all targets, each severity kept as is. */
export function newRuleForm(template: AlertTemplateView): RuleForm {
  return {
    name: template.name,
    templateId: template.id,
    params: Object.fromEntries(template.params.map((p) => [p.name, p.default])),
    scopeKind: "all",
    targetIds: [],
    severities: Object.fromEntries(template.severities.map((s) => [s, s])),
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
    scopeKind: rule.scope.kind === "targets" ? "targets" : "all",
    targetIds: rule.scope.kind === "targets" ? rule.scope.targetIds : [],
    severities: { ...base.severities, ...pickSeverities(rule.severities) },
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

/** Why a parameter's value is refused, or null when it is acceptable. */
export function validateParam(param: TemplateParam, value: ParamValue | undefined): string | null {
  if (value === undefined || value === "") return "Required";
  switch (param.type) {
    case "boolean":
      return typeof value === "boolean" ? null : "Must be yes or no";
    case "enum":
      return typeof value === "string" && (param.values ?? []).includes(value)
        ? null
        : "Pick one of the values";
    case "number":
    case "integer":
    case "duration": {
      if (typeof value !== "number" || Number.isNaN(value)) return "Must be a number";
      if (param.type !== "number" && !Number.isInteger(value)) return "Must be a whole number";
      if (param.min !== null && value < param.min) return `At least ${param.min}`;
      if (param.max !== null && value > param.max) return `At most ${param.max}`;
      return null;
    }
  }
}

/** Every refused field of the form, by field name (`name`, `scope`, `param.<name>`). */
export function validateRuleForm(
  form: RuleForm,
  template: AlertTemplateView,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.name.trim() === "") errors.name = "Give the rule a name";
  if (form.scopeKind === "targets" && form.targetIds.length === 0)
    errors.scope = "Pick at least one target";
  for (const param of template.params) {
    const error = validateParam(param, form.params[param.name]);
    if (error) errors[`param.${param.name}`] = error;
  }
  return errors;
}

export function toRuleInput(form: RuleForm): RuleInput {
  return {
    name: form.name.trim(),
    templateId: form.templateId,
    params: form.params,
    scope:
      form.scopeKind === "all" ? { kind: "all" } : { kind: "targets", targetIds: form.targetIds },
    severities: form.severities,
    overrides: {},
    timing: {},
    enabled: form.enabled,
  };
}

/** A parameter's unit and range as a hint, e.g. "%, 0–100". */
export function describeParamHint(param: TemplateParam): string {
  const unit = param.type === "duration" ? "seconds" : param.unit;
  const range =
    param.min !== null && param.max !== null
      ? `${param.min}–${param.max}`
      : param.min !== null
        ? `≥ ${param.min}`
        : param.max !== null
          ? `≤ ${param.max}`
          : null;
  return [unit, range].filter((part) => part !== null && part !== "").join(", ");
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
