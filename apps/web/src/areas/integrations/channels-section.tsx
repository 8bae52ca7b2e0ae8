import { CHANNEL_KINDS, type Channel } from "@logstag/api-contract";
import { Badge, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { DeleteConfirmModal } from "../../components/delete-confirm-modal.tsx";
import { QueryList } from "../../components/query-list.tsx";
import { EditDeleteActions, RowAction } from "../../components/row-action.tsx";
import { describeError } from "../../lib/api-error.ts";
import { ChannelModal } from "./channel-modal.tsx";
import { useDeleteChannelMutation, useTestChannelMutation } from "./channel-mutations.ts";
import { useChannelsQuery } from "./channels-query.ts";
import { describeChannel, NEED_MANAGE } from "./integrations.utils.ts";

function kindLabel(kind: string): string {
  return Object.entries(CHANNEL_KINDS).find(([name]) => name === kind)?.[1].label ?? kind;
}

export function ChannelsSection({ canManage }: { canManage: boolean }) {
  const channels = useChannelsQuery();
  const test = useTestChannelMutation();
  const remove = useDeleteChannelMutation();
  const [deleting, setDeleting] = useState<Channel | null>(null);
  const [editing, setEditing] = useState<Channel | null>(null);
  return (
    <QueryList
      query={channels}
      loadingLabel="Loading channels…"
      empty={{
        title: "No notification channel",
        description: canManage ? "Add Slack, a webhook or e-mail." : "An Admin can add channels.",
      }}
    >
      {(rows) => (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={6} fz="sm" data-testid="channels-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Sends to</Table.Th>
                  <Table.Th w={300} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((channel) => {
                  const tested = test.variables === channel.id;
                  return (
                    <Table.Tr key={channel.id} data-testid="channel-row">
                      <Table.Td>{channel.name}</Table.Td>
                      <Table.Td>{kindLabel(channel.kind)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {describeChannel(channel)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <RowAction
                            allowed={canManage}
                            deniedReason={NEED_MANAGE}
                            loading={test.isPending && tested}
                            onClick={() => test.mutate(channel.id)}
                            testId="channel-test"
                          >
                            Send test
                          </RowAction>
                          <EditDeleteActions
                            allowed={canManage}
                            deniedReason={NEED_MANAGE}
                            testIdPrefix="channel"
                            onEdit={() => setEditing(channel)}
                            onDelete={() => setDeleting(channel)}
                          />
                          {tested && test.isSuccess && (
                            <Badge
                              color={test.data.delivered ? "teal" : "red"}
                              variant="light"
                              title={test.data.error ?? undefined}
                              data-testid="channel-test-result"
                            >
                              {test.data.delivered ? "delivered" : "failed"}
                            </Badge>
                          )}
                        </Group>
                        {tested && test.isSuccess && test.data.error && (
                          <Text size="xs" c="red">
                            {test.data.error}
                          </Text>
                        )}
                        {tested && test.isError && (
                          <Text size="xs" c="red">
                            {describeError(test.error)}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ChannelModal
            opened={editing !== null}
            channel={editing}
            onClose={() => setEditing(null)}
          />
          <DeleteConfirmModal
            item={deleting}
            title="Delete channel"
            remove={remove}
            consequence="Policies stop sending to it."
            onClose={() => setDeleting(null)}
          />
        </>
      )}
    </QueryList>
  );
}
