import type { TemplateParam } from "@logstag/api-contract";

export type ParamValue = number | boolean | string;

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
