import type { KeyStatus } from "@logstag/api-contract";
import { Badge, Button, Code, Table, Text } from "@mantine/core";
import { formatAbsoluteTime, formatRelativeTime } from "../../lib/time.utils.ts";
import { useNow } from "../../lib/use-now.ts";
import { maskedKey, STATUS_COLORS } from "./api-keys.utils.ts";

export interface KeyRow {
  id: string;
  name: string;
  prefix: string | null;
  scope?: string;
  createdAt: string;
  expiresAt?: string | null;
  lastUsedAt: string | null;
  status: KeyStatus;
}

/** User and agent keys look alike: name, prefix, dates, status, and a revoke button. */
export function KeysTable({
  rows,
  onRevoke,
  revoking,
  testId,
}: {
  rows: readonly KeyRow[];
  onRevoke: ((row: KeyRow) => void) | undefined;
  revoking: string | undefined;
  testId: string;
}) {
  const now = useNow(30_000);
  const withScope = rows.some((r) => r.scope !== undefined);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Key</Table.Th>
            {withScope && <Table.Th>Scope</Table.Th>}
            <Table.Th>Created</Table.Th>
            {withScope && <Table.Th>Expires</Table.Th>}
            <Table.Th>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            {onRevoke && <Table.Th w={90} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="key-row" data-name={row.name}>
              <Table.Td fw={500}>{row.name}</Table.Td>
              <Table.Td>
                <Code>{maskedKey(row.prefix)}</Code>
              </Table.Td>
              {withScope && (
                <Table.Td>{row.scope === "read-write" ? "read and write" : "read only"}</Table.Td>
              )}
              <Table.Td>{formatAbsoluteTime(row.createdAt)}</Table.Td>
              {withScope && (
                <Table.Td>
                  {row.expiresAt ? (
                    formatAbsoluteTime(row.expiresAt)
                  ) : (
                    <Text span c="dimmed" size="sm">
                      never
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td title={row.lastUsedAt ? formatAbsoluteTime(row.lastUsedAt) : undefined}>
                {formatRelativeTime(row.lastUsedAt, now)}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[row.status]} data-testid="key-status">
                  {row.status}
                </Badge>
              </Table.Td>
              {onRevoke && (
                <Table.Td>
                  {row.status !== "revoked" && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={revoking === row.id}
                      onClick={() => onRevoke(row)}
                      data-testid="revoke-key"
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
