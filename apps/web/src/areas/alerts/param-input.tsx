import type { TemplateParam } from "@logstag/api-contract";
import { NumberInput, Select, Switch } from "@mantine/core";
import { describeParamHint, type ParamValue } from "./param.utils.ts";

/**
 * One template parameter's field, chosen by its type. `asValue` makes it the value field of a
 * per-target override: labelled "Value" with the unit and range, and no description, so it lines up
 * with the target and parameter fields beside it.
 */
export function ParamInput({
  param,
  value,
  error,
  onChange,
  asValue = false,
}: {
  param: TemplateParam;
  value: ParamValue | undefined;
  error: string | undefined;
  onChange: (value: ParamValue) => void;
  asValue?: boolean;
}) {
  const hint = describeParamHint(param);
  const label = asValue ? (hint ? `Value (${hint})` : "Value") : param.name;
  const description = asValue
    ? undefined
    : [param.description, hint && `(${hint})`].filter(Boolean).join(" ");
  const testId = asValue ? "rule-override-value" : `param-${param.name}`;
  if (param.type === "boolean")
    return (
      <Switch
        label={label}
        description={asValue ? undefined : param.description}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        data-testid={testId}
      />
    );
  if (param.type === "enum")
    return (
      <Select
        label={label}
        description={description}
        data={param.values ?? []}
        value={typeof value === "string" ? value : null}
        onChange={(next) => next !== null && onChange(next)}
        error={error}
        data-testid={testId}
      />
    );
  return (
    <NumberInput
      label={label}
      description={description}
      value={typeof value === "number" ? value : ""}
      min={param.min ?? undefined}
      max={param.max ?? undefined}
      allowDecimal={param.type === "number"}
      onChange={(next) => onChange(typeof next === "number" ? next : "")}
      error={error}
      data-testid={testId}
    />
  );
}
