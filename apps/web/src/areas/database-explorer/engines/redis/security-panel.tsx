import { Badge, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { EmptyPageState, ErrorState, LoadingState } from "../../../../components/page-states.tsx";
import { SnapshotNote } from "../../snapshot-note.tsx";
import { type FindingState, securityFindings } from "./security.utils.ts";
import { useSecurityQuery } from "./security-query.ts";

const BADGES: Record<FindingState, { color: string; text: string }> = {
  ok: { color: "green", text: "ok" },
  warning: { color: "orange", text: "check" },
  unknown: { color: "gray", text: "unknown" },
};

export function SecurityPanel({ targetId, now }: { targetId: string; now: Date }) {
  const security = useSecurityQuery(targetId);
  if (security.isPending) return <LoadingState label="Loading security checks…" />;
  if (security.isError && !security.data) {
    return <ErrorState error={security.error} onRetry={() => security.refetch()} />;
  }
  const row = security.data?.rows[0];
  if (!security.data || security.data.collectedAt === null || !row) {
    return (
      <EmptyPageState
        title="No security checks collected yet"
        description="The agent checks protected mode, the default user and ACLs with its low-frequency round; the results appear here after its first one."
      />
    );
  }
  return (
    <Paper withBorder radius="sm">
      <Stack gap="xs" p="sm">
        <Group justify="space-between">
          <Text fw={600} size="sm">
            Access to the server
          </Text>
          <SnapshotNote
            collectedAt={security.data.collectedAt}
            truncated={security.data.truncated}
            now={now}
          />
        </Group>
        <Table verticalSpacing={6} fz="sm" data-testid="security-table">
          <Table.Tbody>
            {securityFindings(row).map((finding) => (
              <Table.Tr key={finding.key} data-testid="security-finding" data-key={finding.key}>
                <Table.Td w={200} fw={500}>
                  {finding.label}
                </Table.Td>
                <Table.Td w={100}>
                  <Badge size="sm" variant="light" color={BADGES[finding.state].color}>
                    {BADGES[finding.state].text}
                  </Badge>
                </Table.Td>
                <Table.Td>{finding.detail}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
