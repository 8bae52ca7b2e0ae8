import { ALERT_SEVERITIES, type Alert, type AlertSeverity } from "@logstag/api-contract";
import { Group, SegmentedControl, Select } from "@mantine/core";
import { type AlertListFilters, type AlertStateFilter, distinctOptions } from "./alerts.utils.ts";

const STATE_OPTIONS: { value: AlertStateFilter; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "firing", label: "Firing" },
  { value: "pending", label: "Pending" },
  { value: "recent", label: "With resolved" },
];

function isStateFilter(value: string): value is AlertStateFilter {
  return STATE_OPTIONS.some((option) => option.value === value);
}

function isSeverity(value: string | null): value is AlertSeverity {
  return ALERT_SEVERITIES.some((severity) => severity === value);
}

export function AlertFilters({
  filters,
  alerts,
  onChange,
}: {
  filters: AlertListFilters;
  alerts: readonly Alert[];
  onChange: (filters: AlertListFilters) => void;
}) {
  const engines = distinctOptions(alerts, (a) => ({ value: a.engine, label: a.engine }));
  const targets = distinctOptions(alerts, (a) => ({ value: a.assetId, label: a.assetName }));
  return (
    <Group gap="sm" wrap="wrap" data-testid="alert-filters">
      <SegmentedControl
        size="xs"
        data={STATE_OPTIONS}
        value={filters.state}
        onChange={(value) => isStateFilter(value) && onChange({ ...filters, state: value })}
        data-testid="alert-filter-state"
      />
      <Select
        size="xs"
        w={140}
        placeholder="Any severity"
        clearable
        data={[...ALERT_SEVERITIES]}
        value={filters.severity}
        onChange={(value) => onChange({ ...filters, severity: isSeverity(value) ? value : null })}
        data-testid="alert-filter-severity"
      />
      <Select
        size="xs"
        w={150}
        placeholder="Any engine"
        clearable
        data={withSelected(engines, filters.engine)}
        value={filters.engine}
        onChange={(value) => onChange({ ...filters, engine: value })}
        data-testid="alert-filter-engine"
      />
      <Select
        size="xs"
        w={200}
        placeholder="Any target"
        clearable
        searchable
        data={withSelected(targets, filters.assetId)}
        value={filters.assetId}
        onChange={(value) => onChange({ ...filters, assetId: value })}
        data-testid="alert-filter-target"
      />
    </Group>
  );
}

/** Keeps the chosen value selectable even when the filtered list no longer contains it. */
function withSelected(options: { value: string; label: string }[], selected: string | null) {
  if (selected === null || options.some((o) => o.value === selected)) return options;
  return [...options, { value: selected, label: selected }];
}
