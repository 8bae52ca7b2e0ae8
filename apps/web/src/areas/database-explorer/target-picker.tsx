import { ENGINE_LABELS } from "@logstag/protocol";
import { Select } from "@mantine/core";
import { isExplorable } from "./database-explorer.utils.ts";
import { useTargetsQuery } from "./targets-query.ts";

export function TargetPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (targetId: string) => void;
}) {
  const targets = useTargetsQuery();
  const data = (targets.data ?? [])
    .map((target) => ({
      value: target.id,
      label: isExplorable(target)
        ? target.name
        : `${target.name} (${ENGINE_LABELS[target.engine]}, not supported yet)`,
      disabled: !isExplorable(target),
    }))
    .sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.label.localeCompare(b.label));

  return (
    <Select
      size="xs"
      w={260}
      aria-label="Target"
      placeholder={targets.isPending ? "Loading targets…" : "Choose a target"}
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
