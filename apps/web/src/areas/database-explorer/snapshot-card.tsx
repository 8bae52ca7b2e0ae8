import { Group, Paper, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { SnapshotNote } from "./snapshot-note.tsx";

/** A latest-snapshot panel: its controls and when it was collected on top, then its content. */
export function SnapshotCard(props: {
  snapshot: { collectedAt: string | null; truncated: boolean };
  now: Date;
  controls: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="sm">
      <Stack gap="xs" p="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">{props.controls}</Group>
          <SnapshotNote
            collectedAt={props.snapshot.collectedAt}
            truncated={props.snapshot.truncated}
            now={props.now}
          />
        </Group>
        {props.children}
      </Stack>
    </Paper>
  );
}
