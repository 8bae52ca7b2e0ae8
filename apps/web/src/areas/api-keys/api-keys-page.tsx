import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { useSession } from "../../lib/session/use-session.ts";
import { useAgentKeysQuery } from "./agent-keys-query.ts";
import { useApiKeysQuery } from "./api-keys-query.ts";
import { CreateAgentKeyModal } from "./create-agent-key-modal.tsx";
import { CreateApiKeyModal } from "./create-api-key-modal.tsx";
import { useRevokeAgentKeyMutation, useRevokeApiKeyMutation } from "./key-mutations.ts";
import { type KeyRow, KeysTable } from "./keys-table.tsx";

export function ApiKeysPage() {
  const { capabilities } = useSession();
  return (
    <>
      <PageHeader
        title="API Keys"
        description="Keys for scripts and tools that call the Logstag API, and for agents that send data."
      />
      <RequireAccess access="api-keys.manage">
        <Stack gap="md">
          <UserKeysSection />
          {capabilities.includes("agent-keys.read") && (
            <AgentKeysSection canManage={capabilities.includes("agent-keys.manage")} />
          )}
        </Stack>
      </RequireAccess>
    </>
  );
}

function UserKeysSection() {
  const keys = useApiKeysQuery();
  const revoke = useRevokeApiKeyMutation();
  const [creating, setCreating] = useState(false);
  return (
    <Section
      title="Your API keys"
      hint="A key acts with your role in this organization, limited to its scope. Send it as Authorization: Bearer lsu_…"
      action={
        <Button size="xs" onClick={() => setCreating(true)} data-testid="create-api-key">
          Create API key
        </Button>
      }
    >
      {keys.isPending ? (
        <LoadingState label="Loading your keys…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md" data-testid="api-keys-empty">
          You have no API keys in this organization.
        </Text>
      ) : (
        <RevocableKeys rows={keys.data} revoke={revoke} what="API key" testId="api-keys-table" />
      )}
      <CreateApiKeyModal opened={creating} onClose={() => setCreating(false)} />
    </Section>
  );
}

function AgentKeysSection({ canManage }: { canManage: boolean }) {
  const keys = useAgentKeysQuery(true);
  const revoke = useRevokeAgentKeyMutation();
  const [creating, setCreating] = useState(false);
  return (
    <Section
      title="Agent keys"
      hint="Shared by the organization's agents; they can only register and send data."
      action={
        canManage && (
          <Button
            size="xs"
            variant="default"
            onClick={() => setCreating(true)}
            data-testid="create-agent-key"
          >
            Create agent key
          </Button>
        )
      }
    >
      {keys.isPending ? (
        <LoadingState label="Loading agent keys…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          No agent key yet. Create one for your first agent.
        </Text>
      ) : canManage ? (
        <RevocableKeys
          rows={keys.data}
          revoke={revoke}
          what="agent key"
          testId="agent-keys-table"
        />
      ) : (
        <KeysTable
          rows={keys.data}
          onRevoke={undefined}
          revoking={undefined}
          testId="agent-keys-table"
        />
      )}
      <CreateAgentKeyModal opened={creating} onClose={() => setCreating(false)} />
    </Section>
  );
}

function RevocableKeys({
  rows,
  revoke,
  what,
  testId,
}: {
  rows: readonly KeyRow[];
  revoke: ReturnType<typeof useRevokeApiKeyMutation>;
  what: string;
  testId: string;
}) {
  const [pending, setPending] = useState<KeyRow | null>(null);
  const close = () => {
    setPending(null);
    revoke.reset();
  };
  return (
    <>
      <KeysTable
        rows={rows}
        onRevoke={setPending}
        revoking={revoke.isPending ? pending?.id : undefined}
        testId={testId}
      />
      <ConfirmModal
        opened={pending !== null}
        title={`Revoke ${what}`}
        confirmLabel="Revoke"
        pending={revoke.isPending}
        error={revoke.error}
        onClose={close}
        onConfirm={() => pending && revoke.mutate(pending.id, { onSuccess: close })}
      >
        {`Whatever uses "${pending?.name}" is refused from its next request. This cannot be undone.`}
      </ConfirmModal>
    </>
  );
}

function Section({
  title,
  hint,
  action,
  children,
}: {
  title: string;
  hint: string;
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="sm">
      <Group justify="space-between" px="md" pt="sm" pb={4} wrap="nowrap">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        {action}
      </Group>
      {children}
    </Paper>
  );
}
