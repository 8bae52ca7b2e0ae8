import type { AlertTemplateView, TemplateParam } from "@logstag/api-contract";
import { type ParamValue, validateParam } from "./param.utils.ts";

/** One parameter value for one target only. */
export interface OverrideRow {
  targetId: string;
  param: string;
  value: ParamValue;
}

/** The override being composed, before it joins the list. */
export interface OverrideDraft {
  targetId: string | null;
  param: string | null;
  value: ParamValue | undefined;
}

export const EMPTY_OVERRIDE_DRAFT: OverrideDraft = {
  targetId: null,
  param: null,
  value: undefined,
};

type OverrideMap = Record<string, Record<string, ParamValue>>;

/** The API's target id → values map as one row per target and parameter. */
export function overrideRowsFrom(overrides: OverrideMap): OverrideRow[] {
  return Object.entries(overrides).flatMap(([targetId, values]) =>
    Object.entries(values).map(([param, value]) => ({ targetId, param, value })),
  );
}

/** The rows as the API takes them; a later row for the same target and parameter wins. */
export function toOverrides(rows: readonly OverrideRow[]): OverrideMap {
  const out: OverrideMap = {};
  for (const row of rows) out[row.targetId] = { ...out[row.targetId], [row.param]: row.value };
  return out;
}

/** The template's parameters that a target may set for itself. */
export function overridableParams(template: AlertTemplateView): TemplateParam[] {
  return template.params.filter((p) => p.overridable);
}

/** Why the draft cannot be added yet, by field (`target`, `param`, `value`); empty when it can. */
export function validateOverrideDraft(
  draft: OverrideDraft,
  template: AlertTemplateView,
  rows: readonly OverrideRow[],
): Partial<Record<"target" | "param" | "value", string>> {
  const errors: Partial<Record<"target" | "param" | "value", string>> = {};
  if (draft.targetId === null) errors.target = "Pick a target";
  const param = template.params.find((p) => p.name === draft.param);
  if (!param) errors.param = "Pick a parameter";
  else if (!param.overridable) errors.param = `${param.name} cannot be set per target`;
  else {
    const valueError = validateParam(param, draft.value);
    if (valueError) errors.value = valueError;
  }
  if (rows.some((r) => r.targetId === draft.targetId && r.param === draft.param))
    errors.param = "This target already overrides it; remove that one first";
  return errors;
}

/** The draft as a row, or null while it is incomplete or refused. */
export function draftToRow(
  draft: OverrideDraft,
  template: AlertTemplateView,
  rows: readonly OverrideRow[],
): OverrideRow | null {
  if (Object.keys(validateOverrideDraft(draft, template, rows)).length > 0) return null;
  if (draft.targetId === null || draft.param === null || draft.value === undefined) return null;
  return { targetId: draft.targetId, param: draft.param, value: draft.value };
}

/**
 * Why each listed override is refused, by its index: a value the template no longer accepts, or a
 * target outside a rule scoped to chosen targets (it would never be evaluated there).
 */
export function validateOverrideRows(
  rows: readonly OverrideRow[],
  template: AlertTemplateView,
  chosenTargets: readonly string[] | null,
): Record<number, string> {
  const errors: Record<number, string> = {};
  rows.forEach((row, index) => {
    const param = template.params.find((p) => p.name === row.param);
    const problem = !param
      ? `The template has no parameter ${row.param}; remove this override`
      : !param.overridable
        ? `${param.name} cannot be set per target; remove this override`
        : chosenTargets !== null && !chosenTargets.includes(row.targetId)
          ? "This target is not in the rule's scope; add it there or remove this override"
          : validateParam(param, row.value);
    if (problem) errors[index] = problem;
  });
  return errors;
}

/** A value as the list shows it, e.g. "70 %", "yes", "300 s". */
export function describeOverrideValue(param: TemplateParam | undefined, value: ParamValue): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  const unit = param?.type === "duration" ? "s" : (param?.unit ?? "");
  return unit === "" ? String(value) : `${value} ${unit}`;
}
