import { CHANNEL_KINDS, type Channel } from "@logstag/api-contract";
import { Badge, Button, Group, Table, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { describeError } from "../../lib/api-error.ts";
import { useDeleteChannelMutation, useTestChannelMutation } from "./channel-mutations.ts";
import { useChannelsQuery } from "./channels-query.ts";
import { describeChannel } from "./integrations.utils.ts";

const NEED_MANAGE = "Only Admins can manage integrations";

function kindLabel(kind: string): string {
  return Object.entries(CHANNEL_KINDS).find(([name]) => name === kind)?.[1].label ?? kind;
}

export function ChannelsSection({ canManage }: { canManage: boolean }) {
  const channels = useChannelsQuery();
  const test = useTestChannelMutation();
  const remove = useDeleteChannelMutation();
  const [deleting, setDeleting] = useState<Channel | null>(null);
  if (channels.isPending) return <LoadingState label="Loading channels…" />;
  if (channels.isError)
    return <ErrorState error={channels.error} onRetry={() => channels.refetch()} />;
  if (channels.data.length === 0)
    return (
      <EmptyPageState
        title="No notification channel"
        description={canManage ? "Add Slack, a webhook or e-mail." : "An Admin can add channels."}
      />
    );
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6} fz="sm" data-testid="channels-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Sends to</Table.Th>
              <Table.Th w={260} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {channels.data.map((channel) => (
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
                    <Tooltip label={NEED_MANAGE} disabled={canManage}>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={!canManage}
                        loading={test.isPending && test.variables === channel.id}
                        onClick={() => test.mutate(channel.id)}
                        data-testid="channel-test"
                      >
                        Send test
                      </Button>
                    </Tooltip>
                    <Tooltip label={NEED_MANAGE} disabled={canManage}>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        disabled={!canManage}
                        onClick={() => setDeleting(channel)}
                        data-testid="channel-delete"
                      >
                        Delete
                      </Button>
                    </Tooltip>
                    {test.variables === channel.id && test.isSuccess && (
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
                  {test.variables === channel.id && test.isSuccess && test.data.error && (
                    <Text size="xs" c="red">
                      {test.data.error}
                    </Text>
                  )}
                  {test.variables === channel.id && test.isError && (
                    <Text size="xs" c="red">
                      {describeError(test.error)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete channel"
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
        }
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        Delete “{deleting?.name}”? Policies stop sending to it.
      </ConfirmModal>
    </>
  );
}
