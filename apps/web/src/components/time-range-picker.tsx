import { SegmentedControl } from "@mantine/core";
import { TIME_RANGES, type TimeRangeKey } from "../lib/time-range.ts";

const DATA = TIME_RANGES.map((range) => ({ value: range.key, label: range.label }));

export function TimeRangePicker({
  value,
  onChange,
}: {
  value: TimeRangeKey;
  onChange: (value: TimeRangeKey) => void;
}) {
  return (
    <SegmentedControl
      size="xs"
      data={DATA}
      value={value}
      onChange={(next) => {
        const range = TIME_RANGES.find((r) => r.key === next);
        if (range) onChange(range.key);
      }}
      aria-label="Time range"
      data-testid="time-range-picker"
    />
  );
}
