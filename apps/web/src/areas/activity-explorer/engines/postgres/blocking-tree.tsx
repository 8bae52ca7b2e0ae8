import type { PostgresSession } from "@logstag/protocol";
import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import { themedText } from "../../../../components/theme-colors.ts";
import { formatDuration } from "../../../../lib/time.utils.ts";
import type { BlockingNode } from "./blocking-tree.utils.ts";
import { QueryText } from "./query-text.tsx";
import { waitLabel } from "./sessions.utils.ts";

const INDENT_PX = 28;

export function BlockingTree({ nodes }: { nodes: readonly BlockingNode[] }) {
  return (
    <Stack gap={4} data-testid="blocking-tree" role="tree" aria-label="Blocking tree">
      {nodes.map((node) => (
        <BlockingNodeRow key={node.key} node={node} />
      ))}
    </Stack>
  );
}

function BlockingNodeRow({ node }: { node: BlockingNode }) {
  const session = node.session;
  const isRoot = node.depth === 0;
  return (
    <Box
      role="treeitem"
      aria-level={node.depth + 1}
      data-testid="blocking-node"
      data-pid={node.pid}
      data-depth={node.depth}
      ml={node.depth * INDENT_PX}
      px="sm"
      py={6}
      style={{
        borderLeft: `3px solid var(--mantine-color-${isRoot ? "red-6" : "orange-4"})`,
        background: isRoot ? "var(--mantine-color-red-0)" : "var(--mantine-color-gray-0)",
        borderRadius: 4,
      }}
    >
      <Group gap="xs" wrap="wrap">
        {node.depth > 0 && (
          <Text span c="dimmed" size="sm" aria-hidden>
            └
          </Text>
        )}
        <Text span fw={700} ff="monospace" size="sm">
          pid {node.pid}
        </Text>
        {isRoot && (
          <Badge size="xs" color="red" variant="filled">
            {node.cycle ? "lock cycle" : "blocking"}
          </Badge>
        )}
        {node.cycle && !isRoot && (
          <Badge size="xs" color="grape" variant="light">
            cycle: waits for pid {node.pid} above
          </Badge>
        )}
        {session ? (
          <SessionFacts node={node} />
        ) : (
          <Text size="xs" c="dimmed">
            not in the sample (a background process or a prepared transaction)
          </Text>
        )}
        {node.blocks > 0 && (
          <Text size="xs" c={themedText("red")}>
            blocks {node.blocks}
          </Text>
        )}
      </Group>
      {session && !node.cycle && (
        <Box mt={4} ml={node.depth > 0 ? 18 : 0}>
          <QueryText query={session.query} truncated={session.queryTruncated} maw={900} />
        </Box>
      )}
    </Box>
  );
}

function SessionFacts({ node }: { node: BlockingNode }) {
  const session = node.session;
  if (!session) return null;
  const lock = describeLock(session);
  return (
    <>
      <Text size="xs">
        {session.user ?? "?"}@{session.database ?? "?"}
      </Text>
      <Badge size="xs" variant="light" color="gray">
        {session.state ?? "no state"}
      </Badge>
      <Text size="xs" c="dimmed">
        {waitLabel(session)}
      </Text>
      {node.seconds !== null && (
        <Text size="xs" fw={600} data-testid="blocking-duration">
          {node.waiting ? "waiting" : "in transaction"} {formatDuration(node.seconds)}
        </Text>
      )}
      {node.waiting && lock && (
        <Text size="xs" c="dimmed">
          for {lock}
        </Text>
      )}
    </>
  );
}

/** "AccessShareLock on public.orders", or on the kind of lock when it is not a relation. */
function describeLock(session: PostgresSession): string | null {
  if (!session.lockMode) return null;
  const on = session.lockRelation ?? session.lockType;
  return on ? `${session.lockMode} on ${on}` : session.lockMode;
}
