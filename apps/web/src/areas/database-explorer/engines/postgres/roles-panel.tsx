import type { PostgresRole } from "@logstag/protocol";
import { Switch, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { DataTable } from "../../../../components/data-table.tsx";
import { SnapshotStates } from "../../../../components/snapshot-states.tsx";
import { SnapshotCard } from "../../snapshot-card.tsx";
import { filterRoles } from "./roles.utils.ts";
import { ROLES_COLUMNS } from "./roles-columns.tsx";
import { useRolesQuery } from "./roles-query.ts";

export function RolesPanel({ targetId, now }: { targetId: string; now: Date }) {
  const roles = useRolesQuery(targetId);
  const [showPredefined, setShowPredefined] = useState(false);
  const rows = roles.data?.rows;
  const visible = useMemo(() => filterRoles(rows ?? [], showPredefined), [rows, showPredefined]);

  return (
    <SnapshotStates
      query={roles}
      loading="Loading roles…"
      emptyTitle="No roles collected yet"
      emptyDescription="The agent reads the roles every 10 minutes; they appear here after its first round."
    >
      {(data) => (
        <SnapshotCard
          snapshot={data}
          now={now}
          controls={
            <Switch
              size="xs"
              label="Show PostgreSQL's predefined roles (pg_*)"
              checked={showPredefined}
              onChange={(event) => setShowPredefined(event.currentTarget.checked)}
            />
          }
        >
          {visible.length === 0 ? (
            <Text size="sm" c="dimmed" py="md" ta="center">
              Only predefined roles exist.
            </Text>
          ) : (
            <DataTable<PostgresRole>
              columns={ROLES_COLUMNS}
              data={visible}
              getRowId={(row) => row.name}
              initialSorting={[{ id: "name", desc: false }]}
              rowProps={(row) => ({ "data-testid": "role-row", "data-name": row.name })}
              testId="roles-table"
            />
          )}
        </SnapshotCard>
      )}
    </SnapshotStates>
  );
}
