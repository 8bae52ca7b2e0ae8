import type { ActivityExplorerEngineProps } from "../../engine-modules.ts";
import { MomentChartPanel } from "../../moment-chart-panel.tsx";
import { SnapshotMomentView } from "../../snapshot-moment-view.tsx";
import { AAS_METRICS, buildAasChart } from "./aas.utils.ts";
import { SampleView } from "./sample-view.tsx";

const SESSION_NOUN = ["session", "sessions"] as const;

export default function PostgresActivity(props: ActivityExplorerEngineProps) {
  return (
    <>
      <MomentChartPanel
        title="Average active sessions"
        description="Active sessions by wait event type (CPU: running, no wait). Click the chart to see the sessions at that moment."
        metrics={AAS_METRICS}
        build={buildAasChart}
        targetId={props.targetId}
        range={props.range}
        moment={props.moment}
        onPick={props.onMoment}
        testId="aas-chart"
      />
      <SnapshotMomentView
        kind="postgres.activity"
        targetId={props.targetId}
        range={props.range}
        moment={props.moment}
        onMoment={props.onMoment}
        rowNoun={SESSION_NOUN}
        firstSnapshotHint="The agent samples sessions every 10 seconds; the first sample appears here shortly after it starts."
      >
        {(sample) => (
          <SampleView
            sessions={sample.rows}
            sampledAt={sample.collectedAt}
            truncated={sample.truncated}
          />
        )}
      </SnapshotMomentView>
    </>
  );
}
