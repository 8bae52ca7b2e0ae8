import type { PostgresSession } from "@logstag/protocol";
import { Badge, Group, Paper, Text } from "@mantine/core";
import { useMemo } from "react";
import { BlockingTree } from "./blocking-tree.tsx";
import { buildBlockingTree } from "./blocking-tree.utils.ts";

export function BlockingTreePanel({
  sessions,
  sampledAt,
}: {
  sessions: readonly PostgresSession[];
  sampledAt: string;
}) {
  const nodes = useMemo(() => buildBlockingTree(sessions, sampledAt), [sessions, sampledAt]);
  const waiting = sessions.filter((s) => s.blockedBy.length > 0).length;
  return (
    <Paper withBorder radius="sm" p="sm">
      <Group justify="space-between" mb="xs">
        <div>
          <Text fw={600} size="sm">
            Blocking
          </Text>
          <Text size="xs" c="dimmed">
            Who blocks whom: sessions at the left hold locks that the sessions under them wait for.
          </Text>
        </div>
        {waiting > 0 && (
          <Badge color="red" variant="light">
            {waiting} waiting for a lock
          </Badge>
        )}
      </Group>
      {nodes.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="blocking-none">
          No session was waiting for a lock held by another.
        </Text>
      ) : (
        <BlockingTree nodes={nodes} />
      )}
    </Paper>
  );
}
