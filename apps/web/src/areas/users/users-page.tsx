import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useState } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { useSession } from "../../lib/session/use-session.ts";
import { useInvitationsQuery } from "./invitations-query.ts";
import { InvitationsTable } from "./invitations-table.tsx";
import { InviteModal } from "./invite-modal.tsx";
import { useMembersQuery } from "./members-query.ts";
import { MembersTable } from "./members-table.tsx";

export function UsersPage() {
  const session = useSession();
  const canManage = session.capabilities.includes("members.manage");
  const [inviting, setInviting] = useState(false);
  return (
    <>
      <PageHeader
        title="Users"
        description={`Members of ${session.organization.name}, their roles and pending invitations.`}
        actions={
          canManage && (
            <Button size="sm" onClick={() => setInviting(true)} data-testid="invite-open">
              Invite people
            </Button>
          )
        }
      />
      <RequireAccess access="members.read">
        <Stack gap="md">
          <MembersSection />
          <InvitationsSection canManage={canManage} />
        </Stack>
        <InviteModal opened={inviting} onClose={() => setInviting(false)} />
      </RequireAccess>
    </>
  );
}

function MembersSection() {
  const members = useMembersQuery();
  return (
    <Section title="Members">
      {members.isPending ? (
        <LoadingState label="Loading members…" />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => members.refetch()} />
      ) : (
        <MembersTable members={members.data} />
      )}
    </Section>
  );
}

function InvitationsSection({ canManage }: { canManage: boolean }) {
  const invitations = useInvitationsQuery();
  return (
    <Section title="Pending invitations">
      {invitations.isPending ? (
        <LoadingState label="Loading invitations…" />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md" data-testid="invitations-empty">
          No invitation is waiting.{canManage && " Invite people with the button above."}
        </Text>
      ) : (
        <InvitationsTable invitations={invitations.data} canManage={canManage} />
      )}
    </Section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="sm">
      <Title order={3} size="h5" px="md" pt="sm" pb={4}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
