import type { TemplateParam } from "@logstag/api-contract";
import { NumberInput, Select, Switch } from "@mantine/core";
import { describeParamHint, type ParamValue } from "./rules.utils.ts";

/** One template parameter's field, chosen by its type. */
export function ParamInput({
  param,
  value,
  error,
  onChange,
}: {
  param: TemplateParam;
  value: ParamValue | undefined;
  error: string | undefined;
  onChange: (value: ParamValue) => void;
}) {
  const hint = describeParamHint(param);
  const description = [param.description, hint && `(${hint})`].filter(Boolean).join(" ");
  const testId = `param-${param.name}`;
  if (param.type === "boolean")
    return (
      <Switch
        label={param.name}
        description={param.description}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        data-testid={testId}
      />
    );
  if (param.type === "enum")
    return (
      <Select
        label={param.name}
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
      label={param.name}
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
