import type { DatabaseExplorerEngineProps } from "../../engine-modules.ts";
import { EngineTabs } from "../../engine-tabs.tsx";
import { MetricPanelGrid } from "../../metric-panel-grid.tsx";
import { useChangeMarkersQuery } from "./changes-query.ts";
import { POSTGRES_PANELS } from "./postgres-panels.ts";
import { RolesPanel } from "./roles-panel.tsx";
import { SettingsPanel } from "./settings-panel.tsx";

export default function PostgresInstance(props: DatabaseExplorerEngineProps) {
  const changes = useChangeMarkersQuery(props.targetId, props.range);
  return (
    <EngineTabs
      tab={props.tab}
      onTab={props.onTab}
      tabs={[
        {
          value: "metrics",
          label: "Metrics",
          render: () => (
            <MetricPanelGrid
              panels={POSTGRES_PANELS}
              targetId={props.targetId}
              range={props.range}
              markers={changes.data}
            />
          ),
        },
        {
          value: "settings",
          label: "Settings",
          render: () => <SettingsPanel targetId={props.targetId} now={props.now} />,
        },
        {
          value: "roles",
          label: "Roles",
          render: () => <RolesPanel targetId={props.targetId} now={props.now} />,
        },
      ]}
    />
  );
}
