import { ASSIGNABLE_ROLES, type AssignableRole, type Member } from "@logstag/api-contract";
import { Badge, Button, Group, Select, Table, Text } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { ROLE_LABELS } from "../../lib/session/access.ts";
import { useSession } from "../../lib/session/use-session.ts";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";
import {
  useChangeRoleMutation,
  useRemoveMemberMutation,
  useTransferOwnershipMutation,
} from "./member-mutations.ts";
import { ResetPasswordModal } from "./reset-password-modal.tsx";
import { memberActions, ROLE_DESCRIPTIONS } from "./users.utils.ts";

const ROLE_OPTIONS = ASSIGNABLE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
type Pending = { kind: "remove" | "owner"; member: Member } | null;

export function MembersTable({ members }: { members: readonly Member[] }) {
  const session = useSession();
  const changeRole = useChangeRoleMutation();
  const remove = useRemoveMemberMutation();
  const transfer = useTransferOwnershipMutation();
  const [pending, setPending] = useState<Pending>(null);
  const [resetting, setResetting] = useState<Member | null>(null);
  const me = { userId: session.user.id, role: session.role, capabilities: session.capabilities };
  const action = pending?.kind === "owner" ? transfer : remove;
  const close = () => {
    setPending(null);
    remove.reset();
    transfer.reset();
  };

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6} fz="sm" highlightOnHover data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th w={200}>Role</Table.Th>
              <Table.Th>Joined</Table.Th>
              <Table.Th w={300} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const can = memberActions(me, member);
              return (
                <Table.Tr key={member.userId} data-testid="member-row" data-email={member.email}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {member.name || member.email}
                      {member.userId === me.userId && (
                        <Text span size="xs" c="dimmed">
                          {" "}
                          (you)
                        </Text>
                      )}
                    </Text>
                    {member.name && (
                      <Text size="xs" c="dimmed">
                        {member.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {can.changeRole ? (
                      <Select
                        size="xs"
                        data={ROLE_OPTIONS}
                        value={member.role}
                        allowDeselect={false}
                        disabled={changeRole.isPending}
                        onChange={(role) =>
                          role &&
                          changeRole.mutate({ userId: member.userId, role: role as AssignableRole })
                        }
                        aria-label={`Role of ${member.email}`}
                        data-testid="member-role-select"
                      />
                    ) : (
                      <Badge
                        variant="light"
                        color={member.role === "owner" ? "indigo" : "gray"}
                        title={ROLE_DESCRIPTIONS[member.role]}
                        data-testid="member-role"
                      >
                        {ROLE_LABELS[member.role]}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatAbsoluteTime(member.joinedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {can.resetPassword && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setResetting(member)}
                          data-testid="reset-member-password"
                        >
                          Reset password
                        </Button>
                      )}
                      {can.makeOwner && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setPending({ kind: "owner", member })}
                        >
                          Make owner
                        </Button>
                      )}
                      {can.remove && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setPending({ kind: "remove", member })}
                          data-testid="remove-member"
                        >
                          Remove
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {changeRole.isError && (
        <Text size="sm" c="red" px="md" pb="sm" role="alert">
          The role was not changed: {changeRole.error.message}
        </Text>
      )}
      <ResetPasswordModal member={resetting} onClose={() => setResetting(null)} />
      <ConfirmModal
        opened={pending !== null}
        title={pending?.kind === "owner" ? "Transfer ownership" : "Remove member"}
        confirmLabel={pending?.kind === "owner" ? "Make Account Owner" : "Remove"}
        pending={action.isPending}
        error={action.error}
        onClose={close}
        onConfirm={() => {
          if (pending) action.mutate(pending.member.userId, { onSuccess: close });
        }}
      >
        {pending?.kind === "owner"
          ? `${pending.member.email} becomes the Account Owner, and you become an Admin. Only the new owner can give it back.`
          : `${pending?.member.email} loses access to this organization at once: their sessions end and their API keys stop working.`}
      </ConfirmModal>
    </>
  );
}
