import type { Channel, Policy } from "@logstag/api-contract";
import { Badge, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { DeleteConfirmModal } from "../../components/delete-confirm-modal.tsx";
import { QueryList } from "../../components/query-list.tsx";
import { EditDeleteActions } from "../../components/row-action.tsx";
import { formatDuration } from "../../lib/time.utils.ts";
import { describePolicyRoute, NEED_MANAGE } from "./integrations.utils.ts";
import { usePoliciesQuery } from "./policies-query.ts";
import { PolicyModal } from "./policy-modal.tsx";
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
  const [editing, setEditing] = useState<Policy | null>(null);
  const channelName = new Map(channels.map((c) => [c.id, c.name]));
  return (
    <QueryList
      query={policies}
      loadingLabel="Loading policies…"
      empty={{
        title: "No notification policy",
        description: "Without a policy, alerts show here but notify no one.",
      }}
    >
      {(rows) => (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing={6} fz="sm" data-testid="policies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Routes</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Wait · interval · repeat</Table.Th>
                  <Table.Th w={130} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((policy) => (
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
                      <Group gap={4} wrap="nowrap">
                        <EditDeleteActions
                          allowed={canManage}
                          deniedReason={NEED_MANAGE}
                          testIdPrefix="policy"
                          onEdit={() => setEditing(policy)}
                          onDelete={() => setDeleting(policy)}
                        />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PolicyModal
            opened={editing !== null}
            policy={editing}
            channels={channels}
            onClose={() => setEditing(null)}
          />
          <DeleteConfirmModal
            item={deleting}
            title="Delete policy"
            remove={remove}
            consequence="Alerts it routed stop notifying its channels."
            onClose={() => setDeleting(null)}
          />
        </>
      )}
    </QueryList>
  );
}
