import type { Value } from "../expression/evaluate-expression.ts";
import { parseDuration } from "../expression/parse-expression.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import type { ParamSpec } from "../templates/template-schema.ts";

export type ParamValues = Record<string, number | boolean | string>;

/** Checks one value against its spec; returns it normalised (durations in seconds) or a reason. */
export function checkParamValue(
  spec: ParamSpec,
  raw: number | boolean | string,
): { ok: true; value: number | boolean | string } | { ok: false; reason: string } {
  switch (spec.type) {
    case "boolean":
      return typeof raw === "boolean"
        ? { ok: true, value: raw }
        : { ok: false, reason: "true or false expected" };
    case "enum":
      return typeof raw === "string" && spec.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, reason: `one of ${spec.values.join(", ")} expected` };
    default: {
      const n = spec.type === "duration" && typeof raw === "string" ? parseDuration(raw) : raw;
      if (typeof n !== "number" || !Number.isFinite(n))
        return {
          ok: false,
          reason: spec.type === "duration" ? "a duration such as 5m expected" : "a number expected",
        };
      if (spec.type === "integer" && !Number.isInteger(n))
        return { ok: false, reason: "an integer expected" };
      if (spec.min !== undefined && n < spec.min)
        return { ok: false, reason: `at least ${spec.min}` };
      if (spec.max !== undefined && n > spec.max)
        return { ok: false, reason: `at most ${spec.max}` };
      return { ok: true, value: n };
    }
  }
}

export interface ParamProblem {
  path: string;
  message: string;
}

/** Validates and normalises a rule's values (and per-target overrides) against its template. */
export function normaliseParams(
  template: AlertTemplate,
  values: ParamValues,
  overrides: Record<string, ParamValues>,
): { params: ParamValues; overrides: Record<string, ParamValues>; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const check = (entries: ParamValues, path: string, forOverride: boolean): ParamValues => {
    const out: ParamValues = {};
    for (const [name, raw] of Object.entries(entries)) {
      const spec = template.spec.params[name];
      if (!spec) {
        problems.push({
          path: `${path}.${name}`,
          message: `template ${template.spec.id} has no parameter ${name}`,
        });
        continue;
      }
      if (forOverride && !spec.overridable) {
        problems.push({
          path: `${path}.${name}`,
          message: `${name} cannot be overridden per target`,
        });
        continue;
      }
      const r = checkParamValue(spec, raw);
      if (r.ok) out[name] = r.value;
      else problems.push({ path: `${path}.${name}`, message: r.reason });
    }
    return out;
  };
  const params = check(values, "params", false);
  const normOverrides: Record<string, ParamValues> = {};
  for (const [targetId, o] of Object.entries(overrides))
    normOverrides[targetId] = check(o, `overrides.${targetId}`, true);
  return { params, overrides: normOverrides, problems };
}

/** Template defaults, then the rule's values, then the target's overrides. */
export function effectiveParams(
  template: AlertTemplate,
  rule: { params: ParamValues; overrides: Record<string, ParamValues> },
  assetId: string,
): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(template.spec.params)) out[name] = spec.default;
  Object.assign(out, rule.params, rule.overrides[assetId] ?? {});
  return out;
}
