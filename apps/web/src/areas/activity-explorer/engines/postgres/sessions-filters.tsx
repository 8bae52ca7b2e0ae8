import { Button, Group, Select } from "@mantine/core";
import { NO_FILTERS, type SessionFilters } from "./sessions.utils.ts";

const LABELS: Record<keyof SessionFilters, string> = {
  state: "State",
  database: "Database",
  user: "User",
  wait: "Wait event",
};

export function SessionsFilters({
  value,
  options,
  onChange,
}: {
  value: SessionFilters;
  options: Record<keyof SessionFilters, string[]>;
  onChange: (next: SessionFilters) => void;
}) {
  const keys = Object.keys(LABELS) as (keyof SessionFilters)[];
  const active = keys.some((key) => value[key] !== null);
  return (
    <Group gap="xs" align="flex-end">
      {keys.map((key) => (
        <Select
          key={key}
          size="xs"
          w={180}
          label={LABELS[key]}
          placeholder="any"
          data={withSelected(options[key], value[key])}
          value={value[key]}
          onChange={(next) => onChange({ ...value, [key]: next })}
          clearable
          searchable
          data-testid={`filter-${key}`}
        />
      ))}
      {active && (
        <Button size="xs" variant="subtle" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}

/** A chosen value stays selectable when the next sample no longer has it. */
function withSelected(options: readonly string[], selected: string | null): string[] {
  return selected === null || options.includes(selected) ? [...options] : [selected, ...options];
}
