import { Stack } from "@mantine/core";
import type { ReactNode } from "react";
import {
  EmptyPageState,
  ErrorState,
  LoadingState,
  NoPermissionState,
} from "../../../../components/page-states.tsx";
import { ApiClientError } from "../../../../lib/api-error.ts";
import type { SchemaExplorerEngineProps } from "../../engine-modules.ts";
import { useLatestSnapshotQuery } from "../../queries.ts";
import { ChangesPanel } from "./changes-panel.tsx";
import { ObjectsPanel } from "./objects-panel.tsx";

/** PostgreSQL: the newest postgres.schema snapshot as browsable lists, and the change history. */
export default function PostgresSchema(props: SchemaExplorerEngineProps) {
  const snapshot = useLatestSnapshotQuery("postgres.schema", props.targetId);

  let objects: ReactNode;
  if (snapshot.isPending) objects = <LoadingState label="Loading schema…" />;
  else if (!snapshot.data) {
    objects =
      snapshot.error instanceof ApiClientError && snapshot.error.status === 403 ? (
        <NoPermissionState who="members allowed to read this target's metrics" />
      ) : (
        <ErrorState error={snapshot.error} onRetry={() => snapshot.refetch()} />
      );
  } else if (snapshot.data.collectedAt === null || snapshot.data.rows.length === 0) {
    objects = (
      <EmptyPageState
        title="No schema collected yet"
        description="The schema is collected every 4 hours; the first collection may not have run yet. Objects appear here once the agent sends it."
      />
    );
  } else {
    objects = (
      <ObjectsPanel
        objects={snapshot.data.rows}
        collectedAt={snapshot.data.collectedAt}
        truncated={snapshot.data.truncated}
        params={props.params}
        setParam={props.setParam}
      />
    );
  }

  return (
    <Stack gap="md">
      {objects}
      <ChangesPanel targetId={props.targetId} range={props.range} onRange={props.onRange} />
    </Stack>
  );
}
