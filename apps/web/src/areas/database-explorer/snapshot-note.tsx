import { Badge, Group, Text, Tooltip } from "@mantine/core";
import { formatAbsoluteTime, formatRelativeTime } from "../../lib/time.utils.ts";

/** When a snapshot was collected, and whether the agent cut it short. */
export function SnapshotNote({
  collectedAt,
  truncated,
  now,
}: {
  collectedAt: string | null;
  truncated: boolean;
  now: Date;
}) {
  return (
    <Group gap="xs">
      {truncated && (
        <Tooltip
          label="The agent sent only part of the rows (the snapshot hit its size limit)."
          withArrow
        >
          <Badge size="xs" color="orange" variant="light">
            truncated
          </Badge>
        </Tooltip>
      )}
      <Tooltip label={formatAbsoluteTime(collectedAt)} withArrow>
        <Text size="xs" c="dimmed">
          Collected {formatRelativeTime(collectedAt, now)}
        </Text>
      </Tooltip>
    </Group>
  );
}
