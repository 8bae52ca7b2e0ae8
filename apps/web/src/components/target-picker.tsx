import type { TargetSummary } from "@logstag/api-contract";
import { Select } from "@mantine/core";
import type { EngineArea } from "../lib/engines/engine-support.ts";
import { isSupportedIn, targetOptions } from "./target-picker.utils.ts";

export function TargetPicker({
  targets,
  isPending,
  area,
  value,
  onChange,
}: {
  targets: readonly TargetSummary[] | undefined;
  isPending: boolean;
  /** Targets of engines the area does not show are listed, disabled. */
  area: EngineArea;
  value: string;
  onChange: (targetId: string) => void;
}) {
  const data = targetOptions(targets ?? [], isSupportedIn(area));
  return (
    <Select
      size="xs"
      w={260}
      aria-label="Target"
      placeholder={isPending ? "Loading targets…" : "Choose a target"}
      data={data}
      value={data.some((option) => option.value === value) ? value : null}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      searchable
      nothingFoundMessage="No target matches"
      data-testid="target-picker"
    />
  );
}
