import type { Invitation } from "@logstag/api-contract";
import { Badge, Button, Table, Text } from "@mantine/core";
import { ROLE_LABELS } from "../../lib/session/access.ts";
import { useNow } from "../../lib/use-now.ts";
import { useRevokeInvitationMutation } from "./invitation-mutations.ts";
import { describeExpiry } from "./users.utils.ts";

export function InvitationsTable({
  invitations,
  canManage,
}: {
  invitations: readonly Invitation[];
  canManage: boolean;
}) {
  const revoke = useRevokeInvitationMutation();
  const now = useNow(60_000);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} fz="sm" data-testid="invitations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Invited by</Table.Th>
            <Table.Th>Expires</Table.Th>
            {canManage && <Table.Th w={100} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((inv) => (
            <Table.Tr key={inv.id} data-testid="invitation-row" data-email={inv.email}>
              <Table.Td>{inv.email}</Table.Td>
              <Table.Td>{ROLE_LABELS[inv.role]}</Table.Td>
              <Table.Td>
                <Text size="sm" c={inv.invitedBy ? undefined : "dimmed"}>
                  {inv.invitedBy ?? "Logstag"}
                </Text>
              </Table.Td>
              <Table.Td>
                {inv.status === "expired" ? (
                  <Badge color="orange" variant="light">
                    expired
                  </Badge>
                ) : (
                  describeExpiry(inv.expiresAt, now)
                )}
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={revoke.isPending && revoke.variables === inv.id}
                    onClick={() => revoke.mutate(inv.id)}
                    data-testid="revoke-invitation"
                  >
                    Revoke
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
