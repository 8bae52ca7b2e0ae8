import type { AuditEntry } from "@logstag/api-contract";
import { Badge, Code, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { Fragment, useState } from "react";
import { PAGE_BACKGROUND } from "../../components/theme-colors.ts";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";
import { describeAction, summarizeChange } from "./audit-logs.utils.ts";

const ACTOR_COLORS: Record<AuditEntry["actor"]["kind"], string> = {
  user: "indigo",
  api_key: "grape",
  agent_key: "cyan",
  system: "gray",
  anonymous: "orange",
};

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} fz="sm" highlightOnHover data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Resource</Table.Th>
            <Table.Th>Change</Table.Th>
            <Table.Th>Source</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Fragment key={e.id}>
              <Table.Tr data-testid="audit-row" data-action={e.action}>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => setOpen(open === e.id ? null : e.id)}
                    aria-expanded={open === e.id}
                    fz="sm"
                  >
                    {open === e.id ? "▾ " : "▸ "}
                    {formatAbsoluteTime(e.at)}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={ACTOR_COLORS[e.actor.kind]} mr={6}>
                    {e.actor.kind.replace("_", " ")}
                  </Badge>
                  {e.actor.label}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} data-testid="audit-action">
                    {describeAction(e.action)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.resourceType.replace("_", " ")}</Text>
                  {e.resourceId && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {e.resourceId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="xs" lineClamp={2}>
                    {summarizeChange(e)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {e.sourceAddress ?? (
                    <Text span c="dimmed" size="sm">
                      –
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
              {open === e.id && (
                <Table.Tr>
                  <Table.Td colSpan={6} bg={PAGE_BACKGROUND}>
                    <Stack gap={4}>
                      <Detail label="Before" value={e.before} />
                      <Detail label="After" value={e.after} />
                      <Text size="xs" c="dimmed">
                        User agent: {e.userAgent ?? "–"} · actor id: {e.actor.id ?? "–"} · record{" "}
                        {e.id}
                      </Text>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Detail({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <Text size="xs">
      {label}: <Code>{JSON.stringify(value)}</Code>
    </Text>
  );
}
