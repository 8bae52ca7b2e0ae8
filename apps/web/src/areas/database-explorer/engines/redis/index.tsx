import type { DatabaseExplorerEngineProps } from "../../engine-modules.ts";
import { EngineTabs } from "../../engine-tabs.tsx";
import { MetricPanelGrid } from "../../metric-panel-grid.tsx";
import { ConfigPanel } from "./config-panel.tsx";
import { PersistenceCard } from "./persistence-card.tsx";
import { REDIS_PANELS } from "./redis-panels.ts";
import { SecurityPanel } from "./security-panel.tsx";

/** Redis and Valkey: INFO metrics over time, the configuration and the security checks. */
export default function RedisInstance(props: DatabaseExplorerEngineProps) {
  return (
    <EngineTabs
      tab={props.tab}
      onTab={props.onTab}
      tabs={[
        {
          value: "metrics",
          label: "Metrics",
          render: () => (
            <>
              <PersistenceCard targetId={props.targetId} range={props.range} />
              <MetricPanelGrid
                panels={REDIS_PANELS}
                targetId={props.targetId}
                range={props.range}
              />
            </>
          ),
        },
        {
          value: "config",
          label: "Configuration",
          render: () => <ConfigPanel targetId={props.targetId} now={props.now} />,
        },
        {
          value: "security",
          label: "Security",
          render: () => <SecurityPanel targetId={props.targetId} now={props.now} />,
        },
      ]}
    />
  );
}
