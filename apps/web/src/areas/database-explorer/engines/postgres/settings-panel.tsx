import type { PostgresSetting } from "@logstag/protocol";
import { SegmentedControl } from "@mantine/core";
import { useMemo, useState } from "react";
import { DataTable } from "../../../../components/data-table.tsx";
import { SnapshotStates } from "../../../../components/snapshot-states.tsx";
import { NoMatch, TableSearch } from "../../../../components/table-search.tsx";
import { SnapshotCard } from "../../snapshot-card.tsx";
import { countSettings, filterSettings, type SettingsView } from "./settings.utils.ts";
import { SETTINGS_COLUMNS } from "./settings-columns.tsx";
import { useSettingsQuery } from "./settings-query.ts";

const NON_DEFAULT_ROW = { background: "var(--mantine-color-yellow-0)" };

export function SettingsPanel({ targetId, now }: { targetId: string; now: Date }) {
  const settings = useSettingsQuery(targetId);
  const [search, setSearch] = useState("");
  const [view, setView] = useState<SettingsView>("all");
  const rows = settings.data?.rows;
  const visible = useMemo(() => filterSettings(rows ?? [], search, view), [rows, search, view]);
  const counts = useMemo(() => countSettings(rows ?? []), [rows]);

  return (
    <SnapshotStates
      query={settings}
      loading="Loading settings…"
      emptyTitle="No settings collected yet"
      emptyDescription="The agent reads pg_settings every 10 minutes; they appear here after its first round."
    >
      {(data) => (
        <SnapshotCard
          snapshot={data}
          now={now}
          controls={
            <>
              <TableSearch
                value={search}
                onChange={setSearch}
                placeholder="Search name, value, category, description"
                label="Search settings"
                testId="settings-search"
              />
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(next) => setView(toView(next))}
                data={[
                  { value: "all", label: `All ${counts.total}` },
                  { value: "changed", label: `Non-default ${counts.changed}` },
                  { value: "pending", label: `Restart pending ${counts.pending}` },
                ]}
                aria-label="Which settings"
              />
            </>
          }
        >
          {visible.length === 0 ? (
            <NoMatch what="setting" />
          ) : (
            <DataTable<PostgresSetting>
              columns={SETTINGS_COLUMNS}
              data={visible}
              getRowId={(row) => row.name}
              initialSorting={[{ id: "name", desc: false }]}
              minWidth={960}
              rowProps={(row) => ({
                style: row.isDefault ? undefined : NON_DEFAULT_ROW,
                "data-testid": "setting-row",
                "data-name": row.name,
                "data-non-default": String(!row.isDefault),
              })}
              testId="settings-table"
            />
          )}
        </SnapshotCard>
      )}
    </SnapshotStates>
  );
}

function toView(value: string): SettingsView {
  return value === "changed" || value === "pending" ? value : "all";
}
