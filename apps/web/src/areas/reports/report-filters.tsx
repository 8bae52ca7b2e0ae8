import type { TargetSummary } from "@logstag/api-contract";
import { ENGINE_LABELS, type EngineKind } from "@logstag/protocol";
import { Button, Group, RangeSlider, Select, Stack, Text } from "@mantine/core";
import {
  DEFAULT_REPORT_FILTERS,
  type ReportFilters as Filters,
  hasActiveFilters,
  REPORT_PERIODS,
  type ReportPeriod,
} from "./reports.utils.ts";

export function ReportFilters(props: {
  value: Filters;
  onChange: (next: Filters) => void;
  targets: readonly TargetSummary[];
}) {
  const { value, onChange } = props;
  const engines = [...new Set(props.targets.map((t) => t.engine))];
  return (
    <Group gap="md" align="flex-end" px="md" py="sm" data-testid="report-filters">
      <Select
        size="xs"
        w={220}
        label="Target"
        placeholder="All targets"
        clearable
        searchable
        data={props.targets.map((t) => ({ value: t.id, label: t.name }))}
        value={value.targetId}
        onChange={(targetId) => onChange({ ...value, targetId })}
        data-testid="filter-target"
      />
      <Select
        size="xs"
        w={160}
        label="Engine"
        placeholder="All engines"
        clearable
        data={engines.map((e) => ({ value: e, label: ENGINE_LABELS[e] }))}
        value={value.engine}
        onChange={(engine) => onChange({ ...value, engine: engine as EngineKind | null })}
        data-testid="filter-engine"
      />
      <Stack gap={4} w={220}>
        <Text size="xs" fw={500}>
          Score {value.score[0]}–{value.score[1]}
        </Text>
        <RangeSlider
          size="sm"
          min={0}
          max={100}
          minRange={0}
          value={value.score}
          onChangeEnd={(score) => onChange({ ...value, score })}
          label={null}
          marks={[{ value: 50 }, { value: 75 }, { value: 90 }]}
          aria-label="Score range"
          data-testid="filter-score"
        />
      </Stack>
      <Select
        size="xs"
        w={150}
        label="Period"
        data={REPORT_PERIODS.map((p) => ({ value: p.value, label: p.label }))}
        value={value.period}
        allowDeselect={false}
        onChange={(period) => period && onChange({ ...value, period: period as ReportPeriod })}
        data-testid="filter-period"
      />
      {hasActiveFilters(value) && (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => onChange({ ...DEFAULT_REPORT_FILTERS, period: value.period })}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
