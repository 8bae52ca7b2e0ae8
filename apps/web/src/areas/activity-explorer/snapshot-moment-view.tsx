import type { SnapshotResponse } from "@logstag/api-contract";
import type { SnapshotKind } from "@logstag/protocol";
import { Stack } from "@mantine/core";
import type { ReactNode } from "react";
import {
  EmptyPageState,
  ErrorState,
  LoadingState,
  NoPermissionState,
} from "../../components/page-states.tsx";
import { ApiClientError } from "../../lib/api-error.ts";
import type { TimeRangeKey } from "../../lib/time-range.ts";
import { neighbourSamples } from "./activity.utils.ts";
import { MomentBar } from "./moment-bar.tsx";
import { useSnapshotAtQuery } from "./snapshot-at-query.ts";
import { useSnapshotTimesQuery } from "./snapshot-times-query.ts";

export type TakenSnapshot<K extends SnapshotKind> = SnapshotResponse<K> & { collectedAt: string };

/** One snapshot of a kind at the chosen moment (or the latest), with steps to its neighbours. */
export function SnapshotMomentView<K extends SnapshotKind>(props: {
  kind: K;
  targetId: string;
  range: TimeRangeKey;
  moment: string | null;
  onMoment: (at: string | null) => void;
  rowNoun: readonly [string, string];
  /** How often the agent takes the snapshot, for the "none yet" state. */
  firstSnapshotHint: string;
  children: (snapshot: TakenSnapshot<K>) => ReactNode;
}) {
  const snapshot = useSnapshotAtQuery(props.kind, props.targetId, props.moment);
  const times = useSnapshotTimesQuery(props.kind, props.targetId, props.range);
  const collectedAt = snapshot.data?.collectedAt ?? null;
  const neighbours =
    collectedAt && times.data ? neighbourSamples(times.data.times, collectedAt) : null;
  const data = snapshot.data;

  return (
    <Stack gap="md">
      <MomentBar
        moment={props.moment}
        sampledAt={collectedAt}
        rowCount={data?.rows.length ?? null}
        rowNoun={props.rowNoun}
        isFetching={snapshot.isFetching}
        previous={neighbours?.previous ?? null}
        next={neighbours?.next ?? null}
        onMoment={props.onMoment}
      />
      {snapshot.isPending ? (
        <LoadingState label={`Loading ${props.rowNoun[1]}…`} />
      ) : snapshot.isError && !data ? (
        isForbidden(snapshot.error) ? (
          <NoPermissionState who="members allowed to read this target's metrics" />
        ) : (
          <ErrorState error={snapshot.error} onRetry={() => snapshot.refetch()} />
        )
      ) : data && data.collectedAt === null ? (
        <EmptyPageState
          title={props.moment === null ? "No sample yet" : "No sample at this moment"}
          description={
            props.moment === null
              ? props.firstSnapshotHint
              : "There is no sample in the hour before the chosen moment. Pick another moment on the chart, or go to the latest sample."
          }
        />
      ) : data ? (
        props.children(asTaken(data))
      ) : null}
    </Stack>
  );
}

/** Only called once `collectedAt` was checked to be set. */
function asTaken<K extends SnapshotKind>(data: SnapshotResponse<K>): TakenSnapshot<K> {
  return data as TakenSnapshot<K>;
}

function isForbidden(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 403;
}
