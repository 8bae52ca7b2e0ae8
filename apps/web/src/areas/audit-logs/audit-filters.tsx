import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES } from "@logstag/api-contract";
import { Button, Group, Select, TextInput } from "@mantine/core";
import { useActorsQuery } from "./actors-query.ts";
import {
  describeAction,
  type AuditFilters as Filters,
  isoToLocalInput,
  localInputToIso,
} from "./audit-logs.utils.ts";

const ACTION_OPTIONS = AUDIT_ACTIONS.map((a) => ({ value: a, label: describeAction(a) }));
const RESOURCE_OPTIONS = AUDIT_RESOURCE_TYPES.map((r) => ({
  value: r,
  label: r.replace("_", " "),
}));

export function AuditFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const actors = useActorsQuery();
  const set = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof Filters)[]) if (!next[key]) delete next[key];
    onChange(next);
  };
  const actorOptions = (actors.data ?? []).map((m) => ({ value: m.userId, label: m.email }));
  if (filters.actor && !actorOptions.some((o) => o.value === filters.actor))
    actorOptions.push({ value: filters.actor, label: filters.actor });

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="audit-filters">
      <Select
        label="Actor"
        placeholder="Anyone"
        data={actorOptions}
        value={filters.actor ?? null}
        onChange={(v) => set({ actor: v ?? undefined })}
        searchable
        clearable
        w={240}
        data-testid="audit-filter-actor"
      />
      <Select
        label="Action"
        placeholder="Any action"
        data={ACTION_OPTIONS}
        value={filters.action ?? null}
        onChange={(v) => set({ action: (v as Filters["action"]) ?? undefined })}
        searchable
        clearable
        w={240}
        data-testid="audit-filter-action"
      />
      <Select
        label="Resource"
        placeholder="Any resource"
        data={RESOURCE_OPTIONS}
        value={filters.resourceType ?? null}
        onChange={(v) => set({ resourceType: (v as Filters["resourceType"]) ?? undefined })}
        clearable
        w={160}
      />
      <TextInput
        label="Resource id"
        placeholder="Any"
        defaultValue={filters.resourceId ?? ""}
        onBlur={(e) => set({ resourceId: e.currentTarget.value.trim() || undefined })}
        w={200}
      />
      <TextInput
        type="datetime-local"
        label="From"
        value={isoToLocalInput(filters.from)}
        onChange={(e) => set({ from: localInputToIso(e.currentTarget.value) })}
        w={200}
      />
      <TextInput
        type="datetime-local"
        label="To"
        value={isoToLocalInput(filters.to)}
        onChange={(e) => set({ to: localInputToIso(e.currentTarget.value) })}
        w={200}
      />
      {Object.keys(filters).length > 0 && (
        <Button variant="subtle" size="sm" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
