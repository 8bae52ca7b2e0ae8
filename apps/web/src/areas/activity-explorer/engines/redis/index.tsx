import type { ActivityExplorerEngineProps } from "../../engine-modules.ts";
import { MomentChartPanel } from "../../moment-chart-panel.tsx";
import { SnapshotMomentView } from "../../snapshot-moment-view.tsx";
import { buildClientsChart, CLIENT_METRICS } from "./clients.utils.ts";
import { ClientsPanel } from "./clients-panel.tsx";

const CLIENT_NOUN = ["client", "clients"] as const;

/** Redis and Valkey: connected clients over time, and CLIENT LIST at any sampled moment. */
export default function RedisActivity(props: ActivityExplorerEngineProps) {
  return (
    <>
      <MomentChartPanel
        title="Connected clients"
        description="Clients connected, the blocked ones (BLPOP, WAIT, …) at the bottom. Click the chart to see the clients at that moment."
        metrics={CLIENT_METRICS}
        build={buildClientsChart}
        targetId={props.targetId}
        range={props.range}
        moment={props.moment}
        onPick={props.onMoment}
        testId="clients-chart"
      />
      <SnapshotMomentView
        kind="redis.clients"
        targetId={props.targetId}
        range={props.range}
        moment={props.moment}
        onMoment={props.onMoment}
        rowNoun={CLIENT_NOUN}
        firstSnapshotHint="The agent lists the clients every 10 seconds; the first list appears here shortly after it starts."
      >
        {(sample) => <ClientsPanel clients={sample.rows} truncated={sample.truncated} />}
      </SnapshotMomentView>
    </>
  );
}
