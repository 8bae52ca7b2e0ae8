import type { Channel, Policy } from "@logstag/api-contract";
import { Badge, Button, Table, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { formatDuration } from "../../lib/time.utils.ts";
import { describePolicyRoute } from "./integrations.utils.ts";
import { usePoliciesQuery } from "./policies-query.ts";
import { useDeletePolicyMutation } from "./policy-mutations.ts";

export function PoliciesSection({
  canManage,
  channels,
}: {
  canManage: boolean;
  channels: readonly Channel[];
}) {
  const policies = usePoliciesQuery();
  const remove = useDeletePolicyMutation();
  const [deleting, setDeleting] = useState<Policy | null>(null);
  const channelName = new Map(channels.map((c) => [c.id, c.name]));
  if (policies.isPending) return <LoadingState label="Loading policies…" />;
  if (policies.isError)
    return <ErrorState error={policies.error} onRetry={() => policies.refetch()} />;
  if (policies.data.length === 0)
    return (
      <EmptyPageState
        title="No notification policy"
        description="Without a policy, alerts show here but notify no one."
      />
    );
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} fz="sm" data-testid="policies-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Routes</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Wait · interval · repeat</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policies.data.map((policy) => (
              <Table.Tr key={policy.id} data-testid="policy-row">
                <Table.Td>
                  {policy.name}
                  {!policy.enabled && (
                    <Badge ml={6} color="gray" variant="light">
                      off
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{describePolicyRoute(policy.matchers)}</Table.Td>
                <Table.Td>
                  {policy.channelIds.map((id) => channelName.get(id) ?? "(deleted)").join(", ")}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDuration(policy.groupWaitSeconds)} ·{" "}
                    {formatDuration(policy.groupIntervalSeconds)} ·{" "}
                    {formatDuration(policy.repeatIntervalSeconds)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Only Admins can manage integrations" disabled={canManage}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      disabled={!canManage}
                      onClick={() => setDeleting(policy)}
                      data-testid="policy-delete"
                    >
                      Delete
                    </Button>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete policy"
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
        Delete “{deleting?.name}”? Alerts it routed stop notifying its channels.
      </ConfirmModal>
    </>
  );
}
